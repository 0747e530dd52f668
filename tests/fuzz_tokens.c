/*
** fuzz_tokens.c - libFuzzer target for the text core: segmentation and
** folding of arbitrary bytes.  Checks the invariants every module relies
** on: tokens lie inside the input, in order, never overlap, start and end
** on character boundaries, and their character offsets agree with
** SQLite's own character count.
**
**   make fuzz            (FUZZ_TIME=seconds per target, default 60)
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  NewsTokenizer tk;
  NewsToken t;
  NewsBuf buf;
  int iPrevEnd = 0;
  sqlite3_int64 iPrevChar = 0;
  int flags = size>0 && (data[0]&1) ? NEWS_TOKENIZE_SPLIT_HYPHENS : 0;
  if( size>1000000 ) return 0;
  news_buf_init(&buf);
  news_tokenizer_init(&tk, (const char*)data, (int)size, flags);
  while( news_tokenizer_next(&tk, &t) ){
    const char *z = (const char*)data;
    sqlite3_int64 nGap;
    if( t.iStart<iPrevEnd || t.iEnd<=t.iStart || t.iEnd>(int)size ) abort();
    /* character offsets agree with SQLite's count, and map back to the
    ** same bytes (so both ends are boundaries as substr() sees them);
    ** checked from the previous token to stay linear */
    nGap = news_utf8_count(z+iPrevEnd, t.iStart-iPrevEnd);
    if( t.iCharStart!=iPrevChar+nGap ) abort();
    if( news_utf8_byte_offset(z+iPrevEnd, size-iPrevEnd, nGap)!=t.iStart-iPrevEnd ) abort();
    if( t.iCharEnd-t.iCharStart!=news_utf8_count(z+t.iStart, t.iEnd-t.iStart) ) abort();
    if( news_utf8_byte_offset(z+t.iStart, size-t.iStart, t.iCharEnd-t.iCharStart)
        !=t.iEnd-t.iStart ) abort();
    news_buf_reset(&buf);
    news_fold(&buf, z+t.iStart, t.iEnd-t.iStart,
              NEWS_FOLD_CASE|NEWS_FOLD_DIACRITICS|NEWS_FOLD_PUNCT);
    iPrevEnd = t.iEnd;
    iPrevChar = t.iCharEnd;
  }
  news_buf_free(&buf);
  return 0;
}
