/*
** fuzz_dates.c - libFuzzer target for the date scanner and its parsers.
**
**   clang -fsanitize=fuzzer,address,undefined -DSQLITE_CORE -Iext tests/fuzz_dates.c \
**     build-fuzz/libnews.a -lsqlite3 -lutf8proc -lstemmer -lm
**
** The first byte of the input picks the options (order, preferred weekday
** direction, languages) and whether there is a reference date; the rest is
** the text, scanned with news_dates_scan() and also given to
** news_date_parse(), news_date_ref_parse() and news_date_options_parse().
** Every match is checked: offsets inside the text and in order, character
** offsets consistent with the bytes, a value only with a granularity.
*/
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "dates.h"
#include "text.h"

typedef struct Check { const char *z; int n; int iLastEnd; } Check;

static int check_match(void *pCtx, const NewsDateMatch *m){
  Check *c = (Check*)pCtx;
  if( m->iStart<c->iLastEnd || m->iEnd<=m->iStart || m->iEnd>c->n ) abort();
  if( news_utf8_count(c->z, m->iStart)!=m->iCharStart ) abort();
  if( news_utf8_count(c->z, m->iEnd)!=m->iCharEnd ) abort();
  if( m->eGranularity<NEWS_GRAN_TIME || m->eGranularity>NEWS_GRAN_REF ) abort();
  if( strlen(m->zValue)>=sizeof(m->zValue) || strlen(m->zFirstDay)>10 ) abort();
  c->iLastEnd = m->iEnd;
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  NewsDateOptions opt;
  NewsDateRef ref;
  NewsDateMatch m;
  Check c;
  char *z;
  int n, sel;
  if( size<1 || size>1000000 ) return 0;
  sel = data[0];
  n = (int)size - 1;
  z = malloc(n + 1);
  memcpy(z, data+1, n);
  z[n] = 0;
  news_date_options_default(&opt);
  opt.eOrder = sel % 3;
  opt.ePrefer = (sel/3) % 3;
  opt.mLang = (sel/9) % 16;
  opt.bRefs = (sel & 0x80)==0;
  news_date_ref_parse("2025-11-05T10:00", -1, &ref);
  memset(&c, 0, sizeof(c));
  c.z = z;
  c.n = n;
  news_dates_scan(z, n, (sel & 0x40) ? 0 : &ref, &opt, check_match, &c);
  news_date_parse(z, n, &ref, &opt, &m);
  if( news_date_ref_parse(z, n, &ref)==SQLITE_OK ){
    if( ref.m<1 || ref.m>12 || ref.d<1 || ref.d>31 ) abort();
  }
  {
    char *zErr = 0;
    news_date_options_parse(z, n, "fuzz", &opt, &zErr);
    sqlite3_free(zErr);
  }
  free(z);
  return 0;
}
