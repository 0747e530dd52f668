/*
** bench_entities.c - speed of entity_mentions() with dictionaries of 10,
** 10,000 and 1,000,000 aliases over the same articles, against the plain
** SQL ways of counting mentions, measured in the same run; the compile
** time and memory of a 1,000,000-alias dictionary; entity_candidates().
**
**   build/tests/bench_entities --corpus ../shared/corpus
**
** Articles: every document of CORPUS/conll2003/ *.jsonl.  Dictionaries,
** built here from that corpus (nothing is stored in the project):
**   realistic   the N most frequent gold entity strings, continued with
**               two-word names made of the corpus's capitalized words
**               (N = 10, 10,000, 1,000,000): more aliases, more mentions
**   same hits   the 10 most frequent gold strings, continued with
**               three-word names of capitalized corpus words, which (all
**               but a few) never occur: every size finds (nearly) the same
**               mentions, so the dictionary's size is what differs
**   new words   as "same hits", but the third word of each name is new
**               ("Xq123"): a million distinct words, the worst case for
**               the word table
** Baselines, on the same articles and dictionary:
**   instr join  SELECT count(*) FROM corpus c, aliases a
**               WHERE instr(c.text, a.alias) > 0     (articles x aliases)
**   LIKE join   ... WHERE c.text LIKE '%' || a.alias || '%'
**   FTS5        an fts5(unicode61) index of the articles, then one
**               MATCH '"alias"' phrase query per alias (index build
**               included)
** A baseline that would run for minutes is timed on a sample of the
** articles (or of the aliases, for FTS5) and its rate reported as such;
** rates are per MB of articles either way, so ratios stay comparable.
** Each timing is the best of several runs, in CPU time of this process
** (CLOCK_PROCESS_CPUTIME_ID): on a machine shared with other jobs, wall
** time measures the neighbours as much as the code.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "support.h"

static double cpu_now(void){
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec*1e-9;
}

#define REPEAT 3           /* baselines */
#define REPEAT_FAST 9      /* entity_mentions(): short runs, a busy machine */

static double mb_total;             /* MB of article text */

static double run_sql(sqlite3 *db, const char *zSql, sqlite3_int64 *pnRow){
  sqlite3_stmt *p;
  double t0 = cpu_now();
  if( sqlite3_prepare_v2(db, zSql, -1, &p, 0)!=SQLITE_OK ){
    fprintf(stderr, "bench_entities: %s\n  %s\n", sqlite3_errmsg(db), zSql);
    exit(1);
  }
  if( sqlite3_step(p)==SQLITE_ROW && pnRow ) *pnRow = sqlite3_column_int64(p, 0);
  if( sqlite3_finalize(p)!=SQLITE_OK ){
    fprintf(stderr, "bench_entities: %s\n  %s\n", sqlite3_errmsg(db), zSql);
    exit(1);
  }
  return cpu_now() - t0;
}

static double best_time(sqlite3 *db, const char *zSql, int nRepeat,
                        sqlite3_int64 *pnRow){
  double best = 1e300;
  int i;
  for(i=0; i<nRepeat; i++){
    double t = run_sql(db, zSql, pnRow);
    if( t<best ) best = t;
  }
  return best;
}

/* Dictionary zName with nAlias rows: the nGold most frequent gold strings,
** then names of capitalized corpus words: two (eFill 0), three (1), or two
** and a new word (2); see the header comment. */
static void make_dictionary(sqlite3 *db, const char *zName, int nAlias,
                            int nGold, int eFill){
  sqlite3_int64 nWord = support_int(db, "SELECT count(*) FROM capwords");
  sqlite3_int64 nHave = support_int(db, "SELECT count(*) FROM gold_strings");
  char *zSql;
  if( nGold>nAlias ) nGold = nAlias;
  if( nGold>nHave ) nGold = (int)nHave;
  zSql = sqlite3_mprintf(
    "DROP TABLE IF EXISTS \"%w\";"
    "CREATE TABLE \"%w\"(entity TEXT, alias TEXT, kind TEXT);"
    "INSERT INTO \"%w\" SELECT t, t, ty FROM gold_strings ORDER BY n DESC, t LIMIT %d;"
    "INSERT INTO \"%w\""
    " WITH RECURSIVE i(k) AS (VALUES(0) UNION ALL SELECT k+1 FROM i WHERE k+1<%d)"
    " SELECT 'E' || (k/3), a.w || ' ' || b.w || %s, NULL FROM i"
    "  JOIN capwords a ON a.id = k %% %lld"
    "  JOIN capwords b ON b.id = (k / %lld + 7*k + 1) %% %lld"
    " WHERE %d>0;",
    zName, zName, zName, nGold, zName, nAlias - nGold,
    eFill==0 ? "''" : eFill==1 ? "' ' || (SELECT w FROM capwords WHERE id=(k*31+5) % (SELECT count(*) FROM capwords))"
                    : "' Xq' || k",
    nWord, nWord, nWord, nAlias - nGold);
  support_exec(db, zSql);
  sqlite3_free(zSql);
}

static double bench_size(sqlite3 *db, const char *zDict, int nAlias, int nGold,
                         int eFill){
  char zSql[512];
  sqlite3_int64 nMention = 0;
  double t;
  if( sqlite3_table_column_metadata(db, 0, zDict, "alias", 0, 0, 0, 0, 0)!=SQLITE_OK ){
    make_dictionary(db, zDict, nAlias, nGold, eFill);
  }
  snprintf(zSql, sizeof(zSql),
           "SELECT count(*) FROM corpus, entity_mentions(corpus.text, '%s')", zDict);
  run_sql(db, zSql, &nMention);                   /* compiles, warms up */
  t = best_time(db, zSql, REPEAT_FAST, &nMention);
  printf("    %9d aliases: %8.2f MB/s  (%lld mentions, %.3f s)\n",
         nAlias, mb_total/t, nMention, t);
  return mb_total/t;
}

/* A baseline over a sample of the articles: rate in MB/s. */
static double baseline_rate(sqlite3 *db, const char *zDict, const char *zWhere,
                            int nDoc, sqlite3_int64 *pnHit){
  char *zSql;
  double t, mb;
  support_exec(db, "DROP TABLE IF EXISTS sample");
  zSql = sqlite3_mprintf("CREATE TABLE sample AS SELECT text FROM corpus ORDER BY rowid LIMIT %d", nDoc);
  support_exec(db, zSql);
  sqlite3_free(zSql);
  mb = support_double(db, "SELECT sum(length(CAST(text AS BLOB)))/1e6 FROM sample");
  zSql = sqlite3_mprintf("SELECT count(*) FROM sample c, \"%w\" a WHERE %s", zDict, zWhere);
  t = best_time(db, zSql, nDoc>=1000 ? REPEAT : 1, pnHit);
  sqlite3_free(zSql);
  return mb/t;
}

/* FTS5: build the index, then one phrase query per alias (of nSample). */
static double fts5_rate(sqlite3 *db, const char *zDict, int nSample, int nAlias,
                        sqlite3_int64 *pnHit){
  sqlite3_stmt *pAlias, *pMatch;
  double tIndex, tQuery, t0;
  int n = 0;
  support_exec(db,
    "DROP TABLE IF EXISTS fts;"
    "CREATE VIRTUAL TABLE fts USING fts5(text, tokenize='unicode61');");
  tIndex = run_sql(db, "INSERT INTO fts SELECT text FROM corpus", 0);
  {
    char *zSql = sqlite3_mprintf("SELECT alias FROM \"%w\" ORDER BY rowid LIMIT %d",
                                 zDict, nSample);
    sqlite3_prepare_v2(db, zSql, -1, &pAlias, 0);
    sqlite3_free(zSql);
  }
  sqlite3_prepare_v2(db, "SELECT count(*) FROM fts WHERE fts MATCH ?", -1, &pMatch, 0);
  *pnHit = 0;
  t0 = cpu_now();
  while( sqlite3_step(pAlias)==SQLITE_ROW ){
    char *zPhrase = sqlite3_mprintf("\"%w\"", sqlite3_column_text(pAlias, 0));
    sqlite3_bind_text(pMatch, 1, zPhrase, -1, sqlite3_free);
    if( sqlite3_step(pMatch)==SQLITE_ROW ) *pnHit += sqlite3_column_int64(pMatch, 0);
    sqlite3_reset(pMatch);
    n++;
  }
  tQuery = cpu_now() - t0;
  sqlite3_finalize(pAlias);
  sqlite3_finalize(pMatch);
  /* the whole dictionary: index once, query every alias */
  return mb_total/(tIndex + tQuery*(double)nAlias/n);
}

/* "0.85x", "3.2x", "183x" */
static const char *ratio(double r){
  static char z[4][32];
  static int i = 0;
  i = (i+1)%4;
  snprintf(z[i], sizeof(z[i]), r<1 ? "%.2fx" : r<10 ? "%.1fx" : "%.0fx", r);
  return z[i];
}

static void bench_baselines(sqlite3 *db, int nAlias, double rate){
  char zDict[32];
  sqlite3_int64 nHit;
  int nDoc = nAlias<=10 ? 100000 : nAlias<=10000 ? 40 : 2;
  double r;
  int nFts = nAlias<=10000 ? nAlias : 20000;
  snprintf(zDict, sizeof(zDict), "dict%d", nAlias);
  printf("  %d aliases, baselines:\n", nAlias);
  r = baseline_rate(db, zDict, "instr(c.text, a.alias) > 0", nDoc, &nHit);
  printf("    %-30s %10.4f MB/s%s; entity_mentions() %s as fast\n",
         "instr() join", r, nDoc<100000 ? " (sampled articles)" : "", ratio(rate/r));
  if( nAlias<=10000 ){
    r = baseline_rate(db, zDict, "c.text LIKE '%' || a.alias || '%'", nDoc, &nHit);
    printf("    %-30s %10.4f MB/s%s; entity_mentions() %s as fast\n",
           "LIKE join", r, nDoc<100000 ? " (sampled articles)" : "", ratio(rate/r));
  }
  r = fts5_rate(db, zDict, nFts, nAlias, &nHit);
  printf("    %-30s %10.4f MB/s%s; entity_mentions() %s as fast\n",
         "FTS5 index + phrase query each", r,
         nFts<nAlias ? " (queries sampled)" : "", ratio(rate/r));
}

int main(int argc, char **argv){
  const char *zCorpus = support_corpus_dir(argc, argv);
  sqlite3 *db = support_open();
  int i;
  double aRate[3], aSame[3];
  static const int aSize[3] = { 10, 10000, 1000000 };
  sqlite3_int64 nCur, nHigh, nBefore, nMention;
  double t;

  support_exec(db,
    "CREATE TABLE corpus(text TEXT);"
    "CREATE TABLE gold(t TEXT, ty TEXT);");
  if( !support_load_corpus(db, "bench_entities", zCorpus, "conll2003/*.jsonl",
        "INSERT INTO corpus SELECT j->>'text' FROM raw;"
        "INSERT INTO gold SELECT e.value->>'text', e.value->>'type'"
        " FROM raw, json_each(raw.j->'entities') e;") ){
    return 1;
  }
  support_exec(db,
    "CREATE TABLE gold_strings AS SELECT t, max(ty) AS ty, count(*) AS n FROM gold"
    " WHERE instr(t, char(10))=0 GROUP BY t;"
    "CREATE TABLE capwords(id INTEGER PRIMARY KEY, w TEXT);"
    "INSERT INTO capwords(w) SELECT DISTINCT k.token FROM corpus, tokens(corpus.text) k"
    " WHERE k.kind='word' AND k.token GLOB '[A-Z][a-z]*' ORDER BY 1;"
    "UPDATE capwords SET id = id - 1;");
  mb_total = support_double(db, "SELECT sum(length(CAST(text AS BLOB)))/1e6 FROM corpus");
  printf("entity_mentions(): %.2f MB of conll2003 text, %lld documents;"
         " dictionaries from %lld gold strings and %lld capitalized words\n",
         mb_total, support_int(db, "SELECT count(*) FROM corpus"),
         support_int(db, "SELECT count(*) FROM gold_strings"),
         support_int(db, "SELECT count(*) FROM capwords"));

  /* compile time and memory of the million-alias dictionary */
  make_dictionary(db, "dict1000000", 1000000, 1000000, 0);
  nBefore = sqlite3_memory_used();
  sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &nCur, &nHigh, 1);
  t = run_sql(db, "SELECT count(*) FROM entity_mentions('', 'dict1000000')", 0);
  sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &nCur, &nHigh, 0);
  printf("  compile 1,000,000 aliases: %.2f s; the compiled dictionary holds"
         " %.1f MB (%.0f bytes per alias); peak while compiling +%.1f MB\n",
         t, (sqlite3_memory_used()-nBefore)/1e6,
         (double)(sqlite3_memory_used()-nBefore)/1e6,
         (nHigh-nBefore)/1e6);
  support_exec(db, "CREATE TABLE unrelated(x); INSERT INTO unrelated VALUES (1)");
  t = run_sql(db, "SELECT count(*) FROM entity_mentions('', 'dict1000000')", 0);
  printf("  first query after an unrelated write (re-reads the table to check it):"
         " %.2f s\n", t);

  printf("  entity_mentions(), same articles, realistic dictionaries:\n");
  for(i=0; i<3; i++){
    char zDict[32];
    snprintf(zDict, sizeof(zDict), "dict%d", aSize[i]);
    aRate[i] = bench_size(db, zDict, aSize[i], aSize[i], 0);
  }
  printf("    rate with 1,000,000 aliases / rate with 10,000: %.2f\n", aRate[2]/aRate[1]);
  printf("  entity_mentions(), same articles, dictionaries that find the same"
         " mentions:\n");
  for(i=0; i<3; i++){
    char zDict[32];
    snprintf(zDict, sizeof(zDict), "same%d", aSize[i]);
    aSame[i] = bench_size(db, zDict, aSize[i], 10, 1);
  }
  printf("    rate with 1,000,000 aliases / rate with 10: %.2f\n", aSame[2]/aSame[0]);
  printf("  the same with a new word in every alias (a million distinct words):\n");
  support_exec(db, "DROP TABLE same1000000");
  t = bench_size(db, "neww1000000", 1000000, 10, 2);
  printf("    rate / rate with 10 aliases: %.2f\n", t/aSame[0]);
  for(i=0; i<3; i++) bench_baselines(db, aSize[i], aRate[i]);

  t = best_time(db, "SELECT count(*) FROM corpus, entity_candidates(corpus.text)",
                REPEAT_FAST, &nMention);
  printf("entity_candidates(): %.2f MB/s (%lld names, %.3f s)\n",
         mb_total/t, nMention, t);
  sqlite3_close(db);
  return 0;
}
