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
** offsets consistent with the bytes, a value only with a granularity.  The
** text is scanned a second time with NewsDateOptions.bFullScan (every token
** made into an atom): skipping the text between head words must not
** change a single match.
*/
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "dates.h"
#include "text.h"

typedef struct Check {
  const char *z; int n; int iLastEnd;
  unsigned long long h;           /* hash of every match, in order */
  int nMatch;
} Check;

static unsigned long long hash_bytes(unsigned long long h, const void *p, size_t n){
  const unsigned char *u = (const unsigned char*)p;
  size_t i;
  for(i=0; i<n; i++){ h ^= u[i]; h *= 1099511628211ull; }
  return h;
}

static int check_match(void *pCtx, const NewsDateMatch *m){
  Check *c = (Check*)pCtx;
  if( m->iStart<c->iLastEnd || m->iEnd<=m->iStart || m->iEnd>c->n ) abort();
  if( news_utf8_count(c->z, m->iStart)!=m->iCharStart ) abort();
  if( news_utf8_count(c->z, m->iEnd)!=m->iCharEnd ) abort();
  if( m->eGranularity<NEWS_GRAN_TIME || m->eGranularity>NEWS_GRAN_REF ) abort();
  if( strlen(m->zValue)>=sizeof(m->zValue) || strlen(m->zFirstDay)>10 ) abort();
  c->iLastEnd = m->iEnd;
  c->h = hash_bytes(c->h, &m->iStart, sizeof(m->iStart));
  c->h = hash_bytes(c->h, &m->iEnd, sizeof(m->iEnd));
  c->h = hash_bytes(c->h, m->zValue, strlen(m->zValue));
  c->h = hash_bytes(c->h, &m->eGranularity, sizeof(int));
  c->h = hash_bytes(c->h, &m->eKind, sizeof(int));
  c->h = hash_bytes(c->h, m->zFirstDay, strlen(m->zFirstDay));
  c->h = hash_bytes(c->h, m->zLastDay, strlen(m->zLastDay));
  c->h = hash_bytes(c->h, &m->eMod, sizeof(int));
  c->nMatch++;
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
  {
    Check full;
    NewsDateOptions optFull = opt;
    optFull.bFullScan = 1;
    memset(&full, 0, sizeof(full));
    full.z = z;
    full.n = n;
    news_dates_scan(z, n, (sel & 0x40) ? 0 : &ref, &optFull, check_match, &full);
    if( full.nMatch!=c.nMatch || full.h!=c.h ) abort();
  }
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
