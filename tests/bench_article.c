/*
** bench_article.c - throughput of article() over HTML pages and text
** dumps, and Mozilla Readability on the same HTML in the same run.
**
**   build/tests/bench_article --corpus ../shared/corpus [--no-peer]
**
** Pages: articles/aeb_*.jsonl.gz (HTML with gold bodies), the
** articles/htmldate_*.jsonl.gz pages (HTML), articles/textdump_*.jsonl.gz
** (page text).  Each article() figure is the best of 5 runs of
**   SELECT sum(length(a.body)) FROM pages p, article(p.raw) a
**
** The peer: when node and npm are installed, @mozilla/readability 0.6.0
** with jsdom 24 is installed into BUILD/peers (once) and run by a node
** script over the aeb pages, timing JSDOM parsing plus Readability.parse()
** per page.  Its textContent is scored with the same body metric
** (article_metric.h) so that speed is compared at known accuracy.  Without
** node or npm (or with --no-peer) that line is skipped with a note.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "support.h"
#include "article_metric.h"

#define REPEAT 5

static double best_time(sqlite3 *db, const char *zSql){
  return support_best_time(db, zSql, REPEAT, "bench_article");
}

/* Load every file matching zPattern into table zTable(id, raw, gold). */
static void load(sqlite3 *db, const char *zCorpus, const char *zPattern,
                 const char *zTable){
  char **az;
  int n, i;
  char *zSql = sqlite3_mprintf("CREATE TABLE %s(id TEXT, raw TEXT, gold TEXT)", zTable);
  support_exec(db, zSql);
  sqlite3_free(zSql);
  az = support_glob(zCorpus, zPattern, &n);
  for(i=0; i<n; i++){
    support_load_jsonl(db, az[i], "tmp");
    zSql = sqlite3_mprintf("INSERT INTO %s SELECT j->>'id', coalesce(j->>'html', j->>'text'),"
                           " j->>'gold_body' FROM tmp; DROP TABLE tmp", zTable);
    support_exec(db, zSql);
    sqlite3_free(zSql);
  }
  support_free_list(az, n);
}

static double table_mb(sqlite3 *db, const char *zTable){
  char *zSql = sqlite3_mprintf("SELECT sum(length(CAST(raw AS BLOB))) FROM %s", zTable);
  double mb = support_int(db, zSql)/1e6;
  sqlite3_free(zSql);
  return mb;
}

static double article_mbs(sqlite3 *db, const char *zTable, double *pMb){
  char *zSql = sqlite3_mprintf(
    "SELECT sum(length(a.body)) FROM %s p, article(p.raw) a", zTable);
  double t = best_time(db, zSql);
  sqlite3_free(zSql);
  *pMb = table_mb(db, zTable);
  return *pMb/t;
}

/* Body F1 of (gold, prediction) pairs returned by zSql. */
static double body_f1_of(sqlite3 *db, const char *zSql){
  sqlite3_stmt *p;
  BodyScore s;
  ShingleSet g = {0, 0, 0, 0}, q = {0, 0, 0, 0};
  double pp, pr;
  memset(&s, 0, sizeof(s));
  if( sqlite3_prepare_v2(db, zSql, -1, &p, 0) ){
    fprintf(stderr, "bench_article: %s\n", sqlite3_errmsg(db));
    exit(1);
  }
  while( sqlite3_step(p)==SQLITE_ROW ){
    body_page(&s, (const char*)sqlite3_column_text(p, 0),
              (const char*)sqlite3_column_text(p, 1), &g, &q, &pp, &pr);
  }
  sqlite3_finalize(p);
  free(g.a);
  free(q.a);
  return body_f1(&s, &pp, &pr);
}

static const char *zNodeScript =
  "// written by tests/bench_article.c: time JSDOM + Readability per page\n"
  "const {JSDOM, VirtualConsole} = require('jsdom');\n"
  "const {Readability} = require('@mozilla/readability');\n"
  "const fs = require('fs');\n"
  "const dir = process.argv[2], out = fs.openSync(process.argv[3], 'w');\n"
  "const vc = new VirtualConsole();\n"
  "let bytes = 0, secs = 0;\n"
  "for (const f of fs.readdirSync(dir).filter(x => x.endsWith('.html')).sort()) {\n"
  "  const html = fs.readFileSync(dir + '/' + f, 'utf8');\n"
  "  bytes += Buffer.byteLength(html);\n"
  "  const t0 = process.hrtime.bigint();\n"
  "  let text = '';\n"
  "  try {\n"
  "    const dom = new JSDOM(html, {virtualConsole: vc});\n"
  "    const a = new Readability(dom.window.document).parse();\n"
  "    text = a && a.textContent ? a.textContent : '';\n"
  "    dom.window.close();\n"
  "  } catch (e) { text = ''; }\n"
  "  secs += Number(process.hrtime.bigint() - t0) / 1e9;\n"
  "  fs.writeSync(out, JSON.stringify({file: f, text: text}) + '\\n');\n"
  "}\n"
  "console.log(bytes + ' ' + secs);\n";

static int run(const char *zCmd){
  int rc = system(zCmd);
  return rc==0;
}

/* Readability over the pages of table aeb; returns MB/s or 0 (skipped). */
static double readability(sqlite3 *db, const char *zBuild, double *pF1){
  char *zDir, *zCmd, *zOut;
  sqlite3_stmt *p;
  FILE *f;
  double nBytes = 0, nSec = 0;
  int i = 0, ok;
  if( !run("command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1") ){
    printf("  Readability: skipped (node or npm not installed)\n");
    return 0;
  }
  zDir = sqlite3_mprintf("%s/peers", zBuild);
  zOut = sqlite3_mprintf("%s/readability_out.jsonl", zDir);
  zCmd = sqlite3_mprintf(
    "mkdir -p %s/pages && cd %s && ( [ -d node_modules/jsdom ] && [ -d node_modules/@mozilla/readability ]"
    " || npm install --no-audit --no-fund --silent --prefix . @mozilla/readability@0.6.0 jsdom@24"
    " >npm.log 2>&1 )", zDir, zDir);
  ok = run(zCmd);
  sqlite3_free(zCmd);
  if( !ok ){
    printf("  Readability: skipped (npm install failed, see %s/npm.log)\n", zDir);
    goto skip;
  }
  /* the same pages, as files */
  sqlite3_prepare_v2(db, "SELECT raw FROM aeb ORDER BY id", -1, &p, 0);
  while( sqlite3_step(p)==SQLITE_ROW ){
    char *zPath = sqlite3_mprintf("%s/pages/%04d.html", zDir, i++);
    f = fopen(zPath, "wb");
    sqlite3_free(zPath);
    if( f==0 ) break;
    fwrite(sqlite3_column_text(p, 0), 1, sqlite3_column_bytes(p, 0), f);
    fclose(f);
  }
  sqlite3_finalize(p);
  zCmd = sqlite3_mprintf("%s/readability_bench.js", zDir);
  f = fopen(zCmd, "w");
  sqlite3_free(zCmd);
  if( f==0 ) goto skip;
  fputs(zNodeScript, f);
  fclose(f);
  zCmd = sqlite3_mprintf("node %s/readability_bench.js %s/pages %s", zDir, zDir, zOut);
  f = popen(zCmd, "r");
  sqlite3_free(zCmd);
  ok = f!=0 && fscanf(f, "%lf %lf", &nBytes, &nSec)==2;
  if( f ) pclose(f);
  if( !ok || nSec<=0 ){
    printf("  Readability: skipped (the node script failed)\n");
    goto skip;
  }
  /* score its text with the same metric, pages in the same order */
  support_load_jsonl(db, zOut, "rout");
  *pF1 = body_f1_of(db,
    "SELECT a.gold, r.j->>'text' FROM"
    " (SELECT row_number() OVER (ORDER BY id) AS k, gold FROM aeb) a,"
    " (SELECT row_number() OVER (ORDER BY j->>'file') AS k, j FROM rout) r"
    " WHERE a.k=r.k");
  sqlite3_free(zDir);
  sqlite3_free(zOut);
  return nBytes/1e6/nSec;
skip:
  sqlite3_free(zDir);
  sqlite3_free(zOut);
  return 0;
}

int main(int argc, char **argv){
  const char *zCorpus = support_corpus_dir(argc, argv);
  const char *zBuild = getenv("BUILD") ? getenv("BUILD") : "build";
  sqlite3 *db = support_open();
  double mbAeb, mbHd, mbTd, sAeb, sHd, sTd, f1Ours, f1Peer = 0, sPeer;
  int bPeer = 1, i;
  for(i=1; i<argc; i++){
    if( strcmp(argv[i], "--no-peer")==0 ) bPeer = 0;
  }
  load(db, zCorpus, "articles/aeb_*.jsonl.gz", "aeb");
  load(db, zCorpus, "articles/htmldate_*.jsonl.gz", "hd");
  load(db, zCorpus, "articles/textdump_*.jsonl.gz", "td");
  if( support_int(db, "SELECT count(*) FROM aeb")==0 ){
    fprintf(stderr, "bench_article: no articles/aeb_*.jsonl.gz under %s\n", zCorpus);
    return 1;
  }
  sAeb = article_mbs(db, "aeb", &mbAeb);
  sHd = article_mbs(db, "hd", &mbHd);
  sTd = article_mbs(db, "td", &mbTd);
  f1Ours = body_f1_of(db, "SELECT p.gold, a.body FROM aeb p, article(p.raw) a");
  printf("article(): best of %d, through SQL (SELECT ... FROM pages p, article(p.raw))\n", REPEAT);
  printf("  %-40s %6.1f MB %8.1f MB/s  body F1 %.3f\n", "HTML, aeb pages (with gold body)",
         mbAeb, sAeb, f1Ours);
  printf("  %-40s %6.1f MB %8.1f MB/s\n", "HTML, htmldate pages", mbHd, sHd);
  printf("  %-40s %6.1f MB %8.1f MB/s\n", "text dumps", mbTd, sTd);
  if( bPeer ){
    sPeer = readability(db, zBuild, &f1Peer);
    if( sPeer>0 ){
      printf("  %-40s %6.1f MB %8.2f MB/s  body F1 %.3f\n",
             "Readability 0.6.0 + jsdom 24, aeb pages", mbAeb, sPeer, f1Peer);
      printf("  ratio article()/Readability: %.0fx faster (target >= 20x) at body F1"
             " %.3f vs %.3f\n", sAeb/sPeer, f1Ours, f1Peer);
    }
  }else{
    printf("  Readability: skipped (--no-peer)\n");
  }
  sqlite3_close(db);
  return 0;
}
