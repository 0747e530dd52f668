/*
** bench_dates.c - throughput of dates() and its scaling with text length,
** against chrono-node on the same texts in the same run.
**
**   build/tests/bench_dates --corpus ../shared/corpus
**
** Text: every document of CORPUS/timeml/ *.jsonl, with its creation date
** as the reference.  Figures are MB per CPU second (of this process, and
** of the node process for chrono-node), the best of several repetitions;
** dates() is measured before and after chrono-node (REPEAT passes each),
** so that a burst of load on the shared machine during one of them does
** not decide the ratio.
**
**   dates() SQL     SELECT count(*) FROM corpus, dates(text, dct)
**   C scanner       news_dates_scan() on each document, no SQL
**   scaling         all documents joined into one text, repeated 1x, 4x,
**                   20x (10.6 MB): MB/s must stay flat (linear time);
**                   also 100,000 numbers in a row and a 1 MB digit run
**   chrono-node     chrono.parse(text, dct) in node on the same documents.
**                   chrono-node 2.x is installed with npm into
**                   $BUILD/peers (default build/peers) on first use; without
**                   node or npm that line is skipped with a note.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "support.h"
#include "dates.h"

#define REPEAT 5                /* passes of chrono-node, of the C scanner */
#define REPEAT_SQL 8            /* passes of dates() before and after it */

/* CPU seconds of this process.  All figures here are per CPU second, for
** dates() and for chrono-node alike (node reports its own CPU time):
** on a shared machine, wall time mostly measures the neighbours. */
static double cpu_now(void){
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec*1e-9;
}

/* Least CPU time of REPEAT_SQL runs of zSql. */
static double best_time(sqlite3 *db, const char *zSql){
  double best = 1e9;
  int i;
  for(i=0; i<REPEAT_SQL; i++){
    double t0 = cpu_now();
    support_exec(db, zSql);
    t0 = cpu_now() - t0;
    if( t0<best ) best = t0;
  }
  return best;
}

static int count_match(void *pCtx, const NewsDateMatch *m){
  (void)m;
  (*(sqlite3_int64*)pCtx)++;
  return 0;
}

/* news_dates_scan() over every document, best of REPEAT. */
static double c_scan_time(sqlite3 *db, sqlite3_int64 *pnMatch){
  sqlite3_stmt *p;
  double best = 1e9;
  int i;
  sqlite3_prepare_v2(db, "SELECT text, dct FROM corpus", -1, &p, 0);
  for(i=0; i<REPEAT; i++){
    double t0 = cpu_now();
    *pnMatch = 0;
    while( sqlite3_step(p)==SQLITE_ROW ){
      NewsDateRef ref;
      news_date_ref_parse((const char*)sqlite3_column_text(p, 1), -1, &ref);
      news_dates_scan((const char*)sqlite3_column_text(p, 0),
                      sqlite3_column_bytes(p, 0), &ref, 0, count_match, pnMatch);
    }
    sqlite3_reset(p);
    t0 = cpu_now() - t0;
    if( t0<best ) best = t0;
  }
  sqlite3_finalize(p);
  return best;
}

/* MB per CPU second of the C scanner over z[0..n) (best of 3). */
static double scan_mbs(const char *z, int n, sqlite3_int64 *pnMatch){
  NewsDateRef ref;
  double best = 1e9;
  int i;
  news_date_ref_parse("2025-11-05", -1, &ref);
  for(i=0; i<3; i++){
    double t0 = cpu_now();
    *pnMatch = 0;
    news_dates_scan(z, n, &ref, 0, count_match, pnMatch);
    t0 = cpu_now() - t0;
    if( t0<best ) best = t0;
  }
  return n/1e6/best;
}

static void bench_scaling(sqlite3 *db){
  sqlite3_stmt *p;
  char *zAll = 0, *azBig[3], *zNum;
  size_t nAll = 0, nAlloc = 0, k, anBig[3];
  int aMul[] = {1, 4, 20}, i, r;
  double aBest[3] = {0, 0, 0}, mbs;
  sqlite3_int64 anMatch[3], nMatch;
  sqlite3_prepare_v2(db, "SELECT text FROM corpus", -1, &p, 0);
  while( sqlite3_step(p)==SQLITE_ROW ){
    size_t n = (size_t)sqlite3_column_bytes(p, 0);
    if( nAll+n+2>nAlloc ){
      nAlloc = 2*(nAll+n+2);
      zAll = realloc(zAll, nAlloc);
    }
    memcpy(zAll+nAll, sqlite3_column_text(p, 0), n);
    nAll += n;
    zAll[nAll++] = '\n';
  }
  sqlite3_finalize(p);
  for(i=0; i<3; i++){
    anBig[i] = nAll*aMul[i];
    azBig[i] = malloc(anBig[i]+1);
    for(k=0; k<(size_t)aMul[i]; k++) memcpy(azBig[i]+k*nAll, zAll, nAll);
  }
  /* rounds over all sizes, best rate of each: load on the machine then
  ** affects every size alike */
  for(r=0; r<3; r++){
    for(i=0; i<3; i++){
      mbs = scan_mbs(azBig[i], (int)anBig[i], &anMatch[i]);
      if( mbs>aBest[i] ) aBest[i] = mbs;
    }
  }
  printf("  scaling (all documents as one text, C scanner):\n");
  for(i=0; i<3; i++){
    printf("    %2dx %8.2f MB %8.1f MB/s  %lld dates  (%.2f of the 1x rate)\n",
           aMul[i], anBig[i]/1e6, aBest[i], anMatch[i], aBest[i]/aBest[0]);
    free(azBig[i]);
  }
  free(zAll);
  /* 100,000 numbers in a row (the 4-digit ones are years), a 1 MB run
  ** of digits */
  zNum = malloc(100000*6 + 1);
  for(k=0, nAll=0; k<100000; k++){
    nAll += sprintf(zNum+nAll, "%d ", (int)(1900 + k%200));
  }
  mbs = scan_mbs(zNum, (int)nAll, &nMatch);
  printf("    100,000 numbers (%.2f MB) %8.1f MB/s  %lld dates\n", nAll/1e6,
         mbs, nMatch);
  free(zNum);
  zNum = malloc(1000000);
  memset(zNum, '7', 1000000);
  mbs = scan_mbs(zNum, 1000000, &nMatch);
  printf("    1 MB of digits          %8.1f MB/s  %lld dates\n", mbs, nMatch);
  free(zNum);
}

/* chrono-node on the same documents: MB/s, or 0 with a note. */
static double bench_chrono(sqlite3 *db, const char *zBuild, double *pmbsFirst){
  char zCmd[4096], zLine[256];
  FILE *f;
  double mbs = 0;
  sqlite3_stmt *p;
  if( system("command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1")!=0 ){
    printf("  chrono-node: skipped (node or npm not found)\n");
    return 0;
  }
  snprintf(zCmd, sizeof(zCmd), "test -d %s/peers/node_modules/chrono-node || "
           "(mkdir -p %s/peers && npm install --silent --no-audit --no-fund"
           " --prefix %s/peers chrono-node@2 >/dev/null 2>&1)", zBuild, zBuild, zBuild);
  if( system(zCmd)!=0 ){
    printf("  chrono-node: skipped (npm install chrono-node@2 failed)\n");
    return 0;
  }
  /* the documents, as JSON lines, for the node script */
  snprintf(zCmd, sizeof(zCmd), "%s/peers/timeml_texts.jsonl", zBuild);
  f = fopen(zCmd, "wb");
  if( f==0 ) return 0;
  sqlite3_prepare_v2(db, "SELECT json_object('text', text, 'dct', dct) FROM corpus",
                     -1, &p, 0);
  while( sqlite3_step(p)==SQLITE_ROW ) fprintf(f, "%s\n", sqlite3_column_text(p, 0));
  sqlite3_finalize(p);
  fclose(f);
  snprintf(zCmd, sizeof(zCmd), "%s/peers/chrono_bench.js", zBuild);
  f = fopen(zCmd, "wb");
  if( f==0 ) return 0;
  fprintf(f,
    "const chrono = require('chrono-node');\n"
    "const fs = require('fs');\n"
    "const docs = fs.readFileSync(process.argv[2], 'utf8').split('\\n')\n"
    "  .filter(l => l).map(l => JSON.parse(l));\n"
    "const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);\n"
    "let best = 1e9, first = 0, found = 0;\n"
    "for (let r = 0; r < %d; r++) {\n"
    "  const t0 = process.cpuUsage(); found = 0;\n"
    "  for (const d of docs) found += chrono.parse(d.text, new Date(d.dct)).length;\n"
    "  const u = process.cpuUsage(t0), t = (u.user + u.system) / 1e6;\n"
    "  if (r == 0) first = t;\n"
    "  if (t < best) best = t;\n"
    "}\n"
    "const v = require(require('path').join(require.resolve('chrono-node'),\n"
    "  '../../../package.json')).version;\n"
    "console.log((bytes / 1e6 / best).toFixed(3), found, v,\n"
    "            (bytes / 1e6 / first).toFixed(3));\n", REPEAT);
  fclose(f);
  snprintf(zCmd, sizeof(zCmd), "NODE_PATH=%s/peers/node_modules node %s/peers/chrono_bench.js"
           " %s/peers/timeml_texts.jsonl 2>&1", zBuild, zBuild, zBuild);
  f = popen(zCmd, "r");
  if( f && fgets(zLine, sizeof(zLine), f) ){
    long nFound = 0;
    char zVer[64] = "?";
    double mbsFirst = 0;
    if( sscanf(zLine, "%lf %ld %63s %lf", &mbs, &nFound, zVer, &mbsFirst)>=2 ){
      printf("  %-44s %8.2f MB/s  (%ld dates; chrono-node %s, node)\n",
             "baseline: chrono.parse(text, dct)", mbs, nFound, zVer);
      printf("  %-44s %8.2f MB/s  (first pass, JIT still warming up)\n",
             "", mbsFirst);
      *pmbsFirst = mbsFirst;
    }else{
      printf("  chrono-node: skipped (%s)\n", zLine);
      mbs = 0;
    }
  }
  if( f ) pclose(f);
  return mbs;
}

int main(int argc, char **argv){
  const char *zCorpus = support_corpus_dir(argc, argv);
  const char *zBuild = getenv("BUILD") ? getenv("BUILD") : "build";
  sqlite3 *db = support_open();
  char **azFile;
  int nFile, i;
  double mb, tSql, tC, mbsChrono, mbsFirst = 0;
  sqlite3_int64 nSql, nC;

  azFile = support_glob(zCorpus, "timeml/*.jsonl", &nFile);
  if( nFile==0 ){
    fprintf(stderr, "bench_dates: no timeml/*.jsonl under %s\n", zCorpus);
    return 1;
  }
  support_exec(db, "CREATE TABLE corpus(text TEXT, dct TEXT)");
  for(i=0; i<nFile; i++){
    support_load_jsonl(db, azFile[i], "raw");
    support_exec(db, "INSERT INTO corpus SELECT j->>'text', j->>'dct' FROM raw;"
                     " DROP TABLE raw");
  }
  support_free_list(azFile, nFile);
  mb = support_int(db, "SELECT sum(length(CAST(text AS BLOB))) FROM corpus") / 1e6;
  nSql = support_int(db, "SELECT count(*) FROM corpus, dates(corpus.text, corpus.dct)");
  tSql = best_time(db, "SELECT count(*) FROM corpus, dates(corpus.text, corpus.dct)");
  tC = c_scan_time(db, &nC);

  printf("dates(): %.2f MB of TimeML text, %lld documents, %lld dates"
         " (MB per CPU second)\n",
         mb, support_int(db, "SELECT count(*) FROM corpus"), nSql);
  printf("  %-44s %8.1f MB/s\n", "SELECT count(*) FROM corpus, dates(text, dct)", mb/tSql);
  printf("  %-44s %8.1f MB/s  (%lld dates)\n", "news_dates_scan() from C, no SQL", mb/tC, nC);
  mbsChrono = bench_chrono(db, zBuild, &mbsFirst);
  if( mbsChrono>0 ){
    double t = best_time(db, "SELECT count(*) FROM corpus, dates(corpus.text, corpus.dct)");
    if( t<tSql ) tSql = t;
    printf("  %-44s %8.1f MB/s  (best before and after chrono-node)\n",
           "SELECT count(*) FROM corpus, dates(text, dct)", mb/tSql);
    printf("  ratio dates()/chrono-node          %.1fx  (target >= 10; %.1fx against"
           " chrono's first pass)\n", (mb/tSql)/mbsChrono, (mb/tSql)/mbsFirst);
  }
  bench_scaling(db);
  sqlite3_close(db);
  return 0;
}
