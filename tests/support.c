/*
** support.c - see support.h.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <glob.h>
#include <zlib.h>
#include <cmocka.h>
#include "support.h"
#include "news.h"

sqlite3 *support_open(void){
  sqlite3 *db = 0;
  char *zErr = 0;
  if( sqlite3_open(":memory:", &db)!=SQLITE_OK ){
    fprintf(stderr, "cannot open database\n");
    exit(1);
  }
  if( sqlite3_news_init(db, &zErr, 0)!=SQLITE_OK ){
    fprintf(stderr, "sqlite3_news_init: %s\n", zErr ? zErr : "?");
    exit(1);
  }
  return db;
}

char *support_query(sqlite3 *db, const char *zSql){
  sqlite3_str *pOut = sqlite3_str_new(db);
  const char *zTail = zSql;
  int nRow = 0;
  while( zTail && *zTail ){
    sqlite3_stmt *pStmt = 0;
    int rc = sqlite3_prepare_v2(db, zTail, -1, &pStmt, &zTail);
    if( rc!=SQLITE_OK ){
      sqlite3_str_reset(pOut);
      sqlite3_str_appendf(pOut, "error: %s", sqlite3_errmsg(db));
      return sqlite3_str_finish(pOut);
    }
    if( pStmt==0 ) continue;
    while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
      int i;
      if( nRow++ ) sqlite3_str_appendchar(pOut, 1, '\n');
      for(i=0; i<sqlite3_column_count(pStmt); i++){
        if( i ) sqlite3_str_appendchar(pOut, 1, '|');
        if( sqlite3_column_type(pStmt, i)==SQLITE_NULL ){
          sqlite3_str_appendall(pOut, "NULL");
        }else{
          const char *z = (const char*)sqlite3_column_text(pStmt, i);
          sqlite3_str_append(pOut, z, sqlite3_column_bytes(pStmt, i));
        }
      }
    }
    if( rc!=SQLITE_DONE ){
      sqlite3_str_reset(pOut);
      sqlite3_str_appendf(pOut, "error: %s", sqlite3_errmsg(db));
      sqlite3_finalize(pStmt);
      return sqlite3_str_finish(pOut);
    }
    sqlite3_finalize(pStmt);
  }
  {
    char *z = sqlite3_str_finish(pOut);
    return z ? z : sqlite3_mprintf("");
  }
}

void support_exec(sqlite3 *db, const char *zSql){
  char *zErr = 0;
  if( sqlite3_exec(db, zSql, 0, 0, &zErr)!=SQLITE_OK ){
    print_error("SQL failed: %s\n  %s\n", zErr, zSql);
    sqlite3_free(zErr);
    fail();
  }
}

char *support_repeat(const char *zUnit, size_t n){
  size_t k = strlen(zUnit), i;
  char *z = malloc(n+1);
  if( z==0 ) abort();
  for(i=0; i<n; i++) z[i] = zUnit[i%k];
  z[n] = 0;
  return z;
}

double support_now(void){
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec*1e-9;
}

double support_best_time(sqlite3 *db, const char *zSql, int nRepeat,
                         const char *zWho){
  double best = 1e9;
  int i;
  for(i=0; i<nRepeat; i++){
    double t0 = support_now();
    char *zErr = 0;
    if( sqlite3_exec(db, zSql, 0, 0, &zErr)!=SQLITE_OK ){
      fprintf(stderr, "%s: %s\n  %s\n", zWho, zErr, zSql);
      exit(1);
    }
    t0 = support_now() - t0;
    if( t0<best ) best = t0;
  }
  return best;
}

const char *support_corpus_dir(int argc, char **argv){
  int i;
  for(i=1; i<argc-1; i++){
    if( strcmp(argv[i], "--corpus")==0 ) return argv[i+1];
  }
  return "../shared/corpus";
}

char **support_glob(const char *zDir, const char *zPattern, int *pn){
  char zPath[4096];
  glob_t g;
  char **az;
  size_t i;
  snprintf(zPath, sizeof(zPath), "%s/%s", zDir, zPattern);
  *pn = 0;
  if( glob(zPath, 0, 0, &g)!=0 ) return 0;
  az = calloc(g.gl_pathc+1, sizeof(char*));
  for(i=0; i<g.gl_pathc; i++) az[i] = strdup(g.gl_pathv[i]);
  *pn = (int)g.gl_pathc;
  globfree(&g);
  return az;
}

void support_free_list(char **az, int n){
  int i;
  for(i=0; i<n; i++) free(az[i]);
  free(az);
}

int support_load_jsonl(sqlite3 *db, const char *zPath, const char *zTable){
  gzFile f = gzopen(zPath, "rb");     /* reads plain files too */
  sqlite3_stmt *pIns = 0;
  char *zSql;
  size_t nAlloc = 1<<20, n = 0;
  char *zLine;
  int nRow = 0;
  if( f==0 ) return -1;
  zSql = sqlite3_mprintf("DROP TABLE IF EXISTS \"%w\";"
                         "CREATE TABLE \"%w\"(j TEXT)", zTable, zTable);
  sqlite3_exec(db, zSql, 0, 0, 0);
  sqlite3_free(zSql);
  zSql = sqlite3_mprintf("INSERT INTO \"%w\" VALUES(?)", zTable);
  sqlite3_prepare_v2(db, zSql, -1, &pIns, 0);
  sqlite3_free(zSql);
  sqlite3_exec(db, "BEGIN", 0, 0, 0);
  zLine = malloc(nAlloc);
  for(;;){
    /* gzgets() stops at a newline or when the buffer is full; long lines
    ** arrive in several pieces. */
    if( nAlloc-n<2 ){ nAlloc *= 2; zLine = realloc(zLine, nAlloc); }
    if( gzgets(f, zLine+n, (int)(nAlloc-n))==0 ) break;
    n += strlen(zLine+n);
    if( n==0 || zLine[n-1]!='\n' ) continue;
    while( n>0 && (zLine[n-1]=='\n' || zLine[n-1]=='\r') ) n--;
    if( n>0 ){
      sqlite3_bind_text(pIns, 1, zLine, (int)n, SQLITE_TRANSIENT);
      sqlite3_step(pIns);
      sqlite3_reset(pIns);
      nRow++;
    }
    n = 0;
  }
  if( n>0 ){
    sqlite3_bind_text(pIns, 1, zLine, (int)n, SQLITE_TRANSIENT);
    sqlite3_step(pIns);
    sqlite3_reset(pIns);
    nRow++;
  }
  sqlite3_exec(db, "COMMIT", 0, 0, 0);
  free(zLine);
  sqlite3_finalize(pIns);
  gzclose(f);
  return nRow;
}

int support_load_corpus(sqlite3 *db, const char *zProgram, const char *zCorpus,
                        const char *zPattern, const char *zSql){
  int nFile, i;
  char **azFile = support_glob(zCorpus, zPattern, &nFile);
  if( nFile==0 ){
    fprintf(stderr, "%s: no %s under %s\n", zProgram, zPattern, zCorpus);
    return 0;
  }
  for(i=0; i<nFile; i++){
    support_load_jsonl(db, azFile[i], "raw");
    support_exec(db, zSql);
    support_exec(db, "DROP TABLE raw");
  }
  support_free_list(azFile, nFile);
  return nFile;
}

sqlite3_int64 support_int(sqlite3 *db, const char *zSql){
  sqlite3_stmt *p = 0;
  sqlite3_int64 v = -1;
  if( sqlite3_prepare_v2(db, zSql, -1, &p, 0)==SQLITE_OK
   && sqlite3_step(p)==SQLITE_ROW ){
    v = sqlite3_column_int64(p, 0);
  }else{
    fprintf(stderr, "query failed: %s\n  %s\n", sqlite3_errmsg(db), zSql);
  }
  sqlite3_finalize(p);
  return v;
}

double support_double(sqlite3 *db, const char *zSql){
  sqlite3_stmt *p = 0;
  double v = -1;
  if( sqlite3_prepare_v2(db, zSql, -1, &p, 0)==SQLITE_OK
   && sqlite3_step(p)==SQLITE_ROW ){
    v = sqlite3_column_double(p, 0);
  }else{
    fprintf(stderr, "query failed: %s\n  %s\n", sqlite3_errmsg(db), zSql);
  }
  sqlite3_finalize(p);
  return v;
}
