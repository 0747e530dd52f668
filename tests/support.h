/*
** support.h - helpers for the test, benchmark and evaluation programs.
**
** Tests open an in-process connection with sqlite-news registered
** statically (support_open) and compare whole query results as text
** (assert_query), in the sqlite3 shell's list format: columns separated
** by '|', rows by '\n', NULL as "NULL", an error as "error: <message>".
** Benchmarks and evaluations load JSON Lines corpora (.jsonl or .jsonl.gz)
** into a table and query them with SQLite's JSON functions.
*/
#ifndef NEWS_TEST_SUPPORT_H
#define NEWS_TEST_SUPPORT_H

#include <sqlite3.h>
#include <stddef.h>

sqlite3 *support_open(void);

/* The result of zSql (all statements), as described above; free with
** sqlite3_free(). */
char *support_query(sqlite3 *db, const char *zSql);

/* Run zSql and fail the test if it returns an error. */
void support_exec(sqlite3 *db, const char *zSql);

#define assert_query(db, zSql, zExpected) do{                   \
    char *zGot_ = support_query((db), (zSql));                   \
    assert_string_equal(zGot_, (zExpected));                     \
    sqlite3_free(zGot_);                                         \
  }while(0)

/* Only the first line of the result. */
#define assert_query_prefix(db, zSql, zPrefix) do{               \
    char *zGot_ = support_query((db), (zSql));                   \
    if( strncmp(zGot_, (zPrefix), strlen(zPrefix))!=0 ){         \
      print_error("%s\n  does not start with\n%s\n", zGot_, (zPrefix)); \
      sqlite3_free(zGot_); fail();                               \
    }                                                            \
    sqlite3_free(zGot_);                                         \
  }while(0)

/* A malloc'd buffer of n bytes filled by repeating zUnit (NUL-terminated). */
char *support_repeat(const char *zUnit, size_t n);

/* Seconds on a monotonic clock. */
double support_now(void);

/* The best (least) wall time of nRepeat runs of zSql, for benchmarks;
** exits with a message naming zWho if zSql fails. */
double support_best_time(sqlite3 *db, const char *zSql, int nRepeat,
                         const char *zWho);

/* --corpus DIR from argv, default ../shared/corpus. */
const char *support_corpus_dir(int argc, char **argv);

/* Paths matching DIR/PATTERN (glob), sorted; *pn receives the count.
** Free with support_free_list(). */
char **support_glob(const char *zDir, const char *zPattern, int *pn);
void support_free_list(char **az, int n);

/* Create table zTable(j TEXT) and insert each non-empty line of a JSON
** Lines file (gzip-compressed or not).  Returns the number of lines or -1. */
int support_load_jsonl(sqlite3 *db, const char *zPath, const char *zTable);

/* Load each JSON Lines file matching CORPUS/zPattern into table "raw" in
** turn and run zSql on it (e.g. "INSERT INTO corpus SELECT j->>'text'
** FROM raw").  Returns the number of files; with none, prints a message
** naming zProgram and returns 0. */
int support_load_corpus(sqlite3 *db, const char *zProgram, const char *zCorpus,
                        const char *zPattern, const char *zSql);

/* Integer or double result of a one-value query. */
sqlite3_int64 support_int(sqlite3 *db, const char *zSql);
double support_double(sqlite3 *db, const char *zSql);

#endif
