/*
** sql_tokens.c - tokens() and news_version() through SQL, on an in-process
** connection: real outputs, the offset convention, bad input.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "support.h"

static int setup(void **state){ *state = support_open(); return 0; }
static int teardown(void **state){ sqlite3_close(*state); return 0; }

static void test_version(void **state){
  assert_query_prefix(*state, "SELECT news_version()", "sqlite-news 0.1.0 (utf8proc ");
}

static void test_tokens_example(void **state){
  assert_query(*state,
    "SELECT token, folded, kind, position, start, \"end\" FROM tokens("
    "'Iraq’s PM said the U.S.-led coalition ... 2,500 troops')",
    "Iraq’s|iraq's|word|0|0|6\n"
    "PM|pm|word|1|7|9\n"
    "said|said|word|2|10|14\n"
    "the|the|word|3|15|18\n"
    "U.S.-led|u.s.-led|word|4|19|27\n"
    "coalition|coalition|word|5|28|37\n"
    "...|...|punct|6|38|41\n"
    "2,500|2,500|number|7|42|47\n"
    "troops|troops|word|8|48|54");
}

/* substr(text, start+1, end-start) = token for every token, including
** multi-byte and invalid input. */
static void test_offsets_convention(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE TABLE t(x);"
    "INSERT INTO t VALUES('“Shia’ al-Sudani”, São Paulo — 北京 😀 e.g. 3.5%'),"
    " ('Москва, Αθήνα; بغداد'), (CAST(x'61FF62C3A9A9204142' AS TEXT)),"
    " ('tab\tand\nnewline  spaces'), ('');");
  assert_query(db,
    "SELECT count(*), sum(substr(t.x, k.start+1, k.\"end\"-k.start) = k.token)"
    " FROM t, tokens(t.x) k", "28|28");
}

static void test_tokens_join_and_aggregate(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);"
    "INSERT INTO docs(body) VALUES ('The militia left.'), ('Militias, militia!');");
  assert_query(db,
    "SELECT k.folded, count(*) FROM docs d, tokens(d.body) k"
    " WHERE k.kind='word' GROUP BY 1 ORDER BY 2 DESC, 1",
    "militia|2\nleft|1\nmilitias|1\nthe|1");
  /* the hidden column shows the argument */
  assert_query(db, "SELECT DISTINCT text FROM tokens('a b')", "a b");
}

static void test_tokens_null_and_empty(void **state){
  assert_query(*state, "SELECT count(*) FROM tokens(NULL)", "0");
  assert_query(*state, "SELECT count(*) FROM tokens('')", "0");
  assert_query(*state, "SELECT count(*) FROM tokens('   ')", "0");
}

static void test_tokens_bad_arguments(void **state){
  assert_query(*state, "SELECT * FROM tokens(42)",
    "error: tokens(): argument 1 (text) must be text, not integer");
  assert_query(*state, "SELECT * FROM tokens(4.5)",
    "error: tokens(): argument 1 (text) must be text, not real");
  assert_query(*state, "SELECT * FROM tokens()",
    "error: tokens(): missing argument 1 (text)");
  assert_query(*state, "SELECT * FROM tokens",
    "error: tokens(): missing argument 1 (text)");
  assert_query(*state, "SELECT * FROM tokens('a', 'b', 'c', 'd', 'e')",
    "error: too many arguments on tokens() - max 2");
  assert_query(*state, "SELECT news_version(1)",
    "error: wrong number of arguments to function news_version()");
}

static void test_tokens_blob(void **state){
  /* a blob is read as UTF-8 bytes; invalid bytes are symbols */
  assert_query(*state, "SELECT token, kind FROM tokens(x'48692C20C3A9FF')",
    "Hi|word\n,|punct\né|word\n\xFF|symbol");
  assert_query(*state, "SELECT hex(folded) FROM tokens(x'FF')", "EFBFBD");
}

static void test_tokens_large_input(void **state){
  sqlite3 *db = *state;
  sqlite3_stmt *p;
  /* 27 bytes, 23 characters, 4 tokens; 400,000 times = 10.8 MB */
  char *z = support_repeat("Militia’s 2,500 troops—", 27*400000);
  assert_int_equal(sqlite3_prepare_v2(db,
    "SELECT count(*), max(\"end\"), sum(kind='number'), sum(kind='punct')"
    " FROM tokens(?)", -1, &p, 0), SQLITE_OK);
  sqlite3_bind_text(p, 1, z, -1, free);
  assert_int_equal(sqlite3_step(p), SQLITE_ROW);
  assert_int_equal(sqlite3_column_int64(p, 0), 4*400000);
  assert_int_equal(sqlite3_column_int64(p, 1), 23*400000);
  assert_int_equal(sqlite3_column_int64(p, 2), 400000);
  assert_int_equal(sqlite3_column_int64(p, 3), 400000);
  sqlite3_finalize(p);
}

static void test_tokens_million_punct(void **state){
  sqlite3 *db = *state;
  sqlite3_stmt *p;
  char *z = support_repeat("!?", 1000000);
  assert_int_equal(sqlite3_prepare_v2(db,
    "SELECT count(*), max(\"end\") FROM tokens(?)", -1, &p, 0), SQLITE_OK);
  sqlite3_bind_text(p, 1, z, -1, free);
  assert_int_equal(sqlite3_step(p), SQLITE_ROW);
  assert_int_equal(sqlite3_column_int64(p, 0), 1000000);
  assert_int_equal(sqlite3_column_int64(p, 1), 1000000);
  sqlite3_finalize(p);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_version),
    cmocka_unit_test(test_tokens_example),
    cmocka_unit_test(test_offsets_convention),
    cmocka_unit_test(test_tokens_join_and_aggregate),
    cmocka_unit_test(test_tokens_null_and_empty),
    cmocka_unit_test(test_tokens_bad_arguments),
    cmocka_unit_test(test_tokens_blob),
    cmocka_unit_test(test_tokens_large_input),
    cmocka_unit_test(test_tokens_million_punct),
  };
  return cmocka_run_group_tests_name("tokens() via SQL", tests, setup, teardown);
}
