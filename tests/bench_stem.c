/*
** bench_stem.c - speed of stemming through SQL and of the FTS5 tokenizer
** `snowball`, against baselines measured in the same run.
**
**   build/tests/bench_stem --corpus ../shared/corpus
**
** Text: every document of CORPUS/conll2003/ *.jsonl (English news).
** Each figure is the best of REPEAT runs; the runs are interleaved (one of
** each measurement per round) so that a shared machine's load affects the
** measurement and its baseline alike.
**
**   tokens() with stems  SELECT count(stem) FROM corpus, tokens(text, 'english'):
**                        every token through the SQL table-valued function,
**                        its stem computed (per-connection cache)
**   plain C loop         the text core's tokenizer over the same text, each
**                        token lower-cased/NFC-normalized with news_fold()
**                        (what libstemmer needs) and given to
**                        sb_stemmer_stem(); no SQL, no cache
**   plain C, no fold     the same without normalization (raw bytes to the
**                        stemmer: wrong for capitalized words, the floor)
**   FTS5 build           CREATE + INSERT of all documents into an fts5 table
**                        with tokenize='snowball english' and, as the
**                        baseline, the built-in 'porter unicode61' (a new
**                        table each time: the stem cache starts cold)
**   FTS5 rebuild         INSERT INTO f(f) VALUES('rebuild') on the table
**                        just built: same tokenizer instance, warm cache
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libstemmer.h>
#include "support.h"
#include "text.h"

#define REPEAT 15

/* Seconds zSql takes, once. */
static double sql_time(sqlite3 *db, const char *zSql){
  double t0 = support_now();
  char *zErr = 0;
  if( sqlite3_exec(db, zSql, 0, 0, &zErr)!=SQLITE_OK ){
    fprintf(stderr, "bench_stem: %s\n  %s\n", zErr, zSql);
    exit(1);
  }
  return support_now() - t0;
}

static void keep_min(double *pBest, double t){
  if( *pBest==0 || t<*pBest ) *pBest = t;
}

/* The plain loop over every document, once: tokenize, (fold), stem every
** token. */
static double plain_loop_time(sqlite3 *db, int bFold, sqlite3_int64 *pnTok){
  struct sb_stemmer *pSb = sb_stemmer_new("english", "UTF_8");
  sqlite3_stmt *p;
  NewsBuf fold;
  double best = 1e9;
  size_t nCheck = 0;
  int i;
  news_buf_init(&fold);
  sqlite3_prepare_v2(db, "SELECT text FROM corpus", -1, &p, 0);
  for(i=0; i<1; i++){
    double t0 = support_now();
    *pnTok = 0;
    while( sqlite3_step(p)==SQLITE_ROW ){
      const char *z = (const char*)sqlite3_column_text(p, 0);
      int n = sqlite3_column_bytes(p, 0);
      NewsTokenizer tk;
      NewsToken t;
      news_tokenizer_init(&tk, z, n, 0);
      while( news_tokenizer_next(&tk, &t) ){
        const char *zW = z + t.iStart;
        int nW = t.iEnd - t.iStart;
        if( bFold ){
          news_buf_reset(&fold);
          news_fold(&fold, zW, nW, NEWS_FOLD_LOWER | NEWS_FOLD_PUNCT);
          zW = fold.z;
          nW = (int)fold.n;
        }
        sb_stemmer_stem(pSb, (const sb_symbol*)zW, nW);
        nCheck += (size_t)sb_stemmer_length(pSb);
        (*pnTok)++;
      }
    }
    sqlite3_reset(p);
    t0 = support_now() - t0;
    if( t0<best ) best = t0;
  }
  sqlite3_finalize(p);
  news_buf_free(&fold);
  sb_stemmer_delete(pSb);
  if( nCheck==0 ) fprintf(stderr, "bench_stem: nothing stemmed\n");
  return best;
}

int main(int argc, char **argv){
  const char *zCorpus = support_corpus_dir(argc, argv);
  sqlite3 *db = support_open();
  int i;
  double mb, tSql, tSqlWords, tPlain, tRaw, tSnow, tPorter, tSnowWarm, tPorterWarm;
  sqlite3_int64 nTok, nWord, nPlain;

  support_exec(db, "CREATE TABLE corpus(text TEXT)");
  if( !support_load_corpus(db, "bench_stem", zCorpus, "conll2003/*.jsonl",
                           "INSERT INTO corpus SELECT j->>'text' FROM raw") ){
    return 1;
  }
  mb = support_int(db, "SELECT sum(length(CAST(text AS BLOB))) FROM corpus") / 1e6;
  nTok = support_int(db, "SELECT count(*) FROM corpus, tokens(corpus.text)");
  nWord = support_int(db, "SELECT count(*) FROM corpus, tokens(corpus.text)"
                          " WHERE kind='word'");

  /* Interleaved: each repetition runs every measurement once, so that
  ** the load of a shared machine hits them alike; the best of each. */
  tSql = tSqlWords = tPlain = tRaw = tSnow = tPorter = tSnowWarm = tPorterWarm = 0;
  for(i=0; i<REPEAT; i++){
    keep_min(&tSql, sql_time(db, "SELECT count(stem) FROM corpus,"
                             " tokens(corpus.text, 'english')"));
    keep_min(&tPlain, plain_loop_time(db, 1, &nPlain));
    keep_min(&tRaw, plain_loop_time(db, 0, &nPlain));
    keep_min(&tSqlWords, sql_time(db, "SELECT count(stem) FROM corpus,"
                             " tokens(corpus.text, 'english') WHERE kind='word'"));
    keep_min(&tSnow, sql_time(db, "DROP TABLE IF EXISTS f;"
      "CREATE VIRTUAL TABLE f USING fts5(text, tokenize='snowball english');"
      "INSERT INTO f SELECT text FROM corpus;"));
    /* the same table re-indexed: its tokenizer (and stem cache) is warm,
    ** as for a table that keeps receiving articles */
    keep_min(&tSnowWarm, sql_time(db, "INSERT INTO f(f) VALUES('rebuild')"));
    keep_min(&tPorter, sql_time(db, "DROP TABLE IF EXISTS f;"
      "CREATE VIRTUAL TABLE f USING fts5(text, tokenize='porter unicode61');"
      "INSERT INTO f SELECT text FROM corpus;"));
    keep_min(&tPorterWarm, sql_time(db, "INSERT INTO f(f) VALUES('rebuild')"));
  }

  printf("stem: %.2f MB of conll2003 text, %lld documents, %lld tokens"
         " (%lld words; plain loop: %lld tokens)\n", mb,
         support_int(db, "SELECT count(*) FROM corpus"), nTok, nWord, nPlain);
  printf("  %-52s %10.0f tokens/s\n",
         "SELECT count(stem) FROM corpus, tokens(text,'english')", nTok/tSql);
  printf("  %-52s %10.0f words/s\n", "... WHERE kind='word'", nWord/tSqlWords);
  printf("  %-52s %10.0f tokens/s\n",
         "baseline: C loop, text core + news_fold + sb_stemmer", nPlain/tPlain);
  printf("  %-52s %10.0f tokens/s\n",
         "baseline: C loop, text core + sb_stemmer (no fold)", nPlain/tRaw);
  printf("  ratio tokens() with stems / C loop          %.2fx  (target >= 1.0)\n",
         tPlain/tSql);
  printf("  ratio tokens() with stems / C loop, no fold %.2fx\n", tRaw/tSql);
  printf("  %-52s %10.3f s (%.1f MB/s)\n",
         "FTS5 build, tokenize='snowball english'", tSnow, mb/tSnow);
  printf("  %-52s %10.3f s (%.1f MB/s)\n",
         "baseline: FTS5 build, tokenize='porter unicode61'", tPorter, mb/tPorter);
  printf("  ratio snowball / porter build time          %.2fx  (target <= 1.2)\n",
         tSnow/tPorter);
  printf("  %-52s %10.3f s\n", "'rebuild' of the snowball table (warm cache)",
         tSnowWarm);
  printf("  %-52s %10.3f s\n", "'rebuild' of the porter table", tPorterWarm);
  printf("  ratio snowball / porter rebuild time        %.2fx\n",
         tSnowWarm/tPorterWarm);
  sqlite3_close(db);
  return 0;
}
