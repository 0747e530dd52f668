/*
** eval_article.c - accuracy of article() on the articles corpus and the
** seed page.
**
**   build/tests/eval_article --corpus ../shared/corpus [--errors N]
**                            [--only SUBSTRING-OF-FILE-NAME]
**
** Files (discovered by pattern): articles/aeb_*.jsonl.gz and
** articles/htmldate_*.jsonl.gz (HTML pages), articles/textdump_*.jsonl.gz
** (the visible text of the same pages), seed/ *.expected.json with the
** .txt of the same name.
**
** Body: the metric of the article-extraction benchmark, exactly as
** ../shared/eval/score_articles.py computes it (article_metric.h).  Pages
** that get an empty body are counted.  Date: share of pages with gold_date whose
** published value starts with it.  Seed: title, source, published, section
** and body exactly as the expected file says.
**
** Results go to stdout and to tests/results/eval_article.json.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"
#include "article_metric.h"

typedef struct PageErr PageErr;
struct PageErr { double f1, p, r; char *zId; };

typedef struct DateScore DateScore;
struct DateScore {
  int nPage, nCorrect, nReturned, nReturnedOk;
  int nNoDate, nNoDateNull;   /* gold null and no body gold */
};

/*************************************************************************
** Driver
*/

typedef struct Totals Totals;
struct Totals {
  BodyScore body;
  DateScore date;
  double nBytes, tParse;
};

static int nErrors = 0;
static const char *zOnly = 0;         /* --only SUBSTRING of file names */
static FILE *pJson = 0;
static int bFirstJson = 1;

static int cmp_err(const void *a, const void *b){
  const PageErr *x = a, *y = b;
  return x->f1<y->f1 ? -1 : x->f1>y->f1;
}

static void json_metrics(const char *zName, const char *zFormat,
                         const BodyScore *b, const DateScore *d){
  double p, r, f1;
  if( pJson==0 ) return;
  f1 = body_f1(b, &p, &r);
  fprintf(pJson, "%s\n  {\"file\": \"%s\", \"format\": \"%s\"", bFirstJson ? "" : ",",
          zName, zFormat);
  bFirstJson = 0;
  if( b->nPage ){
    fprintf(pJson, ", \"body\": {\"pages\": %d, \"precision\": %.4f, \"recall\": %.4f,"
            " \"f1\": %.4f, \"empty\": %d, \"exact\": %d}", b->nPage, p, r, f1,
            b->nEmpty, b->nExact);
  }
  if( d->nPage ){
    fprintf(pJson, ", \"date\": {\"pages\": %d, \"correct\": %d, \"accuracy\": %.4f,"
            " \"returned\": %d, \"accuracy_when_returned\": %.4f}", d->nPage,
            d->nCorrect, (double)d->nCorrect/d->nPage, d->nReturned,
            d->nReturned ? (double)d->nReturnedOk/d->nReturned : 0.0);
  }
  fprintf(pJson, "}");
}

static void print_row(const char *zName, const BodyScore *b, const DateScore *d,
                      double mb, double t){
  char zBody[128], zDate[128];
  double p, r, f1;
  if( b->nPage ){
    f1 = body_f1(b, &p, &r);
    snprintf(zBody, sizeof(zBody), "%5d %6.3f %6.3f %6.3f %5d %5d",
             b->nPage, p, r, f1, b->nEmpty, b->nExact);
  }else{
    snprintf(zBody, sizeof(zBody), "%5s %6s %6s %6s %5s %5s", "-", "-", "-", "-", "-", "-");
  }
  if( d->nPage ){
    snprintf(zDate, sizeof(zDate), "%5d %6.3f %5d %6.3f", d->nPage,
             (double)d->nCorrect/d->nPage, d->nReturned,
             d->nReturned ? (double)d->nReturnedOk/d->nReturned : 0.0);
  }else{
    snprintf(zDate, sizeof(zDate), "%5s %6s %5s %6s", "-", "-", "-", "-");
  }
  printf("  %-26s %s | %s | %6.1f MB/s\n", zName, zBody, zDate, t>0 ? mb/t : 0);
}

static void eval_file(sqlite3 *db, const char *zPath, const char *zFormat,
                      Totals *pTot){
  const char *zName = strrchr(zPath, '/') ? strrchr(zPath, '/')+1 : zPath;
  sqlite3_stmt *pStmt;
  BodyScore b;
  DateScore d;
  ShingleSet g = {0, 0, 0, 0}, q = {0, 0, 0, 0};
  PageErr *aErr = 0;
  int nErr = 0, nErrAlloc = 0, rc;
  double mb = 0, t = 0;
  memset(&b, 0, sizeof(b));
  memset(&d, 0, sizeof(d));
  if( support_load_jsonl(db, zPath, "raw")<0 ){
    fprintf(stderr, "eval_article: cannot read %s\n", zPath);
    exit(1);
  }
  rc = sqlite3_prepare_v2(db,
    "SELECT j->>'id', j->>'gold_body', j->>'gold_date',"
    " coalesce(j->>'html', j->>'text', '') FROM raw", -1, &pStmt, 0);
  if( rc ){ fprintf(stderr, "%s\n", sqlite3_errmsg(db)); exit(1); }
  while( sqlite3_step(pStmt)==SQLITE_ROW ){
    const char *zId = (const char*)sqlite3_column_text(pStmt, 0);
    const char *zGold = (const char*)sqlite3_column_text(pStmt, 1);
    const char *zGoldDate = (const char*)sqlite3_column_text(pStmt, 2);
    const char *zRaw = (const char*)sqlite3_column_text(pStmt, 3);
    int nRaw = sqlite3_column_bytes(pStmt, 3);
    sqlite3_stmt *pArt;
    const char *zBody, *zPub;
    double t0;
    sqlite3_prepare_v2(db, "SELECT body, published FROM article(?1)", -1, &pArt, 0);
    sqlite3_bind_text(pArt, 1, zRaw, nRaw, SQLITE_STATIC);
    t0 = support_now();
    if( sqlite3_step(pArt)!=SQLITE_ROW ){
      fprintf(stderr, "eval_article: %s: %s\n", zId, sqlite3_errmsg(db));
      exit(1);
    }
    t += support_now()-t0;
    mb += nRaw/1e6;
    zBody = (const char*)sqlite3_column_text(pArt, 0);
    zPub = (const char*)sqlite3_column_text(pArt, 1);
    if( zGold ){
      double pp, pr;
      double f1 = body_page(&b, zGold, zBody, &g, &q, &pp, &pr);
      if( nErrors ){
        if( nErr>=nErrAlloc ){
          nErrAlloc = nErrAlloc ? 2*nErrAlloc : 64;
          aErr = realloc(aErr, nErrAlloc*sizeof(aErr[0]));
        }
        aErr[nErr].f1 = f1; aErr[nErr].p = pp; aErr[nErr].r = pr;
        aErr[nErr++].zId = strdup(zId);
      }
    }
    if( zGoldDate ){
      d.nPage++;
      if( zPub && strncmp(zPub, zGoldDate, 10)==0 ) d.nCorrect++;
      if( zPub && zPub[0] ){
        d.nReturned++;
        if( strncmp(zPub, zGoldDate, 10)==0 ) d.nReturnedOk++;
      }else if( nErrors>0 ){
        /* listed below */
      }
      if( nErrors && !(zPub && strncmp(zPub, zGoldDate, 10)==0) ){
        printf("    date miss  gold %s got %-26s %s\n", zGoldDate,
               zPub ? zPub : "NULL", zId);
      }
    }else if( !zGold ){
      d.nNoDate++;
      if( !zPub ) d.nNoDateNull++;
    }
    sqlite3_finalize(pArt);
  }
  sqlite3_finalize(pStmt);
  support_exec(db, "DROP TABLE raw");
  print_row(zName, &b, &d, mb, t);
  if( d.nNoDate ){
    printf("  %-26s %d pages without a date: NULL returned on %d\n", "",
           d.nNoDate, d.nNoDateNull);
  }
  json_metrics(zName, zFormat, &b, &d);
  if( nErrors && nErr ){
    int i;
    qsort(aErr, nErr, sizeof(aErr[0]), cmp_err);
    for(i=0; i<nErr && i<nErrors; i++){
      printf("    body F1 %.3f P %6.3f R %6.3f  %s\n", aErr[i].f1, aErr[i].p,
             aErr[i].r, aErr[i].zId);
    }
  }
  for(rc=0; rc<nErr; rc++) free(aErr[rc].zId);
  free(aErr);
  free(g.a);
  free(q.a);
  /* totals */
  pTot->body.nPage += b.nPage; pTot->body.sumP += b.sumP; pTot->body.nP += b.nP;
  pTot->body.sumR += b.sumR; pTot->body.nR += b.nR;
  pTot->body.nEmpty += b.nEmpty; pTot->body.nExact += b.nExact;
  pTot->body.tp += b.tp; pTot->body.fp += b.fp; pTot->body.fn += b.fn;
  pTot->date.nPage += d.nPage; pTot->date.nCorrect += d.nCorrect;
  pTot->date.nReturned += d.nReturned; pTot->date.nReturnedOk += d.nReturnedOk;
  pTot->nBytes += mb; pTot->tParse += t;
}

/*************************************************************************
** The seed page
*/

static char *read_file(const char *zPath, int *pn){
  FILE *f = fopen(zPath, "rb");
  char *z;
  long n;
  if( f==0 ) return 0;
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  rewind(f);
  z = malloc(n+1);
  if( fread(z, 1, n, f)!=(size_t)n ){ fclose(f); free(z); return 0; }
  z[n] = 0;
  fclose(f);
  *pn = (int)n;
  return z;
}

/* The corpus text is not printed (results files may be kept in the
** project): a match shows its length only. */
static int check_field(const char *zField, const char *zGot, const char *zWant){
  int ok = (zGot==0 && zWant==0) || (zGot && zWant && strcmp(zGot, zWant)==0);
  if( ok ){
    printf("    %-10s ok    (%d characters)\n", zField,
           zWant ? (int)news_utf8_count(zWant, strlen(zWant)) : 0);
  }else{
    printf("    %-10s FAIL  got %s, want %s\n", zField, zGot ? zGot : "NULL",
           zWant ? zWant : "NULL");
  }
  return ok;
}

static int eval_seed(sqlite3 *db, const char *zExpected){
  char zTxt[4096];
  char *zJson, *zPage;
  int nJson, nPage, nOk = 0, nField = 0;
  sqlite3_stmt *p;
  snprintf(zTxt, sizeof(zTxt), "%.*s.txt", (int)(strlen(zExpected)-14), zExpected);
  zJson = read_file(zExpected, &nJson);
  zPage = read_file(zTxt, &nPage);
  if( zJson==0 || zPage==0 ){
    fprintf(stderr, "eval_article: cannot read %s or %s\n", zExpected, zTxt);
    exit(1);
  }
  sqlite3_prepare_v2(db,
    "SELECT a.title, e->>'title', a.source, e->>'source', a.published,"
    " e->>'published', a.section, e->>'section', a.body,"
    " substr(?1, (e->'body'->>'char_start')+1,"
    "        (e->'body'->>'char_end')-(e->'body'->>'char_start'))"
    " FROM article(?1) a, (SELECT ?2 AS e)", -1, &p, 0);
  sqlite3_bind_text(p, 1, zPage, nPage, SQLITE_STATIC);
  sqlite3_bind_text(p, 2, zJson, nJson, SQLITE_STATIC);
  printf("  seed %s\n", strrchr(zTxt, '/') ? strrchr(zTxt, '/')+1 : zTxt);
  if( sqlite3_step(p)==SQLITE_ROW ){
    static const char *azField[] = {"title", "source", "published", "section", "body"};
    int i;
    for(i=0; i<5; i++){
      const char *zGot = (const char*)sqlite3_column_text(p, 2*i);
      const char *zWant = (const char*)sqlite3_column_text(p, 2*i+1);
      nField++;
      if( i==4 ){
        int ok = zGot && zWant && strcmp(zGot, zWant)==0;
        printf("    %-10s %s  %d of %d characters%s\n", "body", ok ? "ok  " : "FAIL",
               zGot ? (int)news_utf8_count(zGot, strlen(zGot)) : 0,
               zWant ? (int)news_utf8_count(zWant, strlen(zWant)) : 0,
               ok ? ", identical to the expected span" : "");
        nOk += ok;
      }else{
        nOk += check_field(azField[i], zGot, zWant);
      }
    }
  }
  sqlite3_finalize(p);
  free(zJson);
  free(zPage);
  if( pJson ){
    fprintf(pJson, ",\n  {\"seed\": \"%s\", \"fields\": %d, \"correct\": %d}",
            strrchr(zTxt, '/') ? strrchr(zTxt, '/')+1 : zTxt, nField, nOk);
  }
  return nOk==nField;
}

int main(int argc, char **argv){
  const char *zCorpus = support_corpus_dir(argc, argv);
  static const struct { const char *zPattern, *zFormat; } aSet[] = {
    {"articles/aeb_*.jsonl.gz", "html"},
    {"articles/htmldate_*.jsonl.gz", "html"},
    {"articles/textdump_*.jsonl.gz", "text"},
  };
  sqlite3 *db = support_open();
  Totals aTot[2];
  char **az;
  int i, k, n, nSeedOk = 0, nSeed = 0;
  for(i=1; i<argc-1; i++){
    if( strcmp(argv[i], "--errors")==0 ) nErrors = atoi(argv[i+1]);
    if( strcmp(argv[i], "--only")==0 ) zOnly = argv[i+1];
  }
  memset(aTot, 0, sizeof(aTot));
  pJson = fopen("tests/results/eval_article.json", "w");
  if( pJson ) fprintf(pJson, "[");
  printf("article(): corpus %s\n", zCorpus);
  printf("  %-26s %5s %6s %6s %6s %5s %5s | %5s %6s %5s %6s | speed\n",
         "file", "body", "P", "R", "F1", "empty", "exact",
         "date", "acc", "found", "acc|f");
  for(k=0; k<3; k++){
    az = support_glob(zCorpus, aSet[k].zPattern, &n);
    for(i=0; i<n; i++){
      if( zOnly && strstr(az[i], zOnly)==0 ) continue;
      eval_file(db, az[i], aSet[k].zFormat, &aTot[k==2]);
    }
    support_free_list(az, n);
  }
  print_row("all HTML", &aTot[0].body, &aTot[0].date, aTot[0].nBytes, aTot[0].tParse);
  print_row("all text dumps", &aTot[1].body, &aTot[1].date, aTot[1].nBytes, aTot[1].tParse);
  json_metrics("all", "html", &aTot[0].body, &aTot[0].date);
  json_metrics("all", "text", &aTot[1].body, &aTot[1].date);
  {
    double p, r, f1h, f1t;
    f1h = body_f1(&aTot[0].body, &p, &r);
    f1t = body_f1(&aTot[1].body, &p, &r);
    printf("  targets: HTML body F1 %.3f (>= 0.95), text body F1 %.3f (>= 0.90),"
           " HTML date %.3f (>= 0.92), text date %.3f (>= 0.85)\n", f1h, f1t,
           aTot[0].date.nPage ? (double)aTot[0].date.nCorrect/aTot[0].date.nPage : 0,
           aTot[1].date.nPage ? (double)aTot[1].date.nCorrect/aTot[1].date.nPage : 0);
  }
  az = support_glob(zCorpus, "seed/*.expected.json", &n);
  for(i=0; i<n; i++){
    nSeed++;
    nSeedOk += eval_seed(db, az[i]);
  }
  support_free_list(az, n);
  printf("  seed pages parsed exactly as expected: %d of %d\n", nSeedOk, nSeed);
  if( pJson ){ fprintf(pJson, "\n]\n"); fclose(pJson); }
  sqlite3_close(db);
  return 0;
}
