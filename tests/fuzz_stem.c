/*
** fuzz_stem.c - libFuzzer target for the stemming layer: the first byte
** picks a language, the rest is text.  Exercises news_guess_language(),
** Snowball stemming of every token (with the cache), the lower-casing
** folds, and the FTS5 tokenizer `snowball` in document, query and prefix
** mode.
**
**   clang -fsanitize=fuzzer,address,undefined -Iext -DSQLITE_CORE \
**     tests/fuzz_stem.c build-fuzz/libnews.a -lstemmer -lutf8proc -lm -lsqlite3
*/
#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include "news.h"
#include "stem.h"
#include "stopwords.h"
#include "text.h"

static int count_token(void *pCtx, int tflags, const char *z, int n,
                       int iStart, int iEnd){
  const char *zText = (const char*)pCtx;
  (void)tflags; (void)z;
  /* offsets lie inside the text, terms are not empty */
  if( n<=0 || iStart<0 || iEnd<iStart ) __builtin_trap();
  (void)zText;
  return SQLITE_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  static sqlite3 *db = 0;
  static fts5_api *pApi = 0;
  const char *z = (const char*)aData + 1;
  int n, iLang, nLang = news_stem_language_count();
  NewsStemmer *p;
  NewsTokenizer tk;
  NewsToken t;
  NewsBuf b;

  if( nData<1 || nData>100000 ) return 0;
  n = (int)nData - 1;
  iLang = aData[0] % nLang;

  news_guess_language(z, n);
  news_buf_init(&b);
  news_fold(&b, z, n, NEWS_FOLD_LOWER | NEWS_FOLD_TURKIC | NEWS_FOLD_PUNCT);
  news_buf_free(&b);

  p = news_stemmer_new(iLang);
  if( p==0 ) return 0;
  news_tokenizer_init(&tk, z, n, 0);
  while( news_tokenizer_next(&tk, &t) ){
    const char *zStem;
    int nStem;
    news_stemmer_stem(p, z+t.iStart, t.iEnd-t.iStart, &zStem, &nStem);
  }
  news_stemmer_stem(p, z, n, &(const char*){0}, &(int){0});
  news_stemmer_free(p);

  if( db==0 ){
    sqlite3_stmt *pStmt;
    sqlite3_open(":memory:", &db);
    sqlite3_news_init(db, 0, 0);
    sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &pStmt, 0);
    sqlite3_bind_pointer(pStmt, 1, (void*)&pApi, "fts5_api_ptr", 0);
    sqlite3_step(pStmt);
    sqlite3_finalize(pStmt);
  }
  if( pApi ){
    fts5_tokenizer tok;
    Fts5Tokenizer *pTok = 0;
    void *pUser = 0;
    const char *azArg[1];
    azArg[0] = news_stem_language_name(iLang);
    if( pApi->xFindTokenizer(pApi, "snowball", &pUser, &tok)==SQLITE_OK
     && tok.xCreate(pUser, azArg, 1, &pTok)==SQLITE_OK ){
      tok.xTokenize(pTok, (void*)z, FTS5_TOKENIZE_DOCUMENT, z, n, count_token);
      tok.xTokenize(pTok, (void*)z, FTS5_TOKENIZE_QUERY, z, n, count_token);
      tok.xTokenize(pTok, (void*)z, FTS5_TOKENIZE_QUERY|FTS5_TOKENIZE_PREFIX,
                    z, n, count_token);
      tok.xDelete(pTok);
    }
  }
  return 0;
}
