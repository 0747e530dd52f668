/*
** unit_textdump.c - the page-text path of article(): the visible text of
** a page with navigation, a header date, the headline (twice), the byline
** line, the body and the footer.  All pages here are made up.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "support.h"
#include "article_test.h"
#include "textdump.h"

#define parse(z, n) article_parse_with(news_textdump_parse, z, n)
#define done(a)     article_done(a)
#define field(b)    article_field(b)

static const char *zDump =
  "Skip to content\n"
  "• Home • World • Business • Sport\n"
  "Thursday, 12 March 2026\n"
  "logo\n"
  "Sign in | Subscribe\n"
  "\n"
  "River Ferry Returns After Three Winters\n"
  "\n"
  "Valley Post March 3, 2026 Transport\n"
  "River Ferry Returns After Three Winters\n"
  "\n"
  "The ferry between Eastford and Millbank will carry passengers again from Monday, three winters after floods damaged both landing stages.\n"
  "\n"
  "The county spent 4.1 million on the new piers, which stand a metre higher than the old ones. “We built them for the river we have now,” said engineer Ruth Alder.\n"
  "\n"
  "New timetable\n"
  "\n"
  "Boats will leave every twenty minutes between six in the morning and nine at night, with a later service on Fridays and Saturdays.\n"
  "\n"
  "Tickets cost the same as before the floods, and children under twelve travel free until the end of the year.\n"
  "\n"
  "Related articles\n"
  "• Floods: what the insurers paid\n"
  "• Bridge repairs delayed again\n"
  "\n"
  "Share on Facebook Share on X Email\n"
  "We use cookies to improve your experience. By continuing you accept our cookie policy.\n"
  "© 2026 Valley Post. All rights reserved.\n"
  "Top";

static void test_dump_fields(void **state){
  NewsArticle *a = parse(zDump, -1);
  (void)state;
  assert_int_equal(a->eFormat, NEWS_ARTICLE_TEXT);
  assert_string_equal(field(&a->title), "River Ferry Returns After Three Winters");
  assert_string_equal(field(&a->source), "Valley Post");
  assert_string_equal(field(&a->section), "Transport");
  /* the header date above the logo is the day the page was saved */
  assert_string_equal(field(&a->published), "2026-03-03");
  assert_string_equal(field(&a->language), "en");
  assert_string_equal(field(&a->body),
    "The ferry between Eastford and Millbank will carry passengers again from Monday, three winters after floods damaged both landing stages.\n\n"
    "The county spent 4.1 million on the new piers, which stand a metre higher than the old ones. “We built them for the river we have now,” said engineer Ruth Alder.\n\n"
    "New timetable\n\n"
    "Boats will leave every twenty minutes between six in the morning and nine at night, with a later service on Fridays and Saturdays.\n\n"
    "Tickets cost the same as before the floods, and children under twelve travel free until the end of the year.");
  done(a);
}

/* A byline with an author, a date and a time; list marks taken off. */
static void test_byline_author(void **state){
  NewsArticle *a = parse(
    "Menu\n\nMarket Hall Reopens With Forty Stalls\n\n"
    "By Tom Reyes | May 14, 2025 9:30 am ET\n\n"
    "The market hall on Quay Street opened its doors again on Wednesday after a renovation that took almost two years to finish.\n\n"
    "Traders said the new stalls were smaller but better lit, and most of them had sold out of bread by noon.\n\n"
    "• Stalls are let for one year at a time, with a discount for the first three months.\n"
    "• The hall is open every day except Monday, from eight in the morning until six in the evening.\n\n"
    "Comments\nLeave a reply\n", -1);
  (void)state;
  assert_string_equal(field(&a->title), "Market Hall Reopens With Forty Stalls");
  assert_string_equal(field(&a->author), "Tom Reyes");
  assert_string_equal(field(&a->published), "2025-05-14T09:30");
  assert_string_equal(field(&a->section), "(null)");     /* "ET" is a time zone */
  assert_non_null(strstr(a->body.z, "\n\nStalls are let for one year"));
  assert_null(strstr(a->body.z, "•"));
  assert_null(strstr(a->body.z, "Comments"));
  done(a);
}

/* A date glued to the next block by the text browser is still read, and
** the words before it are the outlet. */
static void test_glued_date(void **state){
  NewsArticle *a = parse(
    "Orchard Harvest Starts Early This Year\n\n"
    "Hill Gazette 14.09.2024Local news\n\n"
    "Pickers began work in the orchards above the town a full week earlier than last year, after a warm and dry summer.\n\n"
    "The cooperative expects a harvest close to the record of four years ago, and has hired twenty extra workers.\n", -1);
  (void)state;
  assert_string_equal(field(&a->published), "2024-09-14");
  assert_string_equal(field(&a->source), "Hill Gazette");
  done(a);
}

/* A numbered list in the body loses the numbers a text browser adds. */
static void test_numbered_list(void **state){
  NewsArticle *a = parse(
    "Five Ways To Save Water At Home, According To The Utility\n\n"
    "The water utility has published advice for households as the reservoirs stand at their lowest level in ten years.\n\n"
    "1. Fix dripping taps, which can waste more than five thousand litres in a year if they are left alone.\n"
    "2. Take shorter showers, since four minutes under the shower use about as much water as a small bath.\n"
    "3. Water the garden in the evening, when less of the water is lost to the sun before it reaches the roots.\n", -1);
  (void)state;
  assert_non_null(strstr(a->body.z, "\n\nFix dripping taps"));
  assert_non_null(strstr(a->body.z, "\n\nWater the garden"));
  assert_null(strstr(a->body.z, "2. "));
  done(a);
}

/* Nothing but navigation: no body, no error. */
static void test_no_body(void **state){
  NewsArticle *a = parse("Home\nNews\nSport\nWeather\nContact us\n", -1);
  (void)state;
  assert_int_equal(a->body.n, 0);
  assert_int_equal(a->published.n, 0);
  done(a);
  a = parse("", 0);
  assert_int_equal(a->body.n, 0);
  done(a);
}

/* CR LF line ends, NUL and invalid bytes. */
static void test_bad_bytes(void **state){
  static const char zRaw[] =
    "Headline Of A Page With Windows Line Ends\r\n\r\n"
    "This paragraph ends in a carriage return and line feed, and holds a \0NUL byte and \xff bad byte.\r\n";
  NewsArticle *a = parse(zRaw, (int)sizeof(zRaw)-1);
  (void)state;
  assert_string_equal(field(&a->body),
    "This paragraph ends in a carriage return and line feed, and holds a NUL byte and \xef\xbf\xbd bad byte.");
  done(a);
}

/* Megabytes on one line, and a million empty lines: linear, bounded. */
static void test_large(void **state){
  int n = 20000000, i;
  char *z = malloc(n+1);
  NewsArticle *a;
  (void)state;
  for(i=0; i<n; i++) z[i] = "lorem ipsum dolor sit amet. "[i%28];
  z[n] = 0;
  a = parse(z, n);
  assert_true(a->body.n>0);
  assert_true(a->nWords>3000000);
  done(a);
  memset(z, '\n', n);
  a = parse(z, n);
  assert_int_equal(a->body.n, 0);
  done(a);
  free(z);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_dump_fields),
    cmocka_unit_test(test_byline_author),
    cmocka_unit_test(test_glued_date),
    cmocka_unit_test(test_numbered_list),
    cmocka_unit_test(test_no_body),
    cmocka_unit_test(test_bad_bytes),
    cmocka_unit_test(test_large),
  };
  return cmocka_run_group_tests_name("unit_textdump", tests, 0, 0);
}
