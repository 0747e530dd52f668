/*
** sql_article.c - article(), the article_*() scalars, article_json(),
** paragraphs() and sentences() through SQL on an in-process connection:
** real outputs, NULL and type errors, the scalar cache, joins.
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

#define PAGE \
  "'<html lang=\"en\"><head><title>Dam Opens - Valley News</title>" \
  "<meta property=\"article:published_time\" content=\"2025-06-01T07:00:00+02:00\">" \
  "</head><body><article><h1>Dam Opens</h1><p>The new dam opened on Sunday, after six years of work, " \
  "and will supply water to forty thousand homes.</p><p>Officials said the lake would be full by autumn.</p>" \
  "</article></body></html>'"

static void test_article_row(void **state){
  assert_query(*state,
    "SELECT title, source, published, updated, author, section, language, url,"
    " lead, words, format FROM article(" PAGE ")",
    "Dam Opens|Valley News|2025-06-01T07:00|NULL|NULL|NULL|en|NULL|"
    "The new dam opened on Sunday, after six years of work, and will supply water to forty thousand homes.|28|html");
  assert_query(*state, "SELECT body FROM article(" PAGE ")",
    "The new dam opened on Sunday, after six years of work, and will supply water to forty thousand homes.\n\n"
    "Officials said the lake would be full by autumn.");
}

static void test_scalars(void **state){
  sqlite3 *db = *state;
  assert_query(db, "SELECT article_title(" PAGE "), article_source(" PAGE "),"
    " article_published(" PAGE "), article_words(" PAGE "), article_format(" PAGE "),"
    " article_language(" PAGE "), article_updated(" PAGE ") IS NULL",
    "Dam Opens|Valley News|2025-06-01T07:00|28|html|en|1");
  assert_query(db, "SELECT article_lead(" PAGE ") = (SELECT lead FROM article(" PAGE "))"
    ", article_body(" PAGE ") = (SELECT body FROM article(" PAGE "))", "1|1");
  /* text dumps too */
  assert_query(db, "SELECT article_format('Headline Here\n\nA sentence of prose that is long enough to be"
    " the body of this small page dump.'), article_title('Headline Here\n\nA sentence of prose that is"
    " long enough to be the body of this small page dump.')", "text|Headline Here");
}

/* Metadata values keep their last character when it is multi-byte, and a
** value cut at the metadata length limit is cut between characters. */
static void test_meta_whole_characters(void **state){
  sqlite3 *db = *state;
  char *zSql;
  assert_query(db,
    "SELECT hex(article_title('<html><head><meta property=\"og:title\""
    " content=\"Le grand caf\xC3\xA9\"></head><body><p>t</p></body></html>'))",
    "4C65206772616E6420636166C3A9");
  /* a title of 'x' then 2,000 'é': whatever the cut, valid UTF-8 */
  zSql = sqlite3_mprintf(
    "WITH t(v) AS (SELECT 'x' || replace(printf('%%.2000c', '_'), '_', 'é'))"
    " SELECT length(a) > 0, instr(a, char(65533)) FROM t,"
    " (SELECT article_title('<html><head><meta property=\"og:title\" content=\"'"
    " || t.v || '\"></head><body><p>t</p></body></html>') AS a FROM t)");
  assert_query(db, zSql, "1|0");
  sqlite3_free(zSql);
}

static void test_json(void **state){
  sqlite3 *db = *state;
  assert_query(db, "SELECT json_valid(article_json(" PAGE ")),"
    " article_json(" PAGE ")->>'title', article_json(" PAGE ")->>'words',"
    " json_type(article_json(" PAGE "), '$.author')", "1|Dam Opens|28|null");
  assert_query(db, "SELECT article_json('')", "{\"title\":null,\"source\":null,"
    "\"published\":null,\"updated\":null,\"author\":null,\"section\":null,\"language\":null,"
    "\"url\":null,\"body\":\"\",\"lead\":null,\"words\":0,\"format\":\"text\"}");
  /* subtype J: nests as JSON, not as a string */
  assert_query(db, "SELECT json_object('a', article_json(''))->>'$.a.words'", "0");
}

/* NULL in, NULL out; type errors name the function; a missing argument. */
static void test_bad_input(void **state){
  sqlite3 *db = *state;
  assert_query(db, "SELECT count(*) FROM article(NULL)", "0");
  assert_query(db, "SELECT article_title(NULL) IS NULL, article_json(NULL) IS NULL", "1|1");
  assert_query(db, "SELECT * FROM article(42)",
    "error: article(): argument 1 (raw) must be text, not integer");
  assert_query(db, "SELECT article_body(4.5)",
    "error: article_body(): argument 1 (raw) must be text, not real");
  assert_query(db, "SELECT * FROM article()", "error: article(): missing argument 1 (raw)");
  assert_query(db, "SELECT article_title()",
    "error: wrong number of arguments to function article_title()");
  /* an empty page, a page without body, a BLOB with bad bytes */
  assert_query(db, "SELECT quote(body), words, format FROM article('')", "''|0|text");
  assert_query(db, "SELECT title, quote(body) FROM article('<title>Only</title>')", "Only|''");
  assert_query(db, "SELECT body FROM article(x'3C703E41206C6F6E6720656E6F7567682073656E74656E63652C2077697468206120636F6D6D612C20616E64206120FF20627974652E3C2F703E')",
    "A long enough sentence, with a comma, and a \xef\xbf\xbd byte.");
}

/* The scalars share one parse per page; different pages of the same
** length must not be confused. */
static void test_cache(void **state){
  sqlite3 *db = *state;
  support_exec(db, "CREATE TABLE p(id INTEGER PRIMARY KEY, raw TEXT);"
    "INSERT INTO p(raw) VALUES ('AAAA Title\n\nThe first page has a body sentence that is long enough.'),"
    " ('BBBB Title\n\nThe other page has a body sentence that is long enough.');");
  assert_query(db, "SELECT id, article_title(raw), article_words(raw), article_title(raw) FROM p ORDER BY id",
    "1|AAAA Title|11|AAAA Title\n2|BBBB Title|11|BBBB Title");
  /* redefining one scalar leaves the others working */
  support_exec(db, "SELECT 1");
  assert_int_equal(sqlite3_create_function(db, "article_title", 1, SQLITE_UTF8, 0, 0, 0, 0),
                   SQLITE_OK);
  assert_query(db, "SELECT article_words(raw) FROM p WHERE id=2", "11");
}

static void test_join(void **state){
  sqlite3 *db = *state;
  support_exec(db, "CREATE TABLE pages(name TEXT, raw TEXT);"
    "INSERT INTO pages VALUES ('a', " PAGE "), ('b', NULL),"
    " ('c', 'Title Of C\n\nThis is the only paragraph of page c, long enough to count as prose.');");
  assert_query(db, "SELECT p.name, a.title, a.format FROM pages p, article(p.raw) a ORDER BY 1",
    "a|Dam Opens|html\nc|Title Of C|text");
  assert_query(db, "SELECT count(*) FROM pages p, article(p.raw) a, sentences(a.body) s", "3");
}

static void test_segment_sql(void **state){
  sqlite3 *db = *state;
  assert_query(db, "SELECT \"index\", paragraph, start, \"end\", text FROM"
    " sentences('Mr. Park spoke. He left.\n\nIt rained at 3 p.m. The end.')",
    "0|0|0|15|Mr. Park spoke.\n1|0|16|24|He left.\n2|1|26|45|It rained at 3 p.m.\n3|1|46|54|The end.");
  assert_query(db, "SELECT \"index\", start, \"end\", text FROM paragraphs('One.\n\n  Two\nlines.  ')",
    "0|0|4|One.\n1|8|18|Two\nlines.");
  /* substr(document, start+1, end-start) = text, also with multibyte text */
  assert_query(db, "SELECT count(*), sum(substr(d, s.start+1, s.\"end\"-s.start) = s.text) FROM"
    " (SELECT 'Ünal saß im Café. Dann ging er.\n\n«Oui.» Non.' AS d), sentences(d) s", "4|4");
  assert_query(db, "SELECT count(*) FROM sentences(NULL)", "0");
  assert_query(db, "SELECT count(*) FROM sentences('A b.', NULL)", "1");
  assert_query(db, "SELECT * FROM sentences('x', 'en us')",
    "error: sentences(): argument 2 (language) must be a language code such as 'en', not 'en us'");
  assert_query(db, "SELECT * FROM paragraphs(1)",
    "error: paragraphs(): argument 1 (document) must be text, not integer");
  assert_query(db, "SELECT DISTINCT document, language FROM sentences('a.', 'de')", "a.|de");
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_article_row, setup, teardown),
    cmocka_unit_test_setup_teardown(test_scalars, setup, teardown),
    cmocka_unit_test_setup_teardown(test_meta_whole_characters, setup, teardown),
    cmocka_unit_test_setup_teardown(test_json, setup, teardown),
    cmocka_unit_test_setup_teardown(test_bad_input, setup, teardown),
    cmocka_unit_test_setup_teardown(test_cache, setup, teardown),
    cmocka_unit_test_setup_teardown(test_join, setup, teardown),
    cmocka_unit_test_setup_teardown(test_segment_sql, setup, teardown),
  };
  return cmocka_run_group_tests_name("sql_article", tests, 0, 0);
}
