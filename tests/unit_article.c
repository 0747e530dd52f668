/*
** unit_article.c - the C interface of article.h: telling HTML from page
** text, the parse of the example pages in examples/corpus/ (fictional),
** lead and word count, and the date helpers that wrap the date parser.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "support.h"
#include "article_test.h"
#include "article.h"

#define field(b) article_field(b)

static char *read_example(const char *zName, int *pn){
  char zPath[256];
  FILE *f;
  long n;
  char *z;
  snprintf(zPath, sizeof(zPath), "examples/corpus/%s", zName);
  f = fopen(zPath, "rb");
  assert_non_null(f);
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  rewind(f);
  z = malloc(n+1);
  assert_int_equal(fread(z, 1, n, f), n);
  z[n] = 0;
  fclose(f);
  *pn = (int)n;
  return z;
}

static void test_is_html(void **state){
  (void)state;
  assert_true(news_article_is_html("<!DOCTYPE html><p>x</p>", 23));
  assert_true(news_article_is_html("\xef\xbb\xbf  \n<html>", 12));
  assert_true(news_article_is_html("Some text <p>with</p> tags <br> inside", 38));
  assert_false(news_article_is_html("Plain text, 3 < 4 and 5 > 2.", 28));
  assert_false(news_article_is_html("", 0));
  assert_false(news_article_is_html("< not a tag", 11));
}

static void test_example_text(void **state){
  NewsArticle a;
  int n;
  char *z = read_example("harbor-bridge_2025-10-14.txt", &n);
  (void)state;
  news_article_init(&a);
  assert_int_equal(news_article_parse(z, n, &a), SQLITE_OK);
  assert_int_equal(a.eFormat, NEWS_ARTICLE_TEXT);
  assert_string_equal(field(&a.title), "Harbor Council Approves New Bridge After Decade-Long Dispute");
  assert_string_equal(field(&a.source), "Harbor City Times");
  assert_string_equal(field(&a.published), "2025-10-14");
  assert_string_equal(field(&a.section), "Local");
  assert_int_equal(a.nWords, 221);
  assert_memory_equal(a.body.z, "The Harbor City Council voted 7-2", 33);
  assert_int_equal(a.body.z[a.nLead], '\n');
  assert_null(strstr(a.body.z, "Related articles"));
  assert_null(strstr(a.body.z, "Cookies"));
  /* parsing again reuses the buffers */
  assert_int_equal(news_article_parse("", 0, &a), SQLITE_OK);
  assert_int_equal(a.title.n, 0);
  assert_int_equal(a.nWords, 0);
  news_article_clear(&a);
  free(z);
}

static void test_example_html(void **state){
  NewsArticle a;
  int n;
  char *z = read_example("metro-budget_2025-12-02.html", &n);
  (void)state;
  news_article_init(&a);
  assert_int_equal(news_article_parse(z, n, &a), SQLITE_OK);
  assert_int_equal(a.eFormat, NEWS_ARTICLE_HTML);
  assert_string_equal(field(&a.title), "City Unveils Record Transit Budget");
  assert_string_equal(field(&a.source), "Metro Daily Bulletin");
  assert_string_equal(field(&a.published), "2025-12-02T08:15");
  assert_string_equal(field(&a.updated), "2025-12-02T17:40");
  assert_string_equal(field(&a.author), "Priya Raman");
  assert_string_equal(field(&a.section), "City Hall");
  assert_string_equal(field(&a.language), "en");
  assert_null(strstr(a.body.z, "Draft paragraph"));     /* an HTML comment */
  assert_null(strstr(a.body.z, "dataLayer"));
  news_article_clear(&a);
  free(z);
  /* German page: language and a date written in German */
  z = read_example("tech-festival_2026-02-05.html", &n);
  news_article_init(&a);
  assert_int_equal(news_article_parse(z, n, &a), SQLITE_OK);
  assert_string_equal(field(&a.language), "de");
  assert_string_equal(field(&a.published), "2026-02-05T10:00");
  assert_string_equal(field(&a.author), "Jana Keller");
  news_article_clear(&a);
  free(z);
}

static void test_date_helpers(void **state){
  NewsArticle a;
  char zOut[NEWS_ARTICLE_DATE_MAX];
  int iStart, iEnd;
  (void)state;
  news_article_init(&a);
  assert_true(news_article_date_value(0, "2025-11-05T09:30:00Z", 20, zOut));
  assert_string_equal(zOut, "2025-11-05T09:30");
  assert_true(news_article_date_value(0, "Friday, 06 February 2026", 24, zOut));
  assert_string_equal(zOut, "2026-02-06");
  /* a month alone is not a publication day; text is not a date */
  assert_false(news_article_date_value(0, "November 2025", 13, zOut));
  assert_false(news_article_date_value(0, "next week", 9, zOut));
  /* day-first for a German page, month-first for English */
  news_article_set(&a.language, "de", 2);
  assert_true(news_article_date_find(&a, "Stand: 04.03.2025, 10 Uhr", 25, zOut, &iStart, &iEnd));
  assert_string_equal(zOut, "2025-03-04T10:00");
  assert_int_equal(iStart, 7);
  news_article_set(&a.language, "en", 2);
  assert_true(news_article_date_find(&a, "on 04/03/2025 here", 18, zOut, 0, 0));
  assert_string_equal(zOut, "2025-04-03");
  /* publication cues */
  assert_true(news_article_date_published(&a, "Updated May 3, 2024. Posted May 1, 2024", 39, 0, zOut, 0, 0));
  assert_string_equal(zOut, "2024-05-01");
  assert_false(news_article_date_published(&a, "Event on May 3, 2024", 20, 1, zOut, 0, 0));
  news_article_clear(&a);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_is_html),
    cmocka_unit_test(test_example_text),
    cmocka_unit_test(test_example_html),
    cmocka_unit_test(test_date_helpers),
  };
  return cmocka_run_group_tests_name("unit_article", tests, 0, 0);
}
