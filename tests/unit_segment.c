/*
** unit_segment.c - paragraphs and sentences through the C interface:
** the edge cases of sentence splitting (titles, abbreviations, initials,
** numbers, quotations, ordinals, other scripts) and bad input.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "support.h"
#include "segment.h"

/* The sentences of z joined by " | ". */
static char *split(const char *z, const char *zLang){
  NewsSentences st;
  NewsSpan s;
  size_t nOut = strlen(z)*2 + 16;
  char *zOut = malloc(nOut), *p = zOut;
  *p = 0;
  news_sentences_init(&st, z, (int)strlen(z), zLang);
  while( news_sentences_next(&st, &s) ){
    if( p>zOut ){ memcpy(p, " | ", 3); p += 3; }
    memcpy(p, z+s.iStart, s.iEnd-s.iStart);
    p += s.iEnd-s.iStart;
    *p = 0;
  }
  return zOut;
}

#define assert_split(zText, zLang, zWant) do{ char *z_ = split(zText, zLang); \
  assert_string_equal(z_, zWant); free(z_); }while(0)

static void test_sentence_rules(void **state){
  (void)state;
  assert_split("The vote was close. It passed anyway! Was it fair? Nobody knows.", 0,
    "The vote was close. | It passed anyway! | Was it fair? | Nobody knows.");
  /* titles, abbreviations, initials, decimals */
  assert_split("Mr. Okafor met Dr. Lane and Gen. Ruiz in St. Louis. They talked.", "en",
    "Mr. Okafor met Dr. Lane and Gen. Ruiz in St. Louis. | They talked.");
  assert_split("The U.S. Navy said the U.S. Senate agreed. Then it rained.", "en",
    "The U.S. Navy said the U.S. Senate agreed. | Then it rained.");
  assert_split("Troops left the U.S. The base closed.", "en",
    "Troops left the U.S. | The base closed.");
  assert_split("In Sept. 2024 prices rose 3.5 percent, or 2,500 dollars. Costs fell.", "en",
    "In Sept. 2024 prices rose 3.5 percent, or 2,500 dollars. | Costs fell.");
  assert_split("J. R. Tolkin wrote it. George W. Harmon read it.", "en",
    "J. R. Tolkin wrote it. | George W. Harmon read it.");
  assert_split("It starts at 10 a.m. and ends at 4 p.m. The hall then closes.", "en",
    "It starts at 10 a.m. and ends at 4 p.m. | The hall then closes.");
  assert_split("Shares of Acme Corp. rose. Acme Inc. The name changed.", "en",
    "Shares of Acme Corp. rose. | Acme Inc. | The name changed.");
  /* no break before a lower-case word or right after a mark */
  assert_split("He said... then left. Wait!he shouted.", 0,
    "He said... then left. | Wait!he shouted.");
}

static void test_quotations(void **state){
  (void)state;
  /* sentences inside a quotation stay together */
  assert_split("“There is no war. Peace? Thank God it is here,” he said. “It is a shift.” Then he left.", 0,
    "“There is no war. Peace? Thank God it is here,” he said. | “It is a shift.” | Then he left.");
  assert_split("\"Stop. Now.\" She did. (It was late.) Done.", 0,
    "\"Stop. Now.\" | She did. | (It was late.) | Done.");
  assert_split("„Wir bleiben. Das ist klar“, sagte sie. Dann ging sie.", "de",
    "„Wir bleiben. Das ist klar“, sagte sie. | Dann ging sie.");
  assert_split("« Nous restons. C’est clair », dit-elle. Puis elle part.", "fr",
    "« Nous restons. C’est clair », dit-elle. | Puis elle part.");
  /* an opening quote that is never closed does not swallow the paragraph */
  assert_split("“Unclosed start. Next sentence. Last one.", 0,
    "“Unclosed start. | Next sentence. | Last one.");
}

static void test_languages(void **state){
  (void)state;
  assert_split("Er kam am 5. Februar nach Bonn. Das war gut. Die Zahl stieg auf 25. Danach sank sie.", "de",
    "Er kam am 5. Februar nach Bonn. | Das war gut. | Die Zahl stieg auf 25. | Danach sank sie.");
  assert_split("Das ist z.B. ein Test. Hr. Meier kam nicht.", "de",
    "Das ist z.B. ein Test. | Hr. Meier kam nicht.");
  assert_split("Mme. Dupont est arrivée. Elle parle.", "fr",
    "Mme. Dupont est arrivée. | Elle parle.");
  assert_split("北京は晴れ。東京は雨！大阪は？", 0, "北京は晴れ。 | 東京は雨！ | 大阪は？");
  assert_split("هل وصل؟ نعم وصل.", 0, "هل وصل؟ | نعم وصل.");
}

static void test_paragraphs(void **state){
  NewsParagraphs pg;
  NewsSpan s;
  const char *z = "  First line\nof the first.\n\n\n Second. \n\t\nThird";
  int n = 0;
  (void)state;
  news_paragraphs_init(&pg, z, (int)strlen(z));
  assert_true(news_paragraphs_next(&pg, &s));
  assert_int_equal(s.iStart, 2);
  assert_int_equal(s.iEnd, 26);
  assert_int_equal(s.iCharStart, 2);
  assert_true(news_paragraphs_next(&pg, &s));
  assert_int_equal(s.iEnd-s.iStart, 7);
  assert_true(news_paragraphs_next(&pg, &s));
  assert_memory_equal(z+s.iStart, "Third", 5);
  assert_false(news_paragraphs_next(&pg, &s));
  /* no blank line: one paragraph per line */
  news_paragraphs_init(&pg, "a\nb\r\n\nc", 7);
  while( news_paragraphs_next(&pg, &s) ) n++;
  assert_int_equal(n, 2);                 /* "a\nb" (blank line mode), "c" */
  n = 0;
  news_paragraphs_init(&pg, "a\nb\nc", 5);
  while( news_paragraphs_next(&pg, &s) ) n++;
  assert_int_equal(n, 3);
}

/* Character offsets count code points; the sentence span is exact. */
static void test_offsets(void **state){
  NewsSentences st;
  NewsSpan s;
  const char *z = "Café opened. Ünal came.";
  (void)state;
  news_sentences_init(&st, z, (int)strlen(z), 0);
  assert_true(news_sentences_next(&st, &s));
  assert_int_equal(s.iCharStart, 0);
  assert_int_equal(s.iCharEnd, 12);
  assert_true(news_sentences_next(&st, &s));
  assert_int_equal(s.iCharStart, 13);
  assert_int_equal(s.iCharEnd, 23);
  assert_int_equal(s.iParagraph, 0);
  assert_false(news_sentences_next(&st, &s));
}

static void test_bad_input(void **state){
  NewsSentences st;
  NewsSpan s;
  static const char zRaw[] = "Bad \xff byte. Nul\0here. End.";
  int n = 0;
  char *zBig;
  (void)state;
  news_sentences_init(&st, zRaw, (int)sizeof(zRaw)-1, 0);
  while( news_sentences_next(&st, &s) ) n++;
  assert_int_equal(n, 3);
  news_sentences_init(&st, 0, 0, 0);
  assert_false(news_sentences_next(&st, &s));
  assert_true(news_sentences_language_ok("pt-BR"));
  assert_false(news_sentences_language_ok("en;drop"));
  /* a million opening quotes that never close: still one pass */
  zBig = malloc(3000001);
  for(n=0; n<1000000; n++) memcpy(zBig+3*n, "\xe2\x80\x9c", 3);
  zBig[3000000] = 0;
  news_sentences_init(&st, zBig, 3000000, 0);
  n = 0;
  while( news_sentences_next(&st, &s) ) n++;
  assert_int_equal(n, 1);
  /* ten million full stops after capitals */
  for(n=0; n<3000000; n++) zBig[n] = (n%3==0) ? 'A' : (n%3==1) ? '.' : ' ';
  news_sentences_init(&st, zBig, 3000000, 0);
  n = 0;
  while( news_sentences_next(&st, &s) ) n++;
  assert_int_equal(n, 1);                 /* initials: "A. A. A. ..." */
  free(zBig);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_sentence_rules),
    cmocka_unit_test(test_quotations),
    cmocka_unit_test(test_languages),
    cmocka_unit_test(test_paragraphs),
    cmocka_unit_test(test_offsets),
    cmocka_unit_test(test_bad_input),
  };
  return cmocka_run_group_tests_name("unit_segment", tests, 0, 0);
}
