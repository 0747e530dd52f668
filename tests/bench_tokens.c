/*
** bench_tokens.c - throughput of tokens() against FTS5's built-in
** unicode61 tokenizer on the same text, measured in the same run.
**
**   build/tests/bench_tokens --corpus ../shared/corpus
**
** Text: every document of CORPUS/conll2003/ *.jsonl.  Each figure is the
** best of several repetitions.  Baselines:
**   fts5 insert     INSERT INTO an fts5(tokenize='unicode61') table (the
**                   tokenizer plus FTS5's indexing work)
**   fts5 tokenize   unicode61's xTokenize called directly through fts5_api
**                   on each document (the tokenizer alone)
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"

#define REPEAT 5

static double best_time(sqlite3 *db, const char *zSql){
  return support_best_time(db, zSql, REPEAT, "bench_tokens");
}

static int count_token(void *pCtx, int tflags, const char *pToken, int nToken,
                       int iStart, int iEnd){
  (void)tflags; (void)pToken; (void)nToken; (void)iStart; (void)iEnd;
  (*(sqlite3_int64*)pCtx)++;
  return SQLITE_OK;
}

/* unicode61 through the FTS5 tokenizer API, on every document. */
static double fts5_tokenize_time(sqlite3 *db, sqlite3_int64 *pnToken){
  fts5_api *pApi = 0;
  fts5_tokenizer tok;
  Fts5Tokenizer *pTok = 0;
  void *pUser = 0;
  sqlite3_stmt *p;
  double best = 1e9;
  int i;
  sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &p, 0);
  sqlite3_bind_pointer(p, 1, (void*)&pApi, "fts5_api_ptr", 0);
  sqlite3_step(p);
  sqlite3_finalize(p);
  if( pApi==0 || pApi->xFindTokenizer(pApi, "unicode61", &pUser, &tok) ){
    fprintf(stderr, "bench_tokens: no FTS5 in this SQLite\n");
    exit(1);
  }
  tok.xCreate(pUser, 0, 0, &pTok);
  sqlite3_prepare_v2(db, "SELECT text FROM corpus", -1, &p, 0);
  for(i=0; i<REPEAT; i++){
    double t0 = support_now();
    *pnToken = 0;
    while( sqlite3_step(p)==SQLITE_ROW ){
      tok.xTokenize(pTok, pnToken, FTS5_TOKENIZE_DOCUMENT,
                    (const char*)sqlite3_column_text(p, 0),
                    sqlite3_column_bytes(p, 0), count_token);
    }
    sqlite3_reset(p);
    t0 = support_now() - t0;
    if( t0<best ) best = t0;
  }
  sqlite3_finalize(p);
  tok.xDelete(pTok);
  return best;
}

int main(int argc, char **argv){
  const char *zCorpus = support_corpus_dir(argc, argv);
  sqlite3 *db = support_open();
  double mb, tTokens, tFolded, tInsert, tTok;
  sqlite3_int64 nTok, nFts;

  support_exec(db, "CREATE TABLE corpus(text TEXT)");
  if( !support_load_corpus(db, "bench_tokens", zCorpus, "conll2003/*.jsonl",
                           "INSERT INTO corpus SELECT j->>'text' FROM raw") ){
    return 1;
  }
  mb = support_int(db, "SELECT sum(length(CAST(text AS BLOB))) FROM corpus") / 1e6;
  nTok = support_int(db, "SELECT count(*) FROM corpus, tokens(corpus.text)");

  tTokens = best_time(db, "SELECT count(*) FROM corpus, tokens(corpus.text)");
  tFolded = best_time(db, "SELECT count(folded) FROM corpus, tokens(corpus.text)");
  tInsert = best_time(db,
    "DROP TABLE IF EXISTS f;"
    "CREATE VIRTUAL TABLE f USING fts5(text, tokenize='unicode61');"
    "INSERT INTO f SELECT text FROM corpus;");
  tTok = fts5_tokenize_time(db, &nFts);

  printf("tokens(): %.2f MB of conll2003 text, %lld documents, %lld tokens"
         " (unicode61: %lld)\n",
         mb, support_int(db, "SELECT count(*) FROM corpus"), nTok, nFts);
  printf("  %-44s %8.1f MB/s\n", "SELECT count(*) FROM corpus, tokens(text)", mb/tTokens);
  printf("  %-44s %8.1f MB/s\n", "... count(folded) (with case folding)", mb/tFolded);
  printf("  %-44s %8.1f MB/s\n", "baseline: fts5 unicode61 INSERT", mb/tInsert);
  printf("  %-44s %8.1f MB/s\n", "baseline: unicode61 xTokenize (C, no SQL)", mb/tTok);
  printf("  ratio tokens()/fts5 INSERT        %.2fx  (target >= 1.0)\n", tInsert/tTokens);
  printf("  ratio tokens()/unicode61 xTokenize %.2fx\n", tTok/tTokens);
  sqlite3_close(db);
  return 0;
}
