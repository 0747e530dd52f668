/*
** sql_fts5.c - the FTS5 tokenizer `snowball` end to end: indexing,
** stemmed MATCH, prefix queries, compounds and abbreviations,
** highlight()/snippet() offsets, diacritics, parent tokenizers, several
** languages, bad options and huge documents.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "support.h"

static int setup(void **state){
  sqlite3 *db = support_open();
  support_exec(db,
    "CREATE VIRTUAL TABLE en USING fts5(title, body, tokenize='snowball english');"
    "INSERT INTO en(rowid, title, body) VALUES"
    " (1, 'Ceasefire talks', 'Militia leaders in São Paulo agreed to disarm."
    " The disarmament of the militias began on Monday; 2,500 fighters handed"
    " over weapons to U.N. monitors.'),"
    " (2, 'Bridge reopens', 'The Iran-backed militia’s convoy crossed the"
    " bridge before the U.S. embassy closed.'),"
    " (3, 'Grain prices', 'Farmers said prices of grain rose by 3.5% this week.');"
    "CREATE VIRTUAL TABLE en_vocab USING fts5vocab(en, 'instance');");
  *state = db;
  return 0;
}
static int teardown(void **state){ sqlite3_close(*state); return 0; }

static void test_stemmed_match(void **state){
  sqlite3 *db = *state;
  assert_query(db, "SELECT rowid FROM en WHERE en MATCH 'militias' ORDER BY rowid",
               "1\n2");
  assert_query(db, "SELECT rowid FROM en WHERE en MATCH 'MILITIA' ORDER BY rowid",
               "1\n2");
  assert_query(db, "SELECT rowid FROM en WHERE en MATCH 'disarming'", "1");
  assert_query(db, "SELECT rowid FROM en WHERE en MATCH 'farmer AND price'", "3");
  assert_query(db, "SELECT rowid FROM en WHERE en MATCH 'title:bridges'", "2");
  assert_query(db, "SELECT rowid FROM en WHERE en MATCH 'reopening'", "2");
  assert_query(db, "SELECT count(*) FROM en WHERE en MATCH 'elephants'", "0");
}

static void test_prefix_not_stemmed(void **state){
  sqlite3 *db = *state;
  /* disarm* covers disarm and disarmament (stem disarma) */
  assert_query(db, "SELECT highlight(en, 1, '[', ']') FROM en"
               " WHERE en MATCH 'disarm*'",
               "Militia leaders in São Paulo agreed to [disarm]. The"
               " [disarmament] of the militias began on Monday; 2,500 fighters"
               " handed over weapons to U.N. monitors.");
  /* "militias*" is not reduced to militia*: no indexed term starts so */
  assert_query(db, "SELECT count(*) FROM en WHERE en MATCH 'militias*'", "0");
  assert_query(db, "SELECT count(*) FROM en WHERE en MATCH 'milit*'", "2");
  /* prefixes match stems: longer than the stem (negoti) misses */
  support_exec(db, "INSERT INTO en(rowid, body) VALUES (4, 'The negotiators met')");
  assert_query(db, "SELECT rowid FROM en WHERE en MATCH 'negoti*'", "4");
  assert_query(db, "SELECT count(*) FROM en WHERE en MATCH 'negotiat*'", "0");
}

static void test_highlight_and_snippet_offsets(void **state){
  sqlite3 *db = *state;
  /* multi-byte text before the match: offsets are right */
  assert_query(db, "SELECT highlight(en, 1, '[', ']') FROM en"
               " WHERE en MATCH 'paulo'",
               "Militia leaders in São [Paulo] agreed to disarm. The disarmament"
               " of the militias began on Monday; 2,500 fighters handed over"
               " weapons to U.N. monitors.");
  assert_query(db, "SELECT highlight(en, 1, '<b>', '</b>') FROM en"
               " WHERE en MATCH 'sao'",
               "Militia leaders in <b>São</b> Paulo agreed to disarm. The"
               " disarmament of the militias began on Monday; 2,500 fighters"
               " handed over weapons to U.N. monitors.");
  assert_query(db, "SELECT snippet(en, 1, '[', ']', '…', 6) FROM en"
               " WHERE en MATCH 'disarming'",
               "…agreed to [disarm]. The disarmament of…");
  assert_query(db, "SELECT highlight(en, 1, '[', ']') FROM en"
               " WHERE en MATCH 'militia' AND rowid=2",
               "The Iran-backed [militia’s] convoy crossed the bridge before"
               " the U.S. embassy closed.");
}

static void test_compounds_and_abbreviations(void **state){
  sqlite3 *db = *state;
  /* Iran-backed is indexed as iran, back */
  assert_query(db, "SELECT highlight(en, 1, '[', ']') FROM en WHERE en MATCH 'Iran'",
               "The [Iran]-backed militia’s convoy crossed the bridge before"
               " the U.S. embassy closed.");
  assert_query(db, "SELECT highlight(en, 1, '[', ']') FROM en"
               " WHERE en MATCH '\"Iran-backed\"'",
               "The [Iran-backed] militia’s convoy crossed the bridge before"
               " the U.S. embassy closed.");
  assert_query(db, "SELECT rowid FROM en WHERE en MATCH '\"Iran backing\"'", "2");
  /* U.S. is "u.s." with "us" colocated; U.N. likewise */
  assert_query(db, "SELECT rowid FROM en WHERE en MATCH '\"U.S.\"'", "2");
  assert_query(db, "SELECT rowid FROM en WHERE en MATCH 'US'", "2");
  assert_query(db, "SELECT rowid FROM en WHERE en MATCH 'un'", "1");
  assert_query(db, "SELECT rowid FROM en WHERE en MATCH '\"U.N. monitors\"'", "1");
  /* numbers as written */
  assert_query(db, "SELECT rowid FROM en WHERE en MATCH '\"2,500\" AND \"3.5\"'", "");
  assert_query(db, "SELECT rowid FROM en WHERE en MATCH '\"3.5\"'", "3");
  /* what the index holds for document 2 */
  assert_query(db, "SELECT group_concat(term, ' ') FROM (SELECT term FROM en_vocab"
               " WHERE doc=2 AND col='body' ORDER BY offset, term)",
               "the iran back militia convoy cross the bridg befor the u.s. us"
               " embassi close");
}

static void test_diacritics(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE VIRTUAL TABLE fr0 USING fts5(b, tokenize='snowball french remove_diacritics 0');"
    "CREATE VIRTUAL TABLE fr1 USING fts5(b, tokenize='snowball fr remove_diacritics 1');"
    "CREATE VIRTUAL TABLE fr2 USING fts5(b, tokenize='snowball fr remove_diacritics 2');"
    "INSERT INTO fr0 VALUES ('Les écoles de la ville ont rouvert après l’été.');"
    "INSERT INTO fr1 SELECT * FROM fr0; INSERT INTO fr2 SELECT * FROM fr0;"
    "CREATE VIRTUAL TABLE fr1_vocab USING fts5vocab(fr1, 'row');");
  assert_query(db, "SELECT count(*) FROM fr0 WHERE fr0 MATCH 'école'", "1");
  assert_query(db, "SELECT count(*) FROM fr0 WHERE fr0 MATCH 'ecoles'", "0");
  assert_query(db, "SELECT count(*) FROM fr1 WHERE fr1 MATCH 'ecoles'", "1");
  assert_query(db, "SELECT count(*) FROM fr2 WHERE fr2 MATCH 'ÉCOLE'", "1");
  /* stems were computed on the accented words, then stripped */
  assert_query(db, "SELECT group_concat(term, ' ') FROM fr1_vocab",
               "apres de ecol ete la le ont rouvert vill");
  assert_query(db, "SELECT highlight(fr1, 0, '[', ']') FROM fr1 WHERE fr1 MATCH 'ete'",
               "Les écoles de la ville ont rouvert après [l’été].");
}

static void test_other_languages(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE VIRTUAL TABLE ru USING fts5(b, tokenize='snowball russian');"
    "INSERT INTO ru VALUES ('Городской совет объявил, что новый мост через"
    " реку откроют весной.');"
    "CREATE VIRTUAL TABLE ar USING fts5(b, tokenize='snowball ar');"
    "INSERT INTO ar VALUES ('قال المعلمون في المدارس إن الكتاب جديد');"
    "CREATE VIRTUAL TABLE de USING fts5(b, tokenize='snowball de');"
    "INSERT INTO de VALUES ('Die Häuser an der Straße wurden 1990 gebaut.');");
  assert_query(db, "SELECT highlight(ru, 0, '[', ']') FROM ru WHERE ru MATCH 'МОСТЫ'",
               "Городской совет объявил, что новый [мост] через реку откроют весной.");
  assert_query(db, "SELECT highlight(ar, 0, '[', ']') FROM ar WHERE ar MATCH 'معلم'",
               "قال [المعلمون] في المدارس إن الكتاب جديد");
  assert_query(db, "SELECT highlight(ar, 0, '[', ']') FROM ar WHERE ar MATCH 'كتاب'",
               "قال المعلمون في المدارس إن [الكتاب] جديد");
  assert_query(db, "SELECT highlight(de, 0, '[', ']') FROM de WHERE de MATCH 'haus'",
               "Die [Häuser] an der Straße wurden 1990 gebaut.");
  assert_query(db, "SELECT highlight(de, 0, '[', ']') FROM de WHERE de MATCH 'STRASSEN'",
               "Die Häuser an der [Straße] wurden 1990 gebaut.");
  /* each table's own stemmer, in one statement */
  assert_query(db, "SELECT (SELECT count(*) FROM ru WHERE ru MATCH 'мостов'),"
               " (SELECT count(*) FROM de WHERE de MATCH 'Hauses'),"
               " (SELECT count(*) FROM en WHERE en MATCH 'bridges')", "1|1|1");
}

static void test_parent_tokenizer(void **state){
  sqlite3 *db = *state;
  support_exec(db,
    "CREATE VIRTUAL TABLE p USING fts5(b,"
    " tokenize='snowball french unicode61 remove_diacritics 0');"
    "INSERT INTO p VALUES ('Les écoles de la ville ont rouvert');"
    "CREATE VIRTUAL TABLE pa USING fts5(b, tokenize='snowball english ascii');"
    "INSERT INTO pa VALUES ('Militias were disarming');"
    "CREATE VIRTUAL TABLE p_vocab USING fts5vocab(p, 'row');");
  assert_query(db, "SELECT highlight(p, 0, '[', ']') FROM p WHERE p MATCH 'école'",
               "Les [écoles] de la ville ont rouvert");
  assert_query(db, "SELECT group_concat(term, ' ') FROM p_vocab",
               "de ecol la le ont rouvert vill");
  assert_query(db, "SELECT count(*) FROM pa WHERE pa MATCH 'militia AND disarm'", "1");
}

static void test_bad_options(void **state){
  sqlite3 *db = *state;
  assert_query(db, "CREATE VIRTUAL TABLE b1 USING fts5(x, tokenize='snowball klingon')",
               "error: error in tokenizer constructor");
  assert_query(db, "CREATE VIRTUAL TABLE b2 USING fts5(x,"
               " tokenize='snowball en remove_diacritics 7')",
               "error: error in tokenizer constructor");
  assert_query(db, "CREATE VIRTUAL TABLE b3 USING fts5(x,"
               " tokenize='snowball en remove_diacritics')",
               "error: error in tokenizer constructor");
  /* default language: English */
  support_exec(db, "CREATE VIRTUAL TABLE b4 USING fts5(x, tokenize='snowball');"
               "INSERT INTO b4 VALUES ('running');");
  assert_query(db, "SELECT count(*) FROM b4 WHERE b4 MATCH 'runs'", "1");
}

static void test_huge_and_binary_documents(void **state){
  sqlite3 *db = *state;
  sqlite3_stmt *p;
  char *z;
  support_exec(db, "CREATE VIRTUAL TABLE h USING fts5(b, tokenize='snowball en')");
  /* a 10 MB single word, then 10 MB of words */
  z = support_repeat("Abcdefghij", 10*1000*1000);
  assert_int_equal(sqlite3_prepare_v2(db, "INSERT INTO h VALUES (?1)", -1, &p, 0),
                   SQLITE_OK);
  sqlite3_bind_text(p, 1, z, -1, free);
  assert_int_equal(sqlite3_step(p), SQLITE_DONE);
  sqlite3_reset(p);
  z = support_repeat("Militias were disarming ", 24*400000);
  sqlite3_bind_text(p, 1, z, -1, free);
  assert_int_equal(sqlite3_step(p), SQLITE_DONE);
  sqlite3_finalize(p);
  support_exec(db, "INSERT INTO h VALUES (zeroblob(10000)), (x'4869FF00C3');"
    "CREATE VIRTUAL TABLE h2 USING fts5(b, tokenize='snowball fr');"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<20)"
    " INSERT INTO h2 SELECT randomblob(10000) FROM n;");
  assert_query(db, "SELECT count(*) FROM h WHERE h MATCH 'militia'", "1");
  assert_query(db, "SELECT count(*) FROM h WHERE h MATCH 'hi'", "1");
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_stemmed_match, setup, teardown),
    cmocka_unit_test_setup_teardown(test_prefix_not_stemmed, setup, teardown),
    cmocka_unit_test_setup_teardown(test_highlight_and_snippet_offsets, setup, teardown),
    cmocka_unit_test_setup_teardown(test_compounds_and_abbreviations, setup, teardown),
    cmocka_unit_test_setup_teardown(test_diacritics, setup, teardown),
    cmocka_unit_test_setup_teardown(test_other_languages, setup, teardown),
    cmocka_unit_test_setup_teardown(test_parent_tokenizer, setup, teardown),
    cmocka_unit_test_setup_teardown(test_bad_options, setup, teardown),
    cmocka_unit_test_setup_teardown(test_huge_and_binary_documents, setup, teardown),
  };
  return cmocka_run_group_tests_name("FTS5 tokenizer snowball", tests, NULL, NULL);
}
