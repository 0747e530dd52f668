/*
** sql_stem.c - stem(), stem_text(), stem_languages, is_stopword(),
** stopwords and the stem/stopword columns of tokens() through SQL: real
** outputs in several languages and scripts, bad input, huge input.
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

static void test_stem_case_and_nfc(void **state){
  sqlite3 *db = *state;
  assert_query(db, "SELECT stem('RUNNING'), stem('Running'), stem('running')",
               "run|run|run");
  assert_query(db, "SELECT stem('ÉCOLES','fr'), stem('écoles','fr'),"
               " stem('e' || char(769) || 'coles', 'French')", "écol|écol|écol");
  assert_query(db, "SELECT stem('Militias'), stem('militia’s'), stem('militia''s')",
               "militia|militia|militia");
  /* a BLOB is read as UTF-8 */
  assert_query(db, "SELECT stem(x'52554E4E494E47')", "run");
}

static void test_stem_languages_by_name_and_code(void **state){
  sqlite3 *db = *state;
  assert_query(db, "SELECT stem('Häuser','de'), stem('Häuser','german'),"
               " stem('HÄUSER','DE')", "haus|haus|haus");
  assert_query(db, "SELECT stem('Москвы','ru'), stem('МОСКВЫ','russian')",
               "москв|москв");
  assert_query(db, "SELECT stem('المعلمون','ar'), stem('الكتاب','arabic')",
               "معلم|كتاب");
  assert_query(db, "SELECT stem('generalization','porter'),"
               " stem('generalization','en')", "gener|general");
  /* every language of stem_languages works by name and by code */
  assert_query(db, "SELECT count(*), sum(stem('test', name) IS NOT NULL),"
               " sum(code IS NULL OR stem('test', code) = stem('test', name))"
               " FROM stem_languages", "29|29|29");
}

static void test_stem_text(void **state){
  sqlite3 *db = *state;
  assert_query(db, "SELECT stem_text('The Iran-backed militias’ leaders were"
               " disarming 2,500 fighters.')",
               "the iran-back militia leader were disarm fighter");
  assert_query(db, "SELECT stem_text('Москва и Санкт-Петербург объявили о"
               " новых выборах', 'ru')",
               "москв и санкт-петербург объяв о нов выбор");
  assert_query(db, "SELECT stem_text('قال المعلمون في المدارس إن الكتاب جديد',"
               " 'ar')", "قال معلم في مدارس ان كتاب جديد");
  assert_query(db, "SELECT stem_text('L’école et les écoles d’Italie', 'fr')",
               "écol et le écol ital");
  assert_query(db, "SELECT stem_text(''), stem_text('!!! 2,500 —'),"
               " typeof(stem_text(NULL)), typeof(stem_text('a', NULL))",
               "||null|null");
}

static void test_null_and_bad_arguments(void **state){
  sqlite3 *db = *state;
  assert_query(db, "SELECT typeof(stem(NULL)), typeof(stem('a', NULL)),"
               " typeof(stem(NULL, 'fr')), stem('')", "null|null|null|");
  assert_query(db, "SELECT stem(3)",
               "error: stem(): argument 1 (word) must be text, not integer");
  assert_query(db, "SELECT stem('a', 4.5)",
               "error: stem(): argument 2 (language) must be text, not real");
  assert_query(db, "SELECT stem_text(x'00', 7)",
               "error: stem_text(): argument 2 (language) must be text, not integer");
  assert_query_prefix(db, "SELECT stem('a', 'klingon')",
               "error: stem(): unknown language 'klingon'; use a Snowball name"
               " or ISO 639-1 code: arabic (ar), armenian (hy), basque (eu),");
  assert_query_prefix(db, "SELECT stem_text('a', '')",
               "error: stem_text(): unknown language ''; ");
  assert_query(db, "SELECT stem()",
               "error: wrong number of arguments to function stem()");
  assert_query(db, "SELECT stem('a', 'en', 'x')",
               "error: wrong number of arguments to function stem()");
  /* the language of each row (not a constant) */
  support_exec(db, "CREATE TABLE w(word, lang);"
    "INSERT INTO w VALUES ('écoles','fr'), ('Häuser','de'), ('running','en'),"
    " ('x', NULL), ('y', 'nope');");
  assert_query_prefix(db, "SELECT stem(word, lang) FROM w",
                      "error: stem(): unknown language 'nope'");
  assert_query(db, "SELECT quote(stem(word, lang)) FROM w WHERE rowid<=4",
               "'écol'\n'haus'\n'run'\nNULL");
}

static void test_bad_bytes_and_huge_input(void **state){
  sqlite3 *db = *state;
  sqlite3_stmt *p;
  char *z;
  /* invalid UTF-8 and binary: U+FFFD, no crash */
  assert_query(db, "SELECT hex(stem(x'61FF62')), length(stem_text(x'00FF0102')),"
               " stem_text(x'486900FF4869')", "61EFBFBD62|0|hi hi");
  assert_query(db, "SELECT length(stem(randomblob(1000))) > 0", "1");
  /* a 10 MB word comes back lower-cased, unstemmed */
  z = support_repeat("ABCDEFGHIJ", 10*1000*1000);
  assert_int_equal(sqlite3_prepare_v2(db,
    "SELECT length(s), substr(s, 1, 12), stem_text(?1) = s FROM"
    " (SELECT stem(?1) AS s)", -1, &p, 0), SQLITE_OK);
  sqlite3_bind_text(p, 1, z, -1, free);
  assert_int_equal(sqlite3_step(p), SQLITE_ROW);
  assert_int_equal(sqlite3_column_int(p, 0), 10*1000*1000);
  assert_string_equal((const char*)sqlite3_column_text(p, 1), "abcdefghijab");
  assert_int_equal(sqlite3_column_int(p, 2), 1);
  sqlite3_finalize(p);
  /* 10 MB of words: linear */
  z = support_repeat("Militias were disarming ", 24*400000);
  assert_int_equal(sqlite3_prepare_v2(db,
    "SELECT length(stem_text(?1))", -1, &p, 0), SQLITE_OK);
  sqlite3_bind_text(p, 1, z, -1, free);
  assert_int_equal(sqlite3_step(p), SQLITE_ROW);
  assert_int_equal(sqlite3_column_int(p, 0), 20*400000 - 1);  /* "militia were disarm " */
  sqlite3_finalize(p);
}

static void test_stem_languages_table(void **state){
  sqlite3 *db = *state;
  assert_query(db, "SELECT name, code, stopwords FROM stem_languages"
               " WHERE name IN ('arabic','english','greek','porter','russian')",
               "arabic|ar|1\nenglish|en|1\ngreek|el|0\nporter|NULL|0\nrussian|ru|1");
  assert_query(db, "SELECT count(*), sum(stopwords), count(DISTINCT code)"
               " FROM stem_languages", "29|14|28");
}

static void test_is_stopword(void **state){
  sqlite3 *db = *state;
  assert_query(db, "SELECT is_stopword('THE'), is_stopword('they’re'),"
               " is_stopword('militia'), is_stopword('us')", "1|1|0|0");
  assert_query(db, "SELECT is_stopword('Über','de'), is_stopword('И','ru'),"
               " is_stopword('فِي','ar'), is_stopword('Les','fr'),"
               " is_stopword('école','fr')", "1|1|1|1|0");
  assert_query(db, "SELECT typeof(is_stopword(NULL)),"
               " typeof(is_stopword('a', NULL)), is_stopword('')", "null|null|0");
  assert_query(db, "SELECT is_stopword('a', 'greek')",
               "error: is_stopword(): no stopword list for greek; lists exist"
               " for ar da de en es fi fr hu it nl no pt ru sv");
  assert_query(db, "SELECT is_stopword(1)",
               "error: is_stopword(): argument 1 (word) must be text, not integer");
  assert_query_prefix(db, "SELECT is_stopword('a', 'xx')",
               "error: is_stopword(): unknown language 'xx'");
}

static void test_stopwords_table(void **state){
  sqlite3 *db = *state;
  assert_query(db, "SELECT language, count(*) FROM stopwords"
               " WHERE language IN ('ar','de','en','fr','ru') GROUP BY 1",
               "ar|95\nde|233\nen|174\nfr|156\nru|159");
  /* every listed word is a stopword of its language */
  assert_query(db, "SELECT count(*), sum(is_stopword(word, language))"
               " FROM stopwords", "2515|2515");
  assert_query(db, "SELECT count(*) FROM stopwords WHERE language='en'"
               " AND word IN ('the','a','of','us','will')", "3");
}

static void test_tokens_stem_columns(void **state){
  sqlite3 *db = *state;
  assert_query(db, "SELECT token, kind, stem, stopword FROM tokens("
               "'Iraq’s PM said the U.S.-led militias were disarming 2,500 troops.')",
               "Iraq’s|word|iraq|0\n"
               "PM|word|pm|0\n"
               "said|word|said|0\n"
               "the|word|the|1\n"
               "U.S.-led|word|u.s.-l|0\n"
               "militias|word|militia|0\n"
               "were|word|were|1\n"
               "disarming|word|disarm|0\n"
               "2,500|number|2,500|0\n"
               "troops|word|troop|0\n"
               ".|punct|.|0");
  assert_query(db, "SELECT token, stem, stopword FROM tokens("
               "'Les écoles d’Italie ont rouvert', 'fr')",
               "Les|le|1\nécoles|écol|0\nd’Italie|ital|0\nont|ont|1\n"
               "rouvert|rouvert|0");
  assert_query(db, "SELECT group_concat(stem, ' '), sum(stopword) FROM tokens("
               "'Городской совет объявил, что новый мост откроют весной', 'ru')"
               " WHERE kind = 'word'",
               "городск совет объяв что нов мост откроют весн|1");
  assert_query(db, "SELECT group_concat(stem, ' '), sum(stopword) FROM tokens("
               "'قال المعلمون في المدارس إن الكتاب جديد', 'ar')",
               "قال معلم في مدارس ان كتاب جديد|2");
  /* no stopword list: NULL, not a silent 0 */
  assert_query(db, "SELECT stem, quote(stopword) FROM tokens('Νόμοι', 'el')",
               "νομ|NULL");
  /* NULL language: no stems */
  assert_query(db, "SELECT token, quote(stem), quote(stopword)"
               " FROM tokens('The end', NULL)", "The|NULL|NULL\nend|NULL|NULL");
  /* the hidden columns show the arguments */
  assert_query(db, "SELECT DISTINCT text, language FROM tokens('a b', 'de')",
               "a b|de");
  /* the old columns are unchanged by a language */
  assert_query(db, "SELECT count(*) FROM tokens('Iraq’s 2,500 U.S.') a"
               " JOIN tokens('Iraq’s 2,500 U.S.', 'fr') b USING(position)"
               " WHERE a.token=b.token AND a.folded=b.folded AND a.kind=b.kind"
               " AND a.start=b.start AND a.\"end\"=b.\"end\"", "3");
}

static void test_tokens_language_errors(void **state){
  sqlite3 *db = *state;
  assert_query_prefix(db, "SELECT * FROM tokens('a', 'xx')",
                      "error: tokens(): unknown language 'xx'; use a Snowball name");
  assert_query(db, "SELECT * FROM tokens('a', 5)",
               "error: tokens(): argument 2 (language) must be text, not integer");
  assert_query(db, "SELECT count(*) FROM tokens(NULL, 'fr')", "0");
}

static void test_tokens_join_per_row_language(void **state){
  sqlite3 *db = *state;
  support_exec(db, "CREATE TABLE art(id INTEGER PRIMARY KEY, lang, body);"
    "INSERT INTO art(lang, body) VALUES ('en', 'Militias were disarming.'),"
    " ('de', 'Die Häuser wurden gebaut.'), ('fr', 'Les écoles ont rouvert.');");
  assert_query(db, "SELECT a.id, group_concat(t.stem, ' ') FROM art a,"
               " tokens(a.body, a.lang) t WHERE t.kind='word' AND NOT t.stopword"
               " GROUP BY a.id",
               "1|militia disarm\n2|haus gebaut\n3|écol rouvert");
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_stem_case_and_nfc),
    cmocka_unit_test(test_stem_languages_by_name_and_code),
    cmocka_unit_test(test_stem_text),
    cmocka_unit_test(test_null_and_bad_arguments),
    cmocka_unit_test(test_bad_bytes_and_huge_input),
    cmocka_unit_test(test_stem_languages_table),
    cmocka_unit_test(test_is_stopword),
    cmocka_unit_test(test_stopwords_table),
    cmocka_unit_test(test_tokens_stem_columns),
    cmocka_unit_test(test_tokens_language_errors),
    cmocka_unit_test(test_tokens_join_per_row_language),
  };
  return cmocka_run_group_tests_name("stems via SQL", tests, setup, teardown);
}
