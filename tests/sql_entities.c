/*
** sql_entities.c - entity_mentions() and entity_candidates() through SQL
** on an in-process connection: each matching rule, the dictionary
** contract, the cache and its invalidation (same connection, rollback,
** DDL, views, another connection), the discovery rules, bad input, and
** large or odd input.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "support.h"
#include "news.h"

static int setup(void **state){ *state = support_open(); return 0; }
static int teardown(void **state){ sqlite3_close(*state); return 0; }

#define MENTIONS(zText, zDict) \
  "SELECT entity, text, start, \"end\" FROM entity_mentions(" zText ", '" zDict "')"

static void test_example(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE TABLE aliases(entity TEXT, alias TEXT, kind TEXT);"
    "INSERT INTO aliases VALUES"
    " ('Mohammed Shia'' al-Sudani', 'Mohammed Shia'' al-Sudani', 'person'),"
    " ('Mohammed Shia'' al-Sudani', 'al-Sudani', 'person'),"
    " ('Mohammed Shia'' al-Sudani', 'Sudani', 'person'),"
    " ('Popular Mobilization Forces', 'Popular Mobilization Forces', 'organization'),"
    " ('Popular Mobilization Forces', 'PMF', 'organization'),"
    " ('United States', 'US', 'place'), ('United States', 'U.S.', 'place');");
  assert_query(db,
    "SELECT entity, alias, kind, text, start, \"end\" FROM entity_mentions("
    "'Mohammed Shia’ al-Sudani met the Popular Mobilization Forces (PMF). "
    "Al-Sudani’s office and the U.S. embassy told us: Sudani stays.', 'aliases')",
    "Mohammed Shia' al-Sudani|Mohammed Shia' al-Sudani|person|Mohammed Shia’ al-Sudani|0|24\n"
    "Popular Mobilization Forces|Popular Mobilization Forces|organization|Popular Mobilization Forces|33|60\n"
    "Popular Mobilization Forces|PMF|organization|PMF|62|65\n"
    "Mohammed Shia' al-Sudani|al-Sudani|person|Al-Sudani|68|77\n"
    "United States|U.S.|place|U.S.|95|99\n"
    "Mohammed Shia' al-Sudani|Sudani|person|Sudani|117|123");
  /* the offsets convention, on multi-byte text */
  assert_query(db,
    "WITH d(t) AS (VALUES('“Sudani’s” PMF… the U.S.'))"
    " SELECT count(*), sum(substr(d.t, m.start+1, m.\"end\"-m.start) = m.text)"
    " FROM d, entity_mentions(d.t, 'aliases') m", "3|3");
  /* hidden argument columns */
  assert_query(db,
    "SELECT document, dictionary, options FROM entity_mentions('PMF', 'aliases')",
    "PMF|aliases|NULL");
  /* a join and a count per entity */
  support_exec(db,
    "CREATE TABLE articles(id INTEGER PRIMARY KEY, body TEXT);"
    "INSERT INTO articles(body) VALUES ('PMF and Sudani.'), ('The PMF again.'), ('Nothing.');");
  assert_query(db,
    "SELECT m.entity, count(*), count(DISTINCT a.id) FROM articles a,"
    " entity_mentions(a.body, 'aliases') m GROUP BY 1 ORDER BY 1",
    "Mohammed Shia' al-Sudani|1|1\nPopular Mobilization Forces|2|2");
}

static void test_case_rules(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE TABLE a(entity, alias, kind, case_sensitive);"
    "INSERT INTO a VALUES ('United States','US',NULL,NULL), ('Iraq','Iraq',NULL,NULL),"
    " ('Said','Said',NULL,NULL), ('iraqi pm','the Iraqi prime minister',NULL,NULL),"
    " ('nocase','Apple',NULL,0), ('exact','Kite',NULL,1), ('Unesco','UNESCO',NULL,NULL),"
    " ('Straße','Hauptstraße',NULL,NULL);");
  /* Unicode case folding; an acronym (no lower case, <= 5 letters) keeps
  ** its capitals; a longer all-capital alias does not */
  assert_query(db, MENTIONS("'US troops told us. Us too. Unesco and UNESCO.'", "a"),
    "United States|US|0|2\nUnesco|Unesco|27|33\nUnesco|UNESCO|38|44");
  assert_query(db, MENTIONS("'IRAQ, Iraq and HAUPTSTRASSE'", "a"),
    "Iraq|IRAQ|0|4\nIraq|Iraq|6|10\nStraße|HAUPTSTRASSE|15|27");
  /* a word written in lower case is not a capitalized alias */
  assert_query(db, MENTIONS("'iraq, as Edward Said said.'", "a"),
    "Said|Said|16|20");
  /* a lower-case alias matches any capitals; capitals in the alias must
  ** not meet lower case in the text */
  assert_query(db, MENTIONS("'The Iraqi prime minister; the iraqi Prime Minister'", "a"),
    "iraqi pm|The Iraqi prime minister|0|24");
  /* case_sensitive = 0 matches every form, 1 only the alias's capitals */
  assert_query(db, MENTIONS("'apple APPLE Apple kite KITE Kite'", "a"),
    "nocase|apple|0|5\nnocase|APPLE|6|11\nnocase|Apple|12|17\nexact|Kite|28|32");
}

/* Capitals that only position puts there, on a word the document also
** writes in lower case and never capitalizes mid-sentence, are the common
** word: "May" opening a sentence in a text that uses "may". */
static void test_forced_capitals(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE TABLE a(entity, alias);"
    "INSERT INTO a VALUES ('Theresa May','May'), ('Theresa May','Theresa May'),"
    " ('Innsbruck','IN'), ('New York','New York');");
  assert_query(db, MENTIONS("'May said she may go.'", "a"), "");
  assert_query(db, MENTIONS("'May said she may go. Talks with May ended.'", "a"),
    "Theresa May|May|0|3\nTheresa May|May|32|35");
  /* no lower-case "may" in the text: a name */
  assert_query(db, MENTIONS("'May said so.'", "a"), "Theresa May|May|0|3");
  /* a quotation's first word, and a headline in capitals */
  assert_query(db, MENTIONS("'She said: \"May we go?\" and left, as she may.'", "a"), "");
  assert_query(db, MENTIONS("'TALKS IN GENEVA\nTalks resumed in Geneva.'", "a"), "");
  assert_query(db, MENTIONS("'SKIING IN AUSTRIA\nSkiers met in Vienna.'", "a"), "");
  /* ... unless the text also capitalizes it where it means something */
  assert_query(db, MENTIONS("'SKIING IN AUSTRIA\nThe IN team met in Vienna.'", "a"),
    "Innsbruck|IN|7|9\nInnsbruck|IN|22|24");
  /* a word in capitals opening a sentence: only its first capital is forced */
  assert_query(db, MENTIONS("'IN won. They met in Vienna.'", "a"), "Innsbruck|IN|0|2");
  /* one word where a capital means something is enough */
  assert_query(db, MENTIONS("'New York said new rules may come.'", "a"),
    "New York|New York|0|8");
}

static void test_diacritics(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE TABLE a(entity, alias);"
    "INSERT INTO a VALUES ('São Paulo','São Paulo'), ('Sudani','Sudani'), ('Zoë','Zoe');");
  assert_query(db, MENTIONS("'Sao Paulo, SÃO PAULO, Sūdānī, Sudani, Zoë'", "a"),
    "São Paulo|SÃO PAULO|11|20\nSudani|Sudani|30|36");
  assert_query(db,
    "SELECT entity, text FROM entity_mentions('Sao Paulo, SÃO PAULO, Sūdānī, Sudani, Zoë',"
    " 'a', 'ignore_diacritics')",
    "São Paulo|Sao Paulo\nSão Paulo|SÃO PAULO\nSudani|Sūdānī\nSudani|Sudani\nZoë|Zoë");
  /* decomposed and composed forms are the same text (NFC) */
  assert_query(db, "SELECT text FROM entity_mentions('Sa' || char(0x303) || 'o Paulo', 'a')",
    "Sa\xcc\x83o Paulo");
  /* options are words separated by spaces or commas */
  assert_query(db,
    "SELECT count(*) FROM entity_mentions('Sao Paulo', 'a', ' ignore_diacritics, ')", "1");
}

static void test_possessives_and_acronyms(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE TABLE a(entity, alias);"
    "INSERT INTO a VALUES ('Iraq','Iraq'), ('Sudani','Sudani'), ('Philippines','Philippines'),"
    " ('United States','US'), ('United Nations','U.N.'), ('Shia','Shia''');");
  assert_query(db,
    MENTIONS("'Iraq’s PM, Sudani''s aide, the Philippines'' ports, IRAQ''S oil'", "a"),
    "Iraq|Iraq|0|4\nSudani|Sudani|11|17\nPhilippines|Philippines|30|41\nIraq|IRAQ|50|54");
  /* the possessive of an alias that itself ends in an apostrophe */
  assert_query(db, MENTIONS("'Shia’ leaders'", "a"), "Shia|Shia’|0|5");
  /* dotted and plain acronyms find each other, also inside U.S.-led */
  assert_query(db, MENTIONS("'U.S. and US, UN and U.N., the U.S.-led and UN-backed'", "a"),
    "United States|U.S.|0|4\nUnited States|US|9|11\nUnited Nations|UN|13|15\n"
    "United Nations|U.N.|20|24\nUnited States|U.S.|30|34\nUnited Nations|UN|43|45");
}

static void test_boundaries_and_longest(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE TABLE a(entity, alias);"
    "INSERT INTO a VALUES ('PMF','Popular Mobilization Forces'), ('Forces','Forces'),"
    " ('New York','New York'), ('NYC','New York City'), ('York','York'),"
    " ('Iran','Iran'), ('Sudani','Sudani'), ('al-Sudani','al-Sudani'), ('Chester','Chester');");
  /* leftmost-longest */
  assert_query(db, MENTIONS("'Popular Mobilization Forces and Forces'", "a"),
    "PMF|Popular Mobilization Forces|0|27\nForces|Forces|32|38");
  assert_query(db, MENTIONS("'New York City, New York and York'", "a"),
    "NYC|New York City|0|13\nNew York|New York|15|23\nYork|York|28|32");
  /* token boundaries: never inside a word, but at hyphens */
  assert_query(db, MENTIONS("'Iranian Irani Iran-backed pro-Iran Chesterfield'", "a"),
    "Iran|Iran|14|18\nIran|Iran|30|34");
  assert_query(db, MENTIONS("'al-Sudani and Ahmed al-Sudani-led'", "a"),
    "al-Sudani|al-Sudani|0|9\nal-Sudani|al-Sudani|20|29");
  /* no match across a line break */
  assert_query(db, MENTIONS("'New\nYork'", "a"), "York|York|4|8");
  assert_query(db, MENTIONS("'New\r\nYork City'", "a"), "York|York|5|9");
}

static void test_duplicates_and_fit(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE TABLE a(entity, alias, kind);"
    "INSERT INTO a VALUES ('Georgia (country)','Georgia','place'),"
    " ('Georgia (US state)','Georgia','place'),"
    " ('Georgia (US state)','Georgia','place'),"   /* an identical row */
    " ('London','London',NULL), ('LONDON','LONDON',NULL), ('US','US',NULL), ('U.S.','U.S.',NULL);");
  /* an alias of two entities is reported for both; identical rows once */
  assert_query(db,
    "SELECT entity, kind, text FROM entity_mentions('Georgia voted.', 'a')",
    "Georgia (country)|place|Georgia\nGeorgia (US state)|place|Georgia");
  /* where several aliases fit the same words, the one written like the
  ** text wins: same characters, then same capitals */
  assert_query(db, MENTIONS("'LONDON, London, london'", "a"),
    "LONDON|LONDON|0|6\nLondon|London|8|14");
  assert_query(db, MENTIONS("'US and U.S.'", "a"), "US|US|0|2\nU.S.|U.S.|7|11");
}

/* A one-word alias that is also a date word is not reported inside a
** date expression ("on Wednesday", "in May 2019", "3 March"), and is
** reported elsewhere ("Wednesday's fans", "May spoke"). */
static void test_date_words(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE TABLE clubs(entity TEXT, alias TEXT);"
    "INSERT INTO clubs VALUES ('Sheffield Wednesday', 'Sheffield Wednesday'),"
    " ('Sheffield Wednesday', 'Wednesday'), ('Theresa May', 'May'),"
    " ('March Hare', 'March');");
  assert_query(db,
    MENTIONS("'Sheffield Wednesday won on Wednesday, and Wednesday''s fans"
             " sang. May spoke in May 2019 and on 3 March.'", "clubs"),
    "Sheffield Wednesday|Sheffield Wednesday|0|19\n"
    "Sheffield Wednesday|Wednesday|42|51\n"
    "Theresa May|May|65|68");
}

static void test_letterless_aliases(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE TABLE a(entity, alias);"
    "INSERT INTO a VALUES ('three','3'), ('thousand','1,000'), ('dash','--'),"
    " ('Lakes','1,000 Lakes Rally'), ('G7','G7'), ('Apollo','Apollo 11');");
  /* digits or punctuation alone are never a name; with a letter they are */
  assert_query(db, MENTIONS("'3 -- 1,000 Lakes Rally, G7, Apollo 11'", "a"),
    "Lakes|1,000 Lakes Rally|5|22\nG7|G7|24|26\nApollo|Apollo 11|28|37");
  /* entity_dictionary() counts them */
  assert_query(db, "SELECT entity_dictionary('a')->>'skipped'", "3");
}

static void test_dictionary_info(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE TABLE a(entity, alias);"
    "INSERT INTO a VALUES ('x','Iraq'), ('x','Iraq'), ('y','3'), ('z','New York City'),"
    " ('w','new york');");
  /* 5 rows, 3 entries (identical rows once), 1 skipped; words iraq 3 new
  ** york city; nodes: the root, iraq, 3, new, new york, new york city */
  assert_query(db,
    "SELECT j->>'rows', j->>'aliases', j->>'skipped', j->>'words', j->>'nodes',"
    " j->>'bytes' > 100 FROM (SELECT entity_dictionary('a') AS j)",
    "5|3|1|5|6|1");
  assert_query(db, "SELECT entity_dictionary('a', 'ignore_diacritics')->>'rows'", "5");
  assert_query(db, "SELECT entity_dictionary(NULL)", "NULL");
  assert_query(db, "SELECT entity_dictionary('nosuch')",
    "error: entity_dictionary(): dictionary \"nosuch\": no such table: nosuch");
  assert_query(db, "SELECT entity_dictionary('a', 'x')",
    "error: entity_dictionary(): unknown option 'x' (known: ignore_diacritics)");
  assert_query(db, "SELECT entity_dictionary(5)",
    "error: entity_dictionary(): argument 1 (dictionary) must be text, not integer");
  /* it sees changes like entity_mentions() does */
  support_exec(db, "INSERT INTO a VALUES ('v', 'Basra')");
  assert_query(db, "SELECT entity_dictionary('a')->>'aliases'", "4");
}

static void test_other_scripts(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE TABLE a(entity, alias);"
    "INSERT INTO a VALUES ('Baghdad','بغداد'), ('Beijing','北京'), ('Moscow','Москва'),"
    " ('Athens','Αθήνα');");
  assert_query(db, MENTIONS("'في بغداد. 我在北京。 МОСКВА и Москвы, ΑΘΉΝΑ'", "a"),
    "Baghdad|بغداد|3|8\nBeijing|北京|12|14\nMoscow|МОСКВА|16|22\nAthens|ΑΘΉΝΑ|33|38");
}

/* A function that counts how often the dictionary view is read. */
static int nRead = 0;
static void count_read(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc;
  nRead++;
  sqlite3_result_value(ctx, argv[0]);
}

static void test_cache_reads_once(void **state){
  sqlite3 *db = *state;
  sqlite3_create_function(db, "count_read", 1, SQLITE_UTF8, 0, count_read, 0, 0);
  support_exec(db,
    "CREATE TABLE a(entity, alias);"
    "INSERT INTO a VALUES ('Iraq','Iraq'), ('Iran','Iran');"
    "CREATE VIEW v AS SELECT entity, count_read(alias) AS alias FROM a;"
    "CREATE TABLE articles(body);"
    "WITH RECURSIVE n(i) AS (VALUES(1) UNION ALL SELECT i+1 FROM n WHERE i<500)"
    " INSERT INTO articles SELECT 'Iraq met Iran, day ' || i FROM n;");
  nRead = 0;
  assert_query(db,
    "SELECT count(*) FROM articles, entity_mentions(articles.body, 'v')", "1000");
  assert_int_equal(nRead, 2);          /* compiled once for 500 articles */
  assert_query(db,
    "SELECT count(*) FROM articles, entity_mentions(articles.body, 'v')", "1000");
  assert_int_equal(nRead, 2);          /* nothing changed: not even re-read */
  support_exec(db, "INSERT INTO articles VALUES ('Iran.')");
  assert_query(db,
    "SELECT count(*) FROM articles, entity_mentions(articles.body, 'v')", "1001");
  assert_int_equal(nRead, 4);          /* a write: read once to check */
  support_exec(db, "UPDATE a SET alias='Tehran' WHERE entity='Iran'");
  assert_query(db,
    "SELECT count(*) FROM articles, entity_mentions(articles.body, 'v')", "500");
  assert_int_equal(nRead, 8);          /* changed: checked, then compiled */
}

static void test_cache_invalidation(void **state){
  sqlite3 *db = *state;
  const char *zQ = "SELECT group_concat(entity) FROM entity_mentions('Iraq and Iran', 'a')";
  support_exec(db, "CREATE TABLE a(entity, alias); INSERT INTO a VALUES ('Iraq','Iraq');");
  assert_query(db, zQ, "Iraq");
  support_exec(db, "INSERT INTO a VALUES ('Iran','Iran')");
  assert_query(db, zQ, "Iraq,Iran");
  support_exec(db, "UPDATE a SET entity='IRAN' WHERE alias='Iran'");
  assert_query(db, zQ, "Iraq,IRAN");
  /* inside a transaction, then after its rollback */
  support_exec(db, "BEGIN; DELETE FROM a WHERE alias='Iraq'");
  assert_query(db, zQ, "IRAN");
  support_exec(db, "ROLLBACK");
  assert_query(db, zQ, "Iraq,IRAN");
  support_exec(db, "BEGIN; SAVEPOINT s; DELETE FROM a");
  assert_query(db, zQ, "NULL");
  support_exec(db, "ROLLBACK TO s; COMMIT");
  assert_query(db, zQ, "Iraq,IRAN");
  /* DDL: the name now means another table, inside a transaction */
  support_exec(db,
    "BEGIN; ALTER TABLE a RENAME TO a_old; CREATE TABLE a(entity, alias);"
    "INSERT INTO a VALUES ('and','and')");
  assert_query(db, zQ, "and");
  support_exec(db, "COMMIT");
  /* a view follows its base table */
  support_exec(db, "CREATE VIEW v AS SELECT entity, alias FROM a_old WHERE entity<>'Iraq'");
  assert_query(db, "SELECT group_concat(entity) FROM entity_mentions('Iraq and Iran', 'v')",
    "IRAN");
  support_exec(db, "UPDATE a_old SET entity='Persia' WHERE alias='Iran'");
  assert_query(db, "SELECT group_concat(entity) FROM entity_mentions('Iraq and Iran', 'v')",
    "Persia");
  /* schema-qualified names, and a dropped table */
  assert_query(db,
    "SELECT group_concat(entity) FROM entity_mentions('Iraq and Iran', 'main.a_old')",
    "Iraq,Persia");
  support_exec(db, "DROP VIEW v; DROP TABLE a_old");
  assert_query(db, "SELECT * FROM entity_mentions('Iraq', 'a_old')",
    "error: entity_mentions(): dictionary \"a_old\": no such table: a_old");
}

/* Two connections to one file: a change committed by the other is seen. */
static void test_cache_other_connection(void **state){
  char zPath[] = "/tmp/sql_entities_XXXXXX";
  int fd = mkstemp(zPath);
  sqlite3 *db1 = 0, *db2 = 0;
  const char *zQ = "SELECT group_concat(entity) FROM entity_mentions('Iraq and Iran', 'a')";
  (void)state;
  assert_true(fd>=0);
  close(fd);
  assert_int_equal(sqlite3_open(zPath, &db1), SQLITE_OK);
  assert_int_equal(sqlite3_open(zPath, &db2), SQLITE_OK);
  assert_int_equal(sqlite3_news_init(db1, 0, 0), SQLITE_OK);
  support_exec(db1, "CREATE TABLE a(entity, alias); INSERT INTO a VALUES ('Iraq','Iraq');");
  assert_query(db1, zQ, "Iraq");
  support_exec(db2, "INSERT INTO a VALUES ('Iran','Iran')");
  assert_query(db1, zQ, "Iraq,Iran");
  support_exec(db2, "DELETE FROM a WHERE alias='Iraq'");
  assert_query(db1, zQ, "Iran");
  sqlite3_close(db1);
  sqlite3_close(db2);
  unlink(zPath);
}

static void test_bad_input(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE TABLE a(entity, alias);"
    "CREATE TABLE noalias(entity, name);"
    "CREATE TABLE noentity(alias);"
    "CREATE TABLE nullalias(entity, alias); INSERT INTO nullalias VALUES ('Iraq', NULL);"
    "CREATE TABLE nullentity(entity, alias); INSERT INTO nullentity VALUES (NULL, 'Iraq');"
    "CREATE TABLE empty(entity, alias); INSERT INTO empty VALUES ('Iraq', '');"
    "CREATE TABLE blank(entity, alias); INSERT INTO blank VALUES ('Iraq', ' \n\t');"
    "CREATE TABLE badcase(entity, alias, case_sensitive);"
    " INSERT INTO badcase VALUES ('Iraq', 'Iraq', 'yes');"
    "CREATE TABLE longalias(entity, alias);"
    " INSERT INTO longalias VALUES ('x', trim(replace(hex(zeroblob(65)), '00', 'a ')));"
    "CREATE VIEW selfref AS SELECT entity, alias FROM entity_mentions('a', 'selfref');");
  assert_query(db, "SELECT * FROM entity_mentions('x', 'nosuch')",
    "error: entity_mentions(): dictionary \"nosuch\": no such table: nosuch");
  assert_query(db, "SELECT * FROM entity_mentions('x', 'noalias')",
    "error: entity_mentions(): dictionary \"noalias\": no column \"alias\""
    " (needed: entity, alias; optional: kind, case_sensitive)");
  assert_query(db, "SELECT * FROM entity_mentions('x', 'noentity')",
    "error: entity_mentions(): dictionary \"noentity\": no column \"entity\""
    " (needed: entity, alias; optional: kind, case_sensitive)");
  assert_query(db, "SELECT * FROM entity_mentions('x', 'nullalias')",
    "error: entity_mentions(): dictionary \"nullalias\": alias is NULL (entity 'Iraq')");
  assert_query(db, "SELECT * FROM entity_mentions('x', 'nullentity')",
    "error: entity_mentions(): dictionary \"nullentity\": entity is NULL (alias 'Iraq')");
  assert_query(db, "SELECT * FROM entity_mentions('x', 'empty')",
    "error: entity_mentions(): dictionary \"empty\": empty alias (entity 'Iraq')");
  assert_query(db, "SELECT * FROM entity_mentions('x', 'blank')",
    "error: entity_mentions(): dictionary \"blank\": empty alias (entity 'Iraq')");
  assert_query(db, "SELECT * FROM entity_mentions('x', 'badcase')",
    "error: entity_mentions(): dictionary \"badcase\": case_sensitive must be 0, 1 or NULL,"
    " not 'yes' (alias 'Iraq')");
  assert_query_prefix(db, "SELECT * FROM entity_mentions('x', 'longalias')",
    "error: entity_mentions(): dictionary \"longalias\": alias 'a a a");
  assert_query(db, "SELECT * FROM entity_mentions('x', 'selfref')",
    "error: entity_mentions(): dictionary \"selfref\":"
    " the dictionary cannot itself use entity_mentions()");
  /* arguments */
  assert_query(db, "SELECT * FROM entity_mentions('x')",
    "error: entity_mentions(): missing argument 2 (dictionary)");
  assert_query(db, "SELECT * FROM entity_mentions()",
    "error: entity_mentions(): missing argument 1 (document)");
  assert_query(db, "SELECT * FROM entity_mentions('x', NULL)",
    "error: entity_mentions(): argument 2 (dictionary) must be a table name, not NULL");
  assert_query(db, "SELECT * FROM entity_mentions(42, 'a')",
    "error: entity_mentions(): argument 1 (document) must be text, not integer");
  assert_query(db, "SELECT * FROM entity_mentions('x', 7)",
    "error: entity_mentions(): argument 2 (dictionary) must be text, not integer");
  assert_query(db, "SELECT * FROM entity_mentions('x', 'a', 'ignore_case')",
    "error: entity_mentions(): unknown option 'ignore_case' (known: ignore_diacritics)");
  /* NULL text: no rows, but the dictionary is still checked */
  assert_query(db, "SELECT count(*) FROM entity_mentions(NULL, 'a')", "0");
  assert_query(db, "SELECT count(*) FROM entity_mentions(NULL, 'nosuch')",
    "error: entity_mentions(): dictionary \"nosuch\": no such table: nosuch");
  assert_query(db, "SELECT count(*) FROM entity_mentions('', 'a')", "0");
  /* an empty dictionary finds nothing */
  assert_query(db, "SELECT count(*) FROM entity_mentions('Iraq', 'a')", "0");
}

static void test_odd_input(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE TABLE a(entity, alias);"
    "INSERT INTO a VALUES ('marks', char(0x301, 0x301)), ('zwj', 'a' || char(0x200D) || 'b'),"
    " ('emoji', '😀 Party'), ('rtl', char(0x202E) || 'Mosul'), ('fffd', char(0xFFFD) || 'x'),"
    " ('blob', CAST(x'49FF72' AS TEXT)), ('nul', 'Ir' || char(0) || 'aq'), ('num', 42),"
    " ('Iraq', 'Iraq');");
  assert_query(db, "SELECT entity, text FROM entity_mentions("
    "'😀 Party in Iraq, a' || char(0x200D) || 'b, ' || CAST(x'49FF72' AS TEXT) || ' Mosul', 'a')",
    "emoji|😀 Party\nIraq|Iraq\nzwj|a\xe2\x80\x8d" "b\nblob|I\xffr\nrtl|Mosul");
  /* invalid UTF-8 in the text: offsets still follow SQLite's characters */
  assert_query(db, "WITH d(t) AS (VALUES(CAST(x'FF49726171FE20497261712773' AS TEXT)))"
    " SELECT m.start, m.\"end\", substr(d.t, m.start+1, m.\"end\"-m.start) = m.text"
    " FROM d, entity_mentions(d.t, 'a') m", "1|5|1\n7|11|1");
  /* a blob argument is read as UTF-8 */
  assert_query(db, "SELECT text FROM entity_mentions(x'4972617127732063', 'a')", "Iraq");
}

static void test_large_article(void **state){
  sqlite3 *db = *state;
  sqlite3_stmt *p;
  /* 41 bytes, 39 characters, 4 mentions; 250,000 times = 10.25 MB */
  char *z = support_repeat("Iraq’s PM met US envoys in Iran-backed ", 41*250000);
  support_exec(db,
    "CREATE TABLE a(entity, alias); INSERT INTO a VALUES ('Iraq','Iraq'), ('Iran','Iran'),"
    " ('US','US'), ('PM','PM');");
  assert_int_equal(sqlite3_prepare_v2(db,
    "SELECT count(*), sum(entity='Iran'), max(\"end\") FROM entity_mentions(?, 'a')",
    -1, &p, 0), SQLITE_OK);
  sqlite3_bind_text(p, 1, z, -1, free);
  assert_int_equal(sqlite3_step(p), SQLITE_ROW);
  assert_int_equal(sqlite3_column_int64(p, 0), 4*250000);
  assert_int_equal(sqlite3_column_int64(p, 1), 250000);
  assert_int_equal(sqlite3_column_int64(p, 2), 39*249999 + 31);
  sqlite3_finalize(p);
  /* a worst case for the walk: every position starts a long alias prefix */
  support_exec(db, "INSERT INTO a VALUES ('long', trim(replace(hex(zeroblob(63)), '00', 'x ')) || ' y')");
  z = support_repeat("x ", 2*2000000);
  assert_int_equal(sqlite3_prepare_v2(db,
    "SELECT count(*) FROM entity_mentions(?, 'a')", -1, &p, 0), SQLITE_OK);
  sqlite3_bind_text(p, 1, z, -1, free);
  assert_int_equal(sqlite3_step(p), SQLITE_ROW);
  assert_int_equal(sqlite3_column_int64(p, 0), 0);
  sqlite3_finalize(p);
}

static void test_million_aliases(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE TABLE a(entity, alias);"
    "WITH RECURSIVE n(i) AS (VALUES(1) UNION ALL SELECT i+1 FROM n WHERE i<1000000)"
    " INSERT INTO a SELECT 'E' || (i/3), 'Name' || i || ' Group ' || (i%7) FROM n;");
  assert_query(db,
    "SELECT j->>'rows', j->>'aliases', j->>'words', j->>'bytes' < 200e6"
    " FROM (SELECT entity_dictionary('a') AS j)", "1000000|1000000|1000008|1");
  assert_query(db,
    "SELECT entity, text FROM entity_mentions('Talks between Name999999 Group 0 and"
    " Name17 Group 3, name17 group 3, not Name17 Group 4.', 'a')",
    "E333333|Name999999 Group 0\nE5|Name17 Group 3");
}

/*************************************************************************
** entity_candidates()
*/
#define CANDIDATES(zText) \
  "SELECT text, start, \"end\", canonical, kind FROM entity_candidates(" zText ")"

static void test_candidates_example(void **state){
  assert_query(*state, CANDIDATES(
    "'MIRALDA TALKS STALL\n"
    "MIRALDA CITY — The talks between Miralda and the Northern Alliance (NA) stalled on"
    " Tuesday, the Harbor Institute for Policy Studies said.\n"
    "President Tomas Velez met envoy Ana K. Brandt in Port Lisle. Velez told reporters"
    " that the alliance’s leader, Joost van der Meer, had left.\n"
    "“The Northern Alliance must decide,” Brandt said. Van der Meer could not be reached."
    " Officials in Miralda said the Popular Defence Forces (PDF) and PDF-backed groups"
    " would stay.\n"
    "The rebels crossed the Korsa River into South Varenia. Varenia’s army said the rebels"
    " may return in May, Theresa May said.'"),
    "MIRALDA|0|7|Miralda|place\n"
    "MIRALDA CITY|20|32|MIRALDA CITY|place\n"
    "Miralda|53|60|Miralda|place\n"
    "Northern Alliance|69|86|Northern Alliance|organization\n"
    "NA|88|90|Northern Alliance|organization\n"
    "Harbor Institute for Policy Studies|116|151|Harbor Institute for Policy Studies|organization\n"
    "Tomas Velez|168|179|Tomas Velez|person\n"
    "Ana K. Brandt|190|203|Ana K. Brandt|person\n"
    "Port Lisle|207|217|Port Lisle|place\n"
    "Velez|219|224|Tomas Velez|person\n"
    "Joost van der Meer|268|286|Joost van der Meer|person\n"
    "Northern Alliance|303|320|Northern Alliance|organization\n"
    "Brandt|335|341|Ana K. Brandt|person\n"
    "Van der Meer|348|360|Joost van der Meer|person\n"
    "Miralda|396|403|Miralda|place\n"
    "Popular Defence Forces|413|435|Popular Defence Forces|organization\n"
    "PDF|437|440|Popular Defence Forces|organization\n"
    "PDF|446|449|Popular Defence Forces|organization\n"
    "Korsa River|499|510|Korsa River|place\n"
    "South Varenia|516|529|South Varenia|place\n"
    "Varenia|531|538|Varenia|unknown\n"
    "Theresa May|581|592|Theresa May|person");
}

static void test_candidates_rules(void **state){
  sqlite3 *db = *state;
  /* sentence-initial capitals: the word is a name only if the text
  ** capitalizes it elsewhere mid-sentence, or never writes it in lower
  ** case; acronyms linked to their expansion; surnames to full names */
  assert_query(db,
    "SELECT text, canonical, kind FROM entity_candidates('The Harbor Council met."
    " The council said the Port Alder Authority (PAA) would pay. PAA staff agreed."
    " Then Mayor Lucia Fenwick spoke; Fenwick’s plan won. Residents of Eastbank came"
    " from Millbrook and from Dalton County.')",
    "Harbor Council|Harbor Council|organization\n"
    "Port Alder Authority|Port Alder Authority|organization\n"
    "PAA|Port Alder Authority|organization\n"
    "PAA|Port Alder Authority|organization\n"
    "Lucia Fenwick|Lucia Fenwick|person\n"
    "Fenwick|Lucia Fenwick|person\n"
    "Eastbank|Eastbank|unknown\n"
    "Millbrook|Millbrook|place\n"
    "Dalton County|Dalton County|place");
  /* newspapers by their head word */
  assert_query(db,
    "SELECT text, kind FROM entity_candidates('Reports in the Chicago Tribune and"
    " the Daily Telegraph said it; the Harbor Gazette did not.')",
    "Chicago Tribune|organization\nDaily Telegraph|organization\n"
    "Harbor Gazette|organization");
  /* a headline in capitals: only words the body capitalizes; a dateline */
  assert_query(db,
    "SELECT text, canonical, kind FROM entity_candidates('JAPAN BEAT CHINA\n"
    "TOKYO 2025-03-01\n"
    "Japan beat China on Friday. The Japan side and coach Ito Saki won in Osaka.')",
    "JAPAN|Japan|unknown\nCHINA|China|unknown\nTOKYO|TOKYO|place\nJapan|Japan|unknown\n"
    "China|China|unknown\nJapan|Japan|unknown\nIto Saki|Ito Saki|person\nOsaka|Osaka|place");
  /* compounds, possessives, initials, connectors; places do not link */
  assert_query(db,
    "SELECT text, canonical FROM entity_candidates('Iran-backed groups and U.S.-led forces"
    " met the Iraq’s envoy; in Korea and in South Korea; Chester-le-Street; George W. Bush and"
    " P. Simmons; AT&T and Bank of America.')",
    "Iran|Iran\nU.S.|U.S.\nIraq|Iraq\nKorea|Korea\nSouth Korea|South Korea\n"
    "Chester-le-Street|Chester-le-Street\nGeorge W. Bush|George W. Bush\n"
    "P. Simmons|P. Simmons\nAT&T|AT&T\nBank of America|Bank of America");
  /* menus, labels, a title-case headline, sentence-initial common nouns */
  assert_query(db,
    "SELECT text, start FROM entity_candidates('Menu\nHome | World | Sport\n"
    "• Business • Opinion\nTalks Resume in Vilnius After Long Pause\nAttendance: 4,000\n"
    "Analysts said the talks in Vilnius resumed.')",
    "Vilnius|63\nVilnius|133");
  /* months and weekdays are not names, except inside one */
  assert_query(db,
    "SELECT text, kind FROM entity_candidates('In March, Theresa May met the Popular"
    " Front on Monday in Riga. May said she may return in May.')",
    "Theresa May|person\nPopular Front|organization\nRiga|place");
  /* uncased scripts have no capitals to read: no candidates */
  assert_query(db, "SELECT count(*) FROM entity_candidates('في بغداد. 我在北京。')", "0");
}

static void test_candidates_bad_input(void **state){
  sqlite3 *db = *state;
  assert_query(db, "SELECT count(*) FROM entity_candidates(NULL)", "0");
  assert_query(db, "SELECT count(*) FROM entity_candidates('')", "0");
  assert_query(db, "SELECT * FROM entity_candidates(42)",
    "error: entity_candidates(): argument 1 (document) must be text, not integer");
  assert_query(db, "SELECT * FROM entity_candidates()",
    "error: entity_candidates(): missing argument 1 (document)");
  assert_query(db, "SELECT text FROM entity_candidates(x'4D6179FF20476F7265')", "Gore");
  /* offsets follow SQLite's characters, also around invalid bytes */
  assert_query(db,
    "WITH d(t) AS (VALUES('“Señor Núñez” met Zoë Ødegaard in Ålesund; ' ||"
    " CAST(x'FF' AS TEXT) || 'Ørsted paid.'))"
    " SELECT count(*), sum(substr(d.t, c.start+1, c.\"end\"-c.start) = c.text)"
    " FROM d, entity_candidates(d.t) c", "4|4");
}

static void test_candidates_large(void **state){
  sqlite3 *db = *state;
  sqlite3_stmt *p;
  /* one 10 MB line: read in segments, a name across a segment boundary
  ** is still found once */
  char *z = support_repeat("Officials met Marta Lindqvist of Valtoria in Geneva. ", 53*200000);
  assert_int_equal(sqlite3_prepare_v2(db,
    "SELECT count(*), count(DISTINCT start), sum(text='Marta Lindqvist'),"
    " sum(canonical='Marta Lindqvist'), max(\"end\") FROM entity_candidates(?)",
    -1, &p, 0), SQLITE_OK);
  sqlite3_bind_text(p, 1, z, -1, free);
  assert_int_equal(sqlite3_step(p), SQLITE_ROW);
  assert_int_equal(sqlite3_column_int64(p, 0), 3*200000);
  assert_int_equal(sqlite3_column_int64(p, 1), 3*200000);
  assert_int_equal(sqlite3_column_int64(p, 2), 200000);
  assert_int_equal(sqlite3_column_int64(p, 3), 200000);
  assert_int_equal(sqlite3_column_int64(p, 4), 53*199999 + 51);
  sqlite3_finalize(p);
  /* a million capitalized words without spaces between lines */
  z = support_repeat("Aa\n", 3*1000000);
  assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM entity_candidates(?)",
    -1, &p, 0), SQLITE_OK);
  sqlite3_bind_text(p, 1, z, -1, free);
  assert_int_equal(sqlite3_step(p), SQLITE_ROW);
  assert_int_equal(sqlite3_column_int64(p, 0), 0);
  sqlite3_finalize(p);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_example, setup, teardown),
    cmocka_unit_test_setup_teardown(test_case_rules, setup, teardown),
    cmocka_unit_test_setup_teardown(test_forced_capitals, setup, teardown),
    cmocka_unit_test_setup_teardown(test_diacritics, setup, teardown),
    cmocka_unit_test_setup_teardown(test_possessives_and_acronyms, setup, teardown),
    cmocka_unit_test_setup_teardown(test_boundaries_and_longest, setup, teardown),
    cmocka_unit_test_setup_teardown(test_duplicates_and_fit, setup, teardown),
    cmocka_unit_test_setup_teardown(test_date_words, setup, teardown),
    cmocka_unit_test_setup_teardown(test_letterless_aliases, setup, teardown),
    cmocka_unit_test_setup_teardown(test_dictionary_info, setup, teardown),
    cmocka_unit_test_setup_teardown(test_other_scripts, setup, teardown),
    cmocka_unit_test_setup_teardown(test_cache_reads_once, setup, teardown),
    cmocka_unit_test_setup_teardown(test_cache_invalidation, setup, teardown),
    cmocka_unit_test(test_cache_other_connection),
    cmocka_unit_test_setup_teardown(test_bad_input, setup, teardown),
    cmocka_unit_test_setup_teardown(test_odd_input, setup, teardown),
    cmocka_unit_test_setup_teardown(test_large_article, setup, teardown),
    cmocka_unit_test_setup_teardown(test_million_aliases, setup, teardown),
    cmocka_unit_test_setup_teardown(test_candidates_example, setup, teardown),
    cmocka_unit_test_setup_teardown(test_candidates_rules, setup, teardown),
    cmocka_unit_test_setup_teardown(test_candidates_bad_input, setup, teardown),
    cmocka_unit_test_setup_teardown(test_candidates_large, setup, teardown),
  };
  return cmocka_run_group_tests_name("entity_mentions(), entity_candidates() via SQL",
                                     tests, 0, 0);
}
