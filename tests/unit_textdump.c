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
  /* a bad byte in the author line between the headline and the body */
  a = parse("Headline Of A Page With A Bad Byline\n\nBy Jane \xff Roe\n\n"
            "This paragraph is long enough to be the body of the page, and it ends in a full stop.\n", -1);
  assert_string_equal(field(&a->author), "Jane \xef\xbf\xbd Roe");
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

/*
** Publication dates.  Each page is a headline, the lines given around
** it, and three paragraphs of made-up prose; dump_date() returns the
** published field.
*/
static const char *zBodyEn =
  "The ferry between Eastford and Millbank will carry passengers again from Monday, three winters after floods damaged both landing stages.\n\n"
  "The county spent four million on the new piers, which stand higher than the old ones, and the boats were refitted over the summer months.\n\n"
  "Tickets cost the same as before the floods, and children under twelve travel free until the end of the year, the operator said on Tuesday.\n\n";
static const char *zBodyDe =
  "Die F\xc3\xa4hre zwischen Ostfurt und M\xc3\xbchlbach f\xc3\xa4hrt von Montag an wieder, drei Winter nachdem das Hochwasser beide Anleger besch\xc3\xa4""digt hatte.\n\n"
  "Der Landkreis hat vier Millionen Euro in die neuen Stege gesteckt, die h\xc3\xb6her stehen als die alten, und die Boote wurden im Sommer \xc3\xbc""berholt.\n\n"
  "Die Fahrkarten kosten so viel wie vor dem Hochwasser, und Kinder unter zw\xc3\xb6lf Jahren fahren bis zum Jahresende umsonst, teilte der Betreiber mit.\n\n";

static char zDateOut[64];

/* Published date of: zAbove, the headline, zBetween, zBody, zBelow. */
static const char *dump_date(const char *zAbove, const char *zBetween,
                             const char *zBody, const char *zBelow){
  char *z = sqlite3_mprintf("Home | News | Sport | Weather\n\n%s"
    "River Ferry Returns After Three Winters\n\n%s%s%s", zAbove, zBetween,
    zBody, zBelow);
  NewsArticle *a = parse(z, -1);
  sqlite3_snprintf(sizeof(zDateOut), zDateOut, "%s", field(&a->published));
  done(a);
  sqlite3_free(z);
  return zDateOut;
}

/* dump_date() with zFirst before and zLast after the paragraphs of zBody. */
static const char *dump_date_body(const char *zBetween, const char *zFirst,
                                  const char *zBody, const char *zLast){
  char *z = sqlite3_mprintf("%s%s%s", zFirst, zBody, zLast);
  dump_date("", zBetween, z, "");
  sqlite3_free(z);
  return zDateOut;
}

/* Text browsers run blocks together: a date into the next word, the year
** of one date into the day of the next, Unicode spaces around it. */
static void test_dates_run_together(void **state){
  (void)state;
  assert_string_equal(dump_date("", "Posted on 3. M\xc3\xa4rz 20263. M\xc3\xa4rz 2026 by Jane Roe\n\n", zBodyDe, ""),
                      "2026-03-03");
  assert_string_equal(dump_date("", "17/11/202517/11/2025 ~ Jane Roe\n\n", zBodyDe, ""), "2025-11-17");
  assert_string_equal(dump_date("", "November 9, 20255:01 AM ET\n\n", zBodyEn, ""), "2025-11-09T05:01");
  assert_string_equal(dump_date("", "Erstellt 31.01.2026\xe2\x80\x83 Kategorien Technik\n\n", zBodyDe, ""), "2026-01-31");
  assert_string_equal(dump_date("", "Publi\xc3\xa9""2026-02-11 par la r\xc3\xa9""daction\n\n", zBodyEn, ""), "2026-02-11");
}

/* A date that opens the first paragraph is a dateline; a date inside
** its prose is not. */
static void test_dateline(void **state){
  (void)state;
  assert_string_equal(dump_date_body("", "12.03.2026 \xe2\x80\x93 Der Stadtrat hat am Abend den neuen Fahrplan beschlossen, der von April an gilt.\n\n", zBodyDe, ""),
                      "2026-03-12");
  assert_string_equal(dump_date_body("", "Am 28. September 2026 wollen wir mit allen Mitgliedern ein gro\xc3\x9f""es Fest am Hafen feiern.\n\n",
                                     zBodyDe, ""), "(null)");
  /* a place or a desk before the date */
  assert_string_equal(dump_date_body("", "Eastford, (12.03.2026). The council approved the new timetable on Thursday evening after a long debate.\n\n", zBodyEn, ""),
                      "2026-03-12");
  assert_string_equal(dump_date_body("", "EASTFORD \xe2\x80\x93 12.03.2026 \xe2\x80\x93 The council approved the new timetable on Thursday evening after a long debate.\n\n", zBodyEn, ""),
                      "2026-03-12");
  assert_string_equal(dump_date_body("", "On Friday, March 13, 2026, the council will vote on the new timetable after a long debate about the fares.\n\n", zBodyEn, ""),
                      "(null)");
}

/* A date after "Updated" is taken when the page shows no other one. */
static void test_updated_only(void **state){
  (void)state;
  assert_string_equal(dump_date("", "Updated May 3, 2025\n\n", zBodyEn, ""), "2025-05-03");
  assert_string_equal(dump_date("", "Updated May 3, 2025\n\n", zBodyEn, "Published May 1, 2025\n\n"), "2025-05-01");
  assert_string_equal(dump_date("", "Letzte \xc3\x84nderung: 04.03.2026\n\n", zBodyDe, "Erschienen am: 02.03.2026\n\n"),
                      "2026-03-02");
}

/* Comments, embedded posts, lists of other articles and dates of other
** things do not date the page. */
static void test_dates_not_of_the_page(void **state){
  (void)state;
  assert_string_equal(dump_date("", "", zBodyEn,
    "2 Comments\n\nJane Roe says:\n\nMarch 9, 2026 at 8:15 am\n\nGood news for the town at last, we can cross again.\n\n"),
    "(null)");
  assert_string_equal(dump_date("", "", zBodyDe,
    "Anna sagt:\n\n9. M\xc3\xa4rz 2026 um 8:15 Uhr\n\nEndlich, das hat lange genug gedauert.\n\n"),
    "(null)");
  assert_string_equal(dump_date("March 3, 2026\n\n", "\xe2\x80\x94 Jane Roe (@janeroe) March 1, 2026\n\n", zBodyEn, ""),
                      "2026-03-03");
  assert_string_equal(dump_date("", "\xe2\x80\xa2 [ 5. M\xc3\xa4rz 2026 ] Die Br\xc3\xbc""cke wird sp\xc3\xa4ter fertig als geplant, sagt die Stadt\n\n",
                      zBodyDe, "4. M\xc3\xa4rz 2026\n\n"), "2026-03-04");
  assert_string_equal(dump_date("", "Registriert: 18.09.2025\n\n", zBodyDe, "4. M\xc3\xa4rz 2026\n\n"), "2026-03-04");
  assert_string_equal(dump_date("", "Termin: 20.03.2026, 19 Uhr\n\n", zBodyDe, "4. M\xc3\xa4rz 2026\n\n"), "2026-03-04");
  assert_string_equal(dump_date("", "Christmas 2025 offers\n\n", zBodyEn, "March 4, 2026\n\n"), "2026-03-04");
  assert_string_equal(dump_date("", "VN:F [1.9.22_1171]\n\n", zBodyEn, "March 4, 2026\n\n"), "2026-03-04");
  assert_string_equal(dump_date("", "The crew at the old pier on March 1, 2026. Photo: Jane Roe via Example Images\n\n"
                      "By Tom Reyes | March 3, 2026\n\n", zBodyEn, ""), "2026-03-03");
}

/* "Dieser Beitrag wurde am ... veröffentlicht": the cue after the date. */
static void test_cue_after_date(void **state){
  (void)state;
  assert_string_equal(dump_date_body("", "", zBodyDe, "Die Er\xc3\xb6""ffnung ist am 9. M\xc3\xa4rz 2026, und dieser Beitrag wurde am 5. M\xc3\xa4rz 2026 um 10:12 Uhr ver\xc3\xb6""ffentlicht.\n\n"),
                      "2026-03-05T10:12");
}

/* A line that is a date, a relative date, years or a picture credit is
** not the headline. */
static void test_not_headlines(void **state){
  static const char *azLine[] = {
    "2 hours ago", "Friday, 6 March 2026", "Jane Roe March 9, 2026 at 8:15 am",
    "1945 1960 1980 2000 2020", "The new pier at dawn (Photo: Jane Roe)",
    "3 Comments", "\xe2\x80\x94 Jane Roe (@janeroe) March 1, 2026", 0
  };
  int k;
  (void)state;
  for(k=0; azLine[k]; k++){
    /* the line twice, close to the body: it would win as a repeat */
    char *z = sqlite3_mprintf("River Ferry Returns After Three Winters\n\n%s\n\n"
      "Menu\n\n%s\n\n%s", azLine[k], azLine[k], zBodyEn);
    NewsArticle *a = parse(z, -1);
    assert_string_equal(field(&a->title), "River Ferry Returns After Three Winters");
    done(a);
    sqlite3_free(z);
  }
}

/* All-numeric dates that read both ways: dots are day-first; slashes
** follow the page's other dates, the time zone, or British spelling. */
static void test_numeric_order(void **state){
  (void)state;
  assert_string_equal(dump_date("", "By Jane Roe | 04.03.2026\n\n", zBodyEn, ""), "2026-03-04");
  assert_string_equal(dump_date("", "By Jane Roe | 04/03/2026\n\n", zBodyEn, ""), "2026-04-03");
  assert_string_equal(dump_date("", "By Jane Roe | 04/03/2026\n\n", zBodyEn, "More: 23/02/2026\n\n"), "2026-03-04");
  assert_string_equal(dump_date("", "By Jane Roe | 04/03/2026\n\n", zBodyEn, "Earlier: 6 February 2026\n\n"), "2026-03-04");
  assert_string_equal(dump_date("", "By Jane Roe | 04/03/2026 2:00pm GMT\n\n", zBodyEn, ""), "2026-03-04T14:00");
  assert_string_equal(dump_date_body("By Jane Roe | 04/03/2026\n\n", "", zBodyEn, "The favourite colour of the new centre is grey, the council said.\n\n"),
                      "2026-03-04");
  assert_string_equal(dump_date_body("By Jane Roe | 04/03/2026\n\n", "", zBodyEn, "The favorite color of the new center is gray, the council said.\n\n"),
                      "2026-04-03");
  assert_string_equal(dump_date("", "Von Jana Rohr | 04/03/2026\n\n", zBodyDe, ""), "2026-03-04");
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
    cmocka_unit_test(test_dates_run_together),
    cmocka_unit_test(test_dateline),
    cmocka_unit_test(test_updated_only),
    cmocka_unit_test(test_dates_not_of_the_page),
    cmocka_unit_test(test_cue_after_date),
    cmocka_unit_test(test_not_headlines),
    cmocka_unit_test(test_numeric_order),
  };
  return cmocka_run_group_tests_name("unit_textdump", tests, 0, 0);
}
