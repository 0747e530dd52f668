/*
** fuzz_entities.c - libFuzzer target for entity_mentions() and
** entity_candidates().
**
** The input is a dictionary and a text: the lines before the first empty
** line are aliases (each its own entity; at most 64), the rest is the text.
** Both functions run over the text (entity_mentions() also with
** 'ignore_diacritics'); every row must satisfy the offset convention,
** substr(text, start+1, end-start) = text column, with 0 <= start < end.
** An alias the dictionary rejects (empty, too long) is a clean error.
**
**   clang -fsanitize=fuzzer,address,undefined -Iext -Itests \
**     tests/fuzz_entities.c build-fuzz/libnews.a -lsqlite3 -lutf8proc -lstemmer -lm
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>
#include "news.h"

static sqlite3 *db = 0;
static sqlite3_stmt *pInsert = 0;

static void setup(void){
  if( db ) return;
  if( sqlite3_open(":memory:", &db)!=SQLITE_OK ) abort();
  if( sqlite3_news_init(db, 0, 0)!=SQLITE_OK ) abort();
  if( sqlite3_exec(db, "CREATE TABLE aliases(entity, alias, kind)", 0, 0, 0) ) abort();
  sqlite3_prepare_v2(db, "INSERT INTO aliases VALUES (?1, ?1, NULL)", -1, &pInsert, 0);
}

/* Run zSql (whose first column is text, then start, end) over the text in
** ?1 and check every row. */
static void check(const char *zSql, const char *z, int n){
  sqlite3_stmt *p = 0;
  int rc;
  if( sqlite3_prepare_v2(db, zSql, -1, &p, 0)!=SQLITE_OK ) abort();
  sqlite3_bind_text(p, 1, z, n, SQLITE_STATIC);
  while( (rc = sqlite3_step(p))==SQLITE_ROW ){
    if( sqlite3_column_int(p, 0)!=1 ) abort();       /* offsets identity */
  }
  /* a rejected dictionary is an error naming the function, never a crash */
  if( rc!=SQLITE_DONE
   && strncmp(sqlite3_errmsg(db), "entity_mentions(): ", 19)!=0 ) abort();
  sqlite3_finalize(p);
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  int n = (int)(nData>1000000 ? 1000000 : nData), i = 0, nAlias = 0;
  char *z = malloc(n+1);
  /* SQLite's substr() stops at a NUL, which the check relies on: none */
  for(i=0; i<n; i++) z[i] = aData[i] ? (char)aData[i] : ' ';
  z[n] = 0;
  i = 0;
  setup();
  sqlite3_exec(db, "DELETE FROM aliases", 0, 0, 0);
  /* aliases: lines up to the first empty one */
  while( i<n && nAlias<64 ){
    int j = i;
    while( j<n && z[j]!='\n' ) j++;
    if( j==i ){ i++; break; }
    sqlite3_bind_text(pInsert, 1, z+i, j-i, SQLITE_STATIC);
    sqlite3_step(pInsert);
    sqlite3_reset(pInsert);
    nAlias++;
    i = j+1;
  }
  if( i>n ) i = n;
  check("SELECT m.start>=0 AND m.start<m.\"end\""
        " AND substr(?1, m.start+1, m.\"end\"-m.start) = m.text"
        " FROM entity_mentions(?1, 'aliases') m", z+i, n-i);
  check("SELECT m.start>=0 AND m.start<m.\"end\""
        " AND substr(?1, m.start+1, m.\"end\"-m.start) = m.text"
        " FROM entity_mentions(?1, 'aliases', 'ignore_diacritics') m", z+i, n-i);
  check("SELECT c.start>=0 AND c.start<c.\"end\""
        " AND substr(?1, c.start+1, c.\"end\"-c.start) = c.text AND c.canonical IS NOT NULL"
        " FROM entity_candidates(?1) c", z+i, n-i);
  free(z);
  return 0;
}
