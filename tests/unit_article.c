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

/* news_article_dates(): every date with its cue and ambiguity. */
typedef struct Seen Seen;
struct Seen { int n; NewsArticleDate a[8]; };
static int collect_date(void *pCtx, const NewsArticleDate *pDate){
  Seen *s = (Seen*)pCtx;
  if( s->n<8 ) s->a[s->n++] = *pDate;
  return 0;
}

static void test_date_candidates(void **state){
  NewsArticle a;
  Seen s;
  char zOut[NEWS_ARTICLE_DATE_MAX];
  static const char zText[] =
    "Posted 04/03/2026. Updated 05.03.2026. Registered: 01/02/2020. "
    "Sale ends Christmas 2026. Version 1.9.22_1171. Dieser Text wurde am 7. M\xc3\xa4rz 2026 ver\xc3\xb6""ffentlicht.";
  (void)state;
  news_article_init(&a);
  news_article_set(&a.language, "en", 2);
  memset(&s, 0, sizeof(s));
  assert_int_equal(news_article_dates(&a, zText, (int)strlen(zText), collect_date, &s), 0);
  assert_int_equal(s.n, 4);               /* no holiday, no version number */
  assert_string_equal(s.a[0].zValue, "2026-04-03");    /* month-first, English */
  assert_int_equal(s.a[0].eAmbiguous, NEWS_ARTICLE_MDY);
  assert_int_equal(s.a[0].eCue, NEWS_ARTICLE_CUE_PUBLISHED);
  assert_int_equal(s.a[0].iStart, 7);
  assert_int_equal(s.a[0].iEnd, 17);
  news_article_date_flip(&s.a[0]);
  assert_string_equal(s.a[0].zValue, "2026-03-04");
  assert_int_equal(s.a[0].eAmbiguous, NEWS_ARTICLE_DMY);
  assert_string_equal(s.a[1].zValue, "2026-03-05");    /* dots: day-first */
  assert_int_equal(s.a[1].eAmbiguous, 0);
  assert_int_equal(s.a[1].eCue, NEWS_ARTICLE_CUE_UPDATED);
  assert_int_equal(s.a[2].eCue, NEWS_ARTICLE_CUE_OTHER);
  assert_string_equal(s.a[3].zValue, "2026-03-07");    /* cue after the date */
  assert_int_equal(s.a[3].eCue, NEWS_ARTICLE_CUE_PUBLISHED);
  /* a capital Ä in a cue; dates of other things are never found */
  assert_false(news_article_date_published(&a, "Letzte \xc3\x84nderung: 05.03.2026", 28, 0, zOut, 0, 0));
  assert_false(news_article_date_find(&a, "Mitglied seit 05.03.2020", 24, zOut, 0, 0));
  assert_true(news_article_date_find(&a, "It was determined on 5 May 2026", 31, zOut, 0, 0));
  /* dotted dates are day-first in metadata too; a malformed time */
  assert_true(news_article_date_value(&a, "05.03.2026", 10, zOut));
  assert_string_equal(zOut, "2026-03-05");
  assert_true(news_article_date_value(&a, "2022-01-10T22:06:08:684Z", 24, zOut));
  assert_string_equal(zOut, "2022-01-10");
  /* a page whose language is unknown: day-first */
  news_buf_reset(&a.language);
  assert_true(news_article_date_find(&a, "on 04/03/2026", 13, zOut, 0, 0));
  assert_string_equal(zOut, "2026-03-04");
  news_article_clear(&a);
}

/* How a page writes its dates. */
static void test_date_order(void **state){
  NewsArticle a;
  (void)state;
  news_article_init(&a);
  news_article_set(&a.language, "en", 2);
#define ORDER(z) news_article_date_order(&a, z, (int)strlen(z))
  assert_int_equal(ORDER("Filed 23/02/2026, then 04/03/2026."), NEWS_ARTICLE_DMY);
  assert_int_equal(ORDER("Filed 02/23/2026, then 04/03/2026."), NEWS_ARTICLE_MDY);
  assert_int_equal(ORDER("On 6 February 2026 and on 04/03/2026."), NEWS_ARTICLE_DMY);
  assert_int_equal(ORDER("On February 6, 2026 and on 04/03/2026."), NEWS_ARTICLE_MDY);
  assert_int_equal(ORDER("At 04/03/2026 2:00pm GMT."), NEWS_ARTICLE_DMY);
  assert_int_equal(ORDER("At 04/03/2026 2:00pm EST."), NEWS_ARTICLE_MDY);
  assert_int_equal(ORDER("The colour of the centre, on 04/03/2026."), NEWS_ARTICLE_DMY);
  assert_int_equal(ORDER("The color of the center, on 04/03/2026."), NEWS_ARTICLE_MDY);
  assert_int_equal(ORDER("Nothing tells, 04/03/2026."), 0);
  news_article_set(&a.language, "de", 2);
  assert_int_equal(ORDER("Im Einkaufscenter, am 04/03/2026."), 0);   /* English words only count in English */
#undef ORDER
  news_article_clear(&a);
}

static void test_is_date(void **state){
  (void)state;
  assert_true(news_article_is_date("vor 4 Monaten", 13));
  assert_true(news_article_is_date("2 hours ago", 11));
  assert_true(news_article_is_date("Friday, 6 March 2026", 20));
  assert_false(news_article_is_date("River Ferry Returns", 19));
  assert_false(news_article_is_date("", 0));
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_is_html),
    cmocka_unit_test(test_example_text),
    cmocka_unit_test(test_example_html),
    cmocka_unit_test(test_date_helpers),
    cmocka_unit_test(test_date_candidates),
    cmocka_unit_test(test_date_order),
    cmocka_unit_test(test_is_date),
  };
  return cmocka_run_group_tests_name("unit_article", tests, 0, 0);
}
