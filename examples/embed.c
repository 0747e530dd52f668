/*
** embed.c - sqlite-news inside a C program, linked statically.
**
**   cc embed.c build/libnews.a -lstemmer -lutf8proc -lm -lsqlite3
**   (or, installed:  cc embed.c $(pkg-config --cflags --libs sqlite-news))
**
** sqlite3_auto_extension() makes every connection opened afterwards
** have the sqlite-news functions, with no load_extension() call.
*/
#include <stdio.h>
#include <sqlite3.h>
#include "news.h"

static int print_row(void *pArg, int nCol, char **azVal, char **azCol){
  int i;
  (void)pArg; (void)azCol;
  for(i=0; i<nCol; i++) printf("%s%s", i ? " | " : "", azVal[i] ? azVal[i] : "NULL");
  printf("\n");
  return 0;
}

int main(void){
  sqlite3 *db;
  char *zErr = 0;
  int rc;
  sqlite3_auto_extension((void(*)(void))sqlite3_news_init);
  if( sqlite3_open(":memory:", &db)!=SQLITE_OK ) return 1;
  rc = sqlite3_exec(db,
    "SELECT news_version();"
    "SELECT token, kind, start, \"end\" FROM tokens('The U.S.-led coalition has 2,500 troops.');",
    print_row, 0, &zErr);
  if( rc!=SQLITE_OK ){
    fprintf(stderr, "error: %s\n", zErr);
    sqlite3_free(zErr);
  }
  sqlite3_close(db);
  return rc!=SQLITE_OK;
}
