/*
** sql_dates.c - dates() and date_parse() through SQL on an in-process
** connection: columns, the offset convention, joins with a table of
** articles, NULL handling and errors that name the function.
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

static void test_dates_columns(void **state){
  assert_query(*state,
    "SELECT text, start, \"end\", value, granularity, kind, first_day, last_day,"
    " ambiguous, mod FROM dates('Talks resumed last week; the vote is on"
    " 11/12/2025, results by mid-December and a review in the third quarter.',"
    " '2025-11-05')",
    "last week|14|23|2025-W44|week|relative|2025-10-27|2025-11-02|0|NULL\n"
    "11/12/2025|40|50|2025-11-12|day|absolute|2025-11-12|2025-11-12|1|NULL\n"
    "mid-December|63|75|2025-12|month|partial|2025-12-11|2025-12-20|0|mid\n"
    "the third quarter|92|109|2025-Q3|quarter|partial|2025-07-01|2025-09-30|0|NULL");
  /* the hidden argument columns */
  assert_query(*state,
    "SELECT document, reference, options, value FROM dates('May 5, 2025',"
    " '2025-11-05', 'order=dmy')",
    "May 5, 2025|2025-11-05|order=dmy|2025-05-05");
}

static void test_dates_null_and_empty(void **state){
  sqlite3 *db = *state;
  assert_query(db, "SELECT count(*) FROM dates(NULL)", "0");
  assert_query(db, "SELECT count(*) FROM dates('')", "0");
  assert_query(db, "SELECT count(*) FROM dates(NULL, 'not checked?')",
               "error: dates(): argument 2 (reference) is not an ISO date or"
               " datetime: 'not checked?'");
  /* no reference: relative and partial values are NULL, absolute ones not */
  assert_query(db,
    "SELECT text, value, kind, first_day FROM dates('yesterday, 5 May and 5 May 2025')",
    "yesterday|NULL|relative|NULL\n5 May|NULL|partial|NULL\n"
    "5 May 2025|2025-05-05|absolute|2025-05-05");
  assert_query(db,
    "SELECT value FROM dates('yesterday', NULL, NULL)", "NULL");
  /* a BLOB is read as UTF-8 */
  assert_query(db,
    "SELECT text, value FROM dates(CAST('le 5 mars 2025' AS BLOB))",
    "5 mars 2025|2025-03-05");
}

static void test_dates_errors(void **state){
  sqlite3 *db = *state;
  assert_query(db, "SELECT * FROM dates(7)",
               "error: dates(): argument 1 (document) must be text, not integer");
  assert_query(db, "SELECT * FROM dates()",
               "error: dates(): missing argument 1 (document)");
  assert_query(db, "SELECT * FROM dates('today', 20251105)",
               "error: dates(): argument 2 (reference) must be text, not integer");
  assert_query(db, "SELECT * FROM dates('today', 'tomorrow')",
               "error: dates(): argument 2 (reference) is not an ISO date or"
               " datetime: 'tomorrow'");
  assert_query(db, "SELECT * FROM dates('today', '2025-02-29')",
               "error: dates(): argument 2 (reference) is not an ISO date or"
               " datetime: '2025-02-29'");
  assert_query(db, "SELECT * FROM dates('today', '2025-11-05', 'order=ydm')",
               "error: dates(): bad value 'ydm' for option order"
               " (expected mdy, dmy or ymd)");
  assert_query(db, "SELECT * FROM dates('today', '2025-11-05', 'speed=fast')",
               "error: dates(): unknown option 'speed' (known: order, lang, prefer, refs)");
  assert_query(db, "SELECT * FROM dates('today', '2025-11-05', 1.5)",
               "error: dates(): argument 3 (options) must be text, not real");
}

/* substr(text, start+1, end-start) = text, with multi-byte and invalid
** characters before the dates.  (The French "hier" of the second text is
** left alone: too short to tell French from German, where it means
** "here".) */
static void test_dates_offsets(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE TABLE t(x);"
    "INSERT INTO t VALUES('Ελλάδα — “summit” on 5 May 2025 😀 and yesterday’s vote'),"
    " (CAST(x'C3A9FF20313220646563656D62726520323032342C20FE2068696572' AS TEXT)),"
    " ('北京 2024年 on Friday, 3 January 2025');");
  assert_query(db,
    "SELECT count(*), sum(substr(t.x, d.start+1, d.\"end\"-d.start) = d.text)"
    " FROM t, dates(t.x, '2025-11-05') d", "5|5");
  assert_query(db,
    "SELECT d.text, d.value FROM t, dates(t.x, '2025-11-05') d ORDER BY t.rowid, d.start",
    "5 May 2025|2025-05-05\nyesterday|2025-11-04\n"
    "12 decembre 2024|2024-12-12\n"
    "2024|2024\nFriday, 3 January 2025|2025-01-03");
}

/* A table of articles with their own publication dates. */
static void test_dates_join(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE TABLE articles(id INTEGER PRIMARY KEY, published TEXT, body TEXT);"
    "INSERT INTO articles(published, body) VALUES"
    " ('2025-11-05', 'The minister resigned yesterday after a vote last week.'),"
    " ('2026-01-02', 'Markets closed lower last week; trading halted on Monday.'),"
    " ('2025-03-10', 'Prices rose in February, the highest since 2019.');");
  assert_query(db,
    "SELECT a.id, d.text, d.value FROM articles a, dates(a.body, a.published) d"
    " ORDER BY a.id, d.start",
    "1|yesterday|2025-11-04\n1|last week|2025-W44\n"
    "2|last week|2025-W52\n2|Monday|2025-12-29\n"
    "3|February|2025-02\n3|2019|2019");
  /* the reference may come from a later table in the join */
  assert_query(db,
    "SELECT d.value FROM dates(a.body, a.published) d JOIN articles a ON a.id=1"
    " ORDER BY d.start",
    "2025-11-04\n2025-W44");
  /* range queries on the bounds */
  assert_query(db,
    "SELECT a.id, d.text FROM articles a, dates(a.body, a.published) d"
    " WHERE d.first_day <= '2025-12-31' AND d.last_day >= '2025-12-25'",
    "2|last week\n2|Monday");
  assert_query(db,
    "SELECT d.granularity, count(*) FROM articles a, dates(a.body, a.published) d"
    " GROUP BY 1 ORDER BY 1",
    "day|2\nmonth|1\nweek|2\nyear|1");
}

static void test_date_parse(void **state){
  sqlite3 *db = *state;
  assert_query(db,
    "SELECT date_parse('Friday, 06 February 2026'), date_parse('2025-11-05T09:30:00Z'),"
    " date_parse('Wed, 05 Nov 2025 14:30:00 +0000'), date_parse('05/11/2025'),"
    " date_parse('05/11/2025', NULL, 'order=dmy'), date_parse('yesterday', '2026-01-01'),"
    " date_parse('yesterday'), date_parse('Published by the desk'), date_parse(NULL)",
    "2026-02-06|2025-11-05T09:30|2025-11-05T14:30|2025-05-11|2025-11-05|2025-12-31|"
    "NULL|NULL|NULL");
  assert_query(db, "SELECT date_parse(20251105)",
               "error: date_parse(): argument 1 (text) must be text, not integer");
  assert_query(db, "SELECT date_parse('today', 'now')",
               "error: date_parse(): argument 2 (reference) is not an ISO date or"
               " datetime: 'now'");
  assert_query(db, "SELECT date_parse('today', '2025-11-05', 'lang=xx')",
               "error: date_parse(): bad value 'xx' for option lang"
               " (expected auto, all, or codes joined by + (en+de+fr+es))");
  assert_query_prefix(db, "SELECT date_parse()", "error: wrong number of arguments");
  /* deterministic: usable in an index on an expression */
  support_exec(db,
    "CREATE TABLE pages(meta TEXT);"
    "CREATE INDEX pages_day ON pages(date_parse(meta));"
    "INSERT INTO pages VALUES ('November 5, 2025'), ('2025-11-06');");
  assert_query(db, "SELECT meta FROM pages WHERE date_parse(meta) = '2025-11-06'",
               "2025-11-06");
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_dates_columns, setup, teardown),
    cmocka_unit_test_setup_teardown(test_dates_null_and_empty, setup, teardown),
    cmocka_unit_test_setup_teardown(test_dates_errors, setup, teardown),
    cmocka_unit_test_setup_teardown(test_dates_offsets, setup, teardown),
    cmocka_unit_test_setup_teardown(test_dates_join, setup, teardown),
    cmocka_unit_test_setup_teardown(test_date_parse, setup, teardown),
  };
  return cmocka_run_group_tests(tests, 0, 0);
}
