/*
** fuzz_article.c - libFuzzer target for the article parsers and the
** segmenters on arbitrary bytes.  The first byte picks the path (HTML,
** page text, or detection); checked invariants: every output field is
** valid UTF-8 without NUL, the lead is a prefix of the body, paragraph and
** sentence spans lie inside the input, in order, with character offsets
** that agree with SQLite's count.
**
**   make fuzz            (FUZZ_TIME=seconds per target, default 60)
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "article.h"
#include "html.h"
#include "textdump.h"
#include "segment.h"

/* Valid UTF-8 (as news_utf8_decode reads it) and no NUL byte. */
static void check_text(const char *z, sqlite3_int64 n){
  sqlite3_int64 i = 0;
  while( i<n ){
    uint32_t cp;
    int len = news_utf8_decode((const unsigned char*)z, (int)n, (int)i, &cp);
    if( z[i]==0 ) abort();
    if( cp==NEWS_REPLACEMENT_CHAR && !(len==3 && memcmp(z+i, "\xef\xbf\xbd", 3)==0) ){
      abort();
    }
    i += len;
  }
}

static void check_spans(const char *z, int n, int bSentences){
  NewsParagraphs pg;
  NewsSentences st;
  NewsSpan s;
  int iPrevEnd = 0;
  sqlite3_int64 iPrevChar = 0;
  if( bSentences ) news_sentences_init(&st, z, n, (n && (z[0]&2)) ? "de" : 0);
  else news_paragraphs_init(&pg, z, n);
  while( bSentences ? news_sentences_next(&st, &s) : news_paragraphs_next(&pg, &s) ){
    if( s.iStart<iPrevEnd || s.iEnd<=s.iStart || s.iEnd>n ) abort();
    if( s.iCharStart!=iPrevChar+news_utf8_count(z+iPrevEnd, s.iStart-iPrevEnd) ) abort();
    if( s.iCharEnd-s.iCharStart!=news_utf8_count(z+s.iStart, s.iEnd-s.iStart) ) abort();
    iPrevEnd = s.iEnd;
    iPrevChar = s.iCharEnd;
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  const char *z = (const char*)data;
  NewsArticle a;
  int n = (int)size, rc, eMode;
  if( size>1000000 ) return 0;
  eMode = n>0 ? data[0]%3 : 0;
  news_article_init(&a);
  if( eMode==0 ) rc = news_article_parse(z, n, &a);
  else if( eMode==1 ) rc = news_html_parse(z, n, &a);
  else rc = news_textdump_parse(z, n, &a);
  if( rc==SQLITE_OK ){
    if( eMode ) news_article_finish(&a);
    check_text(a.title.z, a.title.n);
    check_text(a.source.z, a.source.n);
    check_text(a.author.z, a.author.n);
    check_text(a.section.z, a.section.n);
    check_text(a.published.z, a.published.n);
    check_text(a.body.z, a.body.n);
    if( a.nLead>a.body.n ) abort();
    if( a.nWords<0 ) abort();
  }
  news_article_clear(&a);
  check_spans(z, n, 0);
  check_spans(z, n, 1);
  return 0;
}
