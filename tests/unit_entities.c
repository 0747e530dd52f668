/*
** unit_entities.c - the C helpers that entity_mentions() and
** entity_candidates() share with the rest of the extension: the text
** core's capitalization context (news_cap_track, news_cap_is_forced,
** news_line_class, news_is_sentence_end), news_possessive_len, and the
** NewsIntern string table of common.c.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "text.h"

/* The words of z whose capital position forces ("May ..."), as "a,b,c". */
static char *forced_words(const char *z){
  static char zOut[1024];
  NewsTokenizer tk;
  NewsCapState cs;
  NewsToken t;
  int n = 0;
  memset(&cs, 0, sizeof(cs));
  zOut[0] = 0;
  news_tokenizer_init(&tk, z, (int)strlen(z), 0);
  while( news_tokenizer_next(&tk, &t) ){
    news_cap_track(&cs, z, &t);
    if( t.flags & NEWS_TF_FORCED ){
      n += snprintf(zOut+n, sizeof(zOut)-n, "%s%.*s", n ? "," : "",
                    t.iEnd-t.iStart, z+t.iStart);
    }
  }
  return zOut;
}

static void test_cap_track(void **state){
  (void)state;
  assert_string_equal(forced_words("Iraq said. Iran said! Syria? Yes: No"),
                      "Iraq,Iran,Syria,Yes,No");
  /* through brackets and closing quotes; opening quotes start a quotation */
  assert_string_equal(forced_words("He left. (The talks) ended. \"We go,\" she said."),
                      "He,The,We");
  assert_string_equal(forced_words("he said “Talks resume” and ‘Peace’ too"),
                      "he,Talks,Peace");
  /* a line start, a dash standing alone, an item separator, a bullet */
  assert_string_equal(forced_words("one\ntwo — Three - four | Five • Six · Seven"),
                      "one,two,Three,four,Five,Six,Seven");
  /* a hyphen inside a word or an abbreviation's dot start nothing */
  assert_string_equal(forced_words("the U.S. Army and Iran-backed Forces"), "the");
  /* an ellipsis, and the CJK full stop */
  assert_string_equal(forced_words("wait... Then 北京。 Beijing"), "wait,Then,Beijing");
  /* numbers and abbreviations can be forced too; commas end nothing */
  assert_string_equal(forced_words("x. 2025 was, U.N. said. U.N. went"), "x,2025,U.N.");
}

static void test_cap_is_forced(void **state){
  (void)state;
  /* "May" at a sentence start: forced; "US" there: only its first capital */
  assert_true(news_cap_is_forced(NEWS_TF_FORCED|NEWS_TF_CAPITAL|NEWS_TF_UPPER|NEWS_TF_LOWER, 3));
  assert_false(news_cap_is_forced(NEWS_TF_FORCED|NEWS_TF_CAPITAL|NEWS_TF_UPPER, 2));
  assert_true(news_cap_is_forced(NEWS_TF_FORCED|NEWS_TF_CAPITAL|NEWS_TF_UPPER, 1));
  assert_false(news_cap_is_forced(NEWS_TF_CAPITAL|NEWS_TF_UPPER|NEWS_TF_LOWER, 3));
}

static int line_class(const char *z, int iStart){
  return news_line_class(z, (int)strlen(z), iStart);
}

static void test_line_class(void **state){
  const char *z = "JAPAN BEAT CHINA\nValtoria Ceasefire Holds as Talks Resume in Geneva\n"
                  "The talks resumed on Monday.\nIN won. They met in Vienna.\nI\nUS\n"
                  "Leicestershire 22 points , Somerset 4 .\n";
  (void)state;
  assert_int_equal(line_class(z, 0), NEWS_LINE_CAPS);
  assert_int_equal(line_class(z, 17), NEWS_LINE_TITLE);
  assert_int_equal(line_class(z, 68), NEWS_LINE_TEXT);
  /* short lower-case words only, but capitals are not two thirds */
  assert_int_equal(line_class(z, 97), NEWS_LINE_TEXT);
  /* one capital letter is not a line in capitals; two are */
  assert_int_equal(line_class(z, 125), NEWS_LINE_TEXT);
  assert_int_equal(line_class(z, 127), NEWS_LINE_CAPS);
  assert_int_equal(line_class(z, 130), NEWS_LINE_TEXT);
  /* the class of a line does not look past its end */
  assert_int_equal(line_class("TALKS\nabout peace", 0), NEWS_LINE_CAPS);
  assert_int_equal(line_class("", 0), NEWS_LINE_TEXT);
  /* other scripts: Greek and Cyrillic have capitals, Arabic none */
  assert_int_equal(line_class("ΑΘΗΝΑ ΚΑΙ ΣΠΑΡΤΗ", 0), NEWS_LINE_CAPS);
  assert_int_equal(line_class("في بغداد", 0), NEWS_LINE_TEXT);
}

static void test_sentence_end(void **state){
  const char *z = "a . ! ? : ... ; , 。 …";
  NewsTokenizer tk;
  NewsToken t;
  char zEnds[64];
  int n = 0;
  (void)state;
  news_tokenizer_init(&tk, z, (int)strlen(z), 0);
  while( news_tokenizer_next(&tk, &t) ){
    zEnds[n++] = news_is_sentence_end(z, &t) ? 'y' : 'n';
  }
  zEnds[n] = 0;
  assert_string_equal(zEnds, "nyyyyynnyy");
}

static void test_possessive_len(void **state){
  const char *z = "Iraq's Sudani’s states' IRAQ'S Shia’ it s' Jones’";
  (void)state;
  assert_int_equal(news_possessive_len(z, 0, 6), 2);        /* Iraq's */
  assert_int_equal(news_possessive_len(z, 7, 17), 4);       /* Sudani’s */
  assert_int_equal(news_possessive_len(z, 18, 25), 1);      /* states' */
  assert_int_equal(news_possessive_len(z, 26, 32), 2);      /* IRAQ'S */
  assert_int_equal(news_possessive_len(z, 33, 40), 0);      /* Shia’ */
  assert_int_equal(news_possessive_len(z, 41, 43), 0);      /* it */
  assert_int_equal(news_possessive_len(z, 44, 46), 0);      /* s' (too short) */
  assert_int_equal(news_possessive_len(z, 47, 55), 3);      /* Jones’ */
}

static void test_intern(void **state){
  NewsIntern t;
  char zBuf[32];
  uint32_t i, id;
  (void)state;
  news_intern_init(&t);
  assert_int_equal(news_intern_find(&t, "x", 1), NEWS_INTERN_NONE);
  assert_int_equal(news_intern_add(&t, "Iraq", 4), 0);
  assert_int_equal(news_intern_add(&t, "Iran", 4), 1);
  assert_int_equal(news_intern_add(&t, "Iraq", 4), 0);
  assert_int_equal(news_intern_add(&t, "", 0), 2);
  assert_int_equal(news_intern_find(&t, "", 0), 2);
  assert_int_equal(news_intern_find(&t, "Ira", 3), NEWS_INTERN_NONE);
  assert_int_equal(news_intern_find(&t, "Iraqi", 5), NEWS_INTERN_NONE);
  /* embedded NULs are part of the string */
  assert_int_equal(news_intern_add(&t, "a\0b", 3), 3);
  assert_int_equal(news_intern_add(&t, "a\0c", 3), 4);
  assert_int_equal(news_intern_find(&t, "a", 1), NEWS_INTERN_NONE);
  assert_string_equal(news_intern_str(&t, 1), "Iran");
  /* many strings: ids stay, lookups find them all */
  for(i=0; i<100000; i++){
    int n = snprintf(zBuf, sizeof(zBuf), "name%u", i);
    assert_int_equal(news_intern_add(&t, zBuf, n), 5+i);
  }
  news_intern_shrink(&t);
  for(i=0; i<100000; i+=997){
    int n = snprintf(zBuf, sizeof(zBuf), "name%u", i);
    id = news_intern_find(&t, zBuf, n);
    assert_int_equal(id, 5+i);
    assert_string_equal(news_intern_str(&t, id), zBuf);
  }
  assert_int_equal(t.nString, 100005);
  assert_true(news_intern_bytes(&t) > 100000*8);
  news_intern_free(&t);
  assert_int_equal(t.nString, 0);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_cap_track),
    cmocka_unit_test(test_cap_is_forced),
    cmocka_unit_test(test_line_class),
    cmocka_unit_test(test_sentence_end),
    cmocka_unit_test(test_possessive_len),
    cmocka_unit_test(test_intern),
  };
  return cmocka_run_group_tests_name("capitalization context, possessives, NewsIntern",
                                     tests, 0, 0);
}
