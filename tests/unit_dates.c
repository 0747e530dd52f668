/*
** unit_dates.c - cmocka tests of the date scanner through its C API
** (ext/dates.h): every expression family, resolution against the
** reference (year boundaries, leap years), impossible dates, options,
** other languages, offsets, and large or hostile input.
**
** All sentences are written for these tests.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "dates.h"
#include "text.h"
#include "support.h"

typedef struct Collect Collect;
struct Collect {
  const char *z;                /* the text scanned */
  NewsBuf out;
  int bFull;                    /* also granularity, kind, bounds, flags */
  int nStop;                    /* return non-zero after this many (0: never) */
  int n;
};

static int collect(void *pCtx, const NewsDateMatch *m){
  Collect *c = (Collect*)pCtx;
  if( c->out.n ) news_buf_append(&c->out, " | ", 3);
  news_buf_appendf(&c->out, "%.*s=%s", m->iEnd-m->iStart, c->z+m->iStart,
                   m->zValue[0] ? m->zValue : "NULL");
  if( c->bFull ){
    news_buf_appendf(&c->out, " %s %s %s..%s",
                     news_date_granularity_name(m->eGranularity),
                     news_date_kind_name(m->eKind), m->zFirstDay, m->zLastDay);
    if( m->bAmbiguous ) news_buf_append(&c->out, " ambiguous", 10);
    if( m->eMod ) news_buf_appendf(&c->out, " mod%d", m->eMod);
  }
  c->n++;
  return c->nStop && c->n>=c->nStop ? SQLITE_ABORT : 0;
}

/* "text=value | ..." for z scanned with reference zRef (NULL: none) and
** options zOpt (NULL: defaults).  sqlite3_free() the result. */
static char *scan_ex(const char *z, const char *zRef, const char *zOpt, int bFull){
  NewsDateRef ref;
  NewsDateOptions opt;
  Collect c;
  memset(&c, 0, sizeof(c));
  c.z = z;
  c.bFull = bFull;
  news_buf_init(&c.out);
  news_date_options_default(&opt);
  if( zOpt ) assert_int_equal(news_date_options_parse(zOpt, -1, "t", &opt, 0), SQLITE_OK);
  if( zRef ) assert_int_equal(news_date_ref_parse(zRef, -1, &ref), SQLITE_OK);
  assert_int_equal(news_dates_scan(z, (int)strlen(z), zRef ? &ref : 0, &opt,
                                   collect, &c), SQLITE_OK);
  return c.out.z ? c.out.z : sqlite3_mprintf("");
}

#define assert_scan(z, zRef, zOpt, expected) do{             \
    char *zGot_ = scan_ex((z), (zRef), (zOpt), 0);            \
    assert_string_equal(zGot_, (expected));                   \
    sqlite3_free(zGot_);                                      \
  }while(0)

#define assert_scan_full(z, zRef, zOpt, expected) do{        \
    char *zGot_ = scan_ex((z), (zRef), (zOpt), 1);            \
    assert_string_equal(zGot_, (expected));                   \
    sqlite3_free(zGot_);                                      \
  }while(0)

/* date_parse() as a string: the value, "0" when not one date. */
static void check_parse(const char *z, const char *zRef, const char *zExpected){
  NewsDateRef ref;
  NewsDateMatch m;
  int r;
  if( zRef ) assert_int_equal(news_date_ref_parse(zRef, -1, &ref), SQLITE_OK);
  r = news_date_parse(z, -1, zRef ? &ref : 0, 0, &m);
  if( zExpected==0 ){
    if( r ) print_error("'%s' parsed as %s\n", z, m.zValue);
    assert_int_equal(r, 0);
  }else{
    if( !r ) print_error("'%s' did not parse\n", z);
    assert_int_equal(r, 1);
    assert_string_equal(m.zValue, zExpected);
  }
}

/*************************************************************************/

static void test_ref_parse(void **state){
  NewsDateRef r;
  (void)state;
  assert_int_equal(news_date_ref_parse("2025-11-05", -1, &r), SQLITE_OK);
  assert_int_equal(r.y*10000 + r.m*100 + r.d, 20251105);
  assert_int_equal(r.bTime, 0);
  assert_int_equal(news_date_ref_parse(" 2025-11-05T09:30:15.250+05:30 ", -1, &r), SQLITE_OK);
  assert_int_equal(r.bTime, 1);
  assert_int_equal(r.hh*10000 + r.mi*100 + r.ss, 93015);
  assert_int_equal(news_date_ref_parse("2025-11-05 23:59", -1, &r), SQLITE_OK);
  assert_int_equal(news_date_ref_parse("2025-11-05T09:30:00Z", -1, &r), SQLITE_OK);
  assert_int_equal(news_date_ref_parse("2024-02-29", -1, &r), SQLITE_OK);
  /* bad */
  assert_int_equal(news_date_ref_parse("2025-02-29", -1, &r), SQLITE_ERROR);
  assert_int_equal(news_date_ref_parse("2025-13-01", -1, &r), SQLITE_ERROR);
  assert_int_equal(news_date_ref_parse("2025-11-31", -1, &r), SQLITE_ERROR);
  assert_int_equal(news_date_ref_parse("2025-11-05T24:00", -1, &r), SQLITE_ERROR);
  assert_int_equal(news_date_ref_parse("2025-11-05T09", -1, &r), SQLITE_ERROR);
  assert_int_equal(news_date_ref_parse("05/11/2025", -1, &r), SQLITE_ERROR);
  assert_int_equal(news_date_ref_parse("yesterday", -1, &r), SQLITE_ERROR);
  assert_int_equal(news_date_ref_parse("", -1, &r), SQLITE_ERROR);
  assert_int_equal(news_date_ref_parse("2025-11-05x", -1, &r), SQLITE_ERROR);
  assert_int_equal(news_date_ref_parse("2025-11-05", 7, &r), SQLITE_ERROR);
  assert_int_equal(news_date_ref_parse(0, 0, &r), SQLITE_ERROR);
}

static void test_options_parse(void **state){
  NewsDateOptions o;
  char *zErr = 0;
  (void)state;
  news_date_options_default(&o);
  assert_int_equal(o.eOrder, NEWS_DATE_ORDER_MDY);
  assert_int_equal(o.mLang, 0);
  assert_int_equal(o.ePrefer, NEWS_DATE_PREFER_PAST);
  assert_int_equal(o.bRefs, 1);
  assert_int_equal(news_date_options_parse(" order = dmy, lang=de+fr;prefer=nearest refs=0 ",
                                           -1, "dates", &o, &zErr), SQLITE_OK);
  assert_int_equal(o.eOrder, NEWS_DATE_ORDER_DMY);
  assert_int_equal(o.mLang, NEWS_LANG_DE|NEWS_LANG_FR);
  assert_int_equal(o.ePrefer, NEWS_DATE_PREFER_NEAREST);
  assert_int_equal(o.bRefs, 0);
  assert_int_equal(news_date_options_parse("ORDER=YMD, lang=all", -1, "dates", &o, 0), SQLITE_OK);
  assert_int_equal(o.eOrder, NEWS_DATE_ORDER_YMD);
  assert_int_equal(o.mLang, NEWS_LANG_ALL);
  assert_int_equal(news_date_options_parse("", -1, "dates", &o, 0), SQLITE_OK);

  assert_int_equal(news_date_options_parse("order=dym", -1, "dates", &o, &zErr), SQLITE_ERROR);
  assert_string_equal(zErr, "dates(): bad value 'dym' for option order"
                            " (expected mdy, dmy or ymd)");
  sqlite3_free(zErr);
  assert_int_equal(news_date_options_parse("colour=red", -1, "date_parse", &o, &zErr),
                   SQLITE_ERROR);
  assert_string_equal(zErr, "date_parse(): unknown option 'colour'"
                            " (known: order, lang, prefer, refs)");
  sqlite3_free(zErr);
  assert_int_equal(news_date_options_parse("dmy", -1, "dates", &o, &zErr), SQLITE_ERROR);
  assert_string_equal(zErr, "dates(): bad option 'dmy' (expected key=value, e.g. 'order=dmy')");
  sqlite3_free(zErr);
  assert_int_equal(news_date_options_parse("lang=en+xx", -1, "dates", &o, &zErr), SQLITE_ERROR);
  assert_string_equal(zErr, "dates(): bad value 'en+xx' for option lang"
                            " (expected auto, all, or codes joined by + (en+de+fr+es))");
  sqlite3_free(zErr);
  assert_int_equal(news_date_options_parse("refs=maybe", -1, "dates", &o, 0), SQLITE_ERROR);
  assert_int_equal(news_date_options_parse("prefer=", -1, "dates", &o, 0), SQLITE_ERROR);
}

/* Metadata strings: one date each, or not a date. */
static void test_date_parse(void **state){
  (void)state;
  check_parse("Friday, 06 February 2026", 0, "2026-02-06");
  check_parse("2025-11-05T09:30:00Z", 0, "2025-11-05T09:30");
  check_parse("2025-11-05T09:30:45+01:00", 0, "2025-11-05T09:30:45");
  check_parse("2025-11-05 09:30", 0, "2025-11-05T09:30");
  check_parse("2025-11-05", 0, "2025-11-05");
  check_parse("20251105", 0, "2025-11-05");
  check_parse("2025-11", 0, "2025-11");
  check_parse("Wed, 05 Nov 2025 14:30:00 +0000", 0, "2025-11-05T14:30");
  check_parse("Wed, 05 Nov 2025 14:30:00 GMT", 0, "2025-11-05T14:30");
  check_parse("November 5, 2025", 0, "2025-11-05");
  check_parse("Nov. 5, 2025 at 9:05 a.m. ET", 0, "2025-11-05T09:05");
  check_parse("  (5 November 2025)  ", 0, "2025-11-05");
  check_parse("on 5 November 2025", 0, "2025-11-05");
  check_parse("Freitag, 6. Februar 2026", 0, "2026-02-06");
  check_parse("le 6 février 2026", 0, "2026-02-06");
  check_parse("6 de febrero de 2026", 0, "2026-02-06");
  check_parse("yesterday", "2026-01-01", "2025-12-31");
  check_parse("3 hours ago", "2025-11-05T02:00", "2025-11-04T23:00");
  /* one date, but relative and without a reference: an empty value */
  check_parse("yesterday", 0, "");
  /* not one date */
  check_parse("Published by the desk", 0, 0);
  check_parse("November 5, 2025 and November 6, 2025", 0, 0);
  check_parse("Published: November 5, 2025", 0, 0);
  check_parse("February 30, 2025", 0, 0);
  check_parse("2025-02-30", 0, 0);
  check_parse("", 0, 0);
}

static void test_full_dates(void **state){
  (void)state;
  assert_scan(
    "The summit opened on Wednesday, November 5, 2025 and ends Nov. 7th; a memo"
    " dated Nov 5 2025, the 5th of November, 5 November 2025, 5th Nov. 2025,"
    " Sept. 30, 2024.", "2025-11-05", 0,
    "Wednesday, November 5, 2025=2025-11-05 | Nov. 7th=2025-11-07 |"
    " Nov 5 2025=2025-11-05 | the 5th of November=2025-11-05 |"
    " 5 November 2025=2025-11-05 | 5th Nov. 2025=2025-11-05 |"
    " Sept. 30, 2024=2024-09-30");
  assert_scan_full("Filed 2025-11-05, updated 2025-11-05T09:30:00Z, signed 11/05/2025,"
                   " 05.11.2025, 5-11-2025, 25/12/2024 and 11/05/25.", "2025-11-05", 0,
    "2025-11-05=2025-11-05 day absolute 2025-11-05..2025-11-05 |"
    " 2025-11-05T09:30:00Z=2025-11-05T09:30 time absolute 2025-11-05..2025-11-05 |"
    " 11/05/2025=2025-11-05 day absolute 2025-11-05..2025-11-05 ambiguous |"
    " 05.11.2025=2025-11-05 day absolute 2025-11-05..2025-11-05 |"
    " 5-11-2025=2025-05-11 day absolute 2025-05-11..2025-05-11 ambiguous |"
    " 25/12/2024=2024-12-25 day absolute 2024-12-25..2024-12-25 |"
    " 11/05/25=2025-11-05 day absolute 2025-11-05..2025-11-05 ambiguous");
  /* the order option; a date that reads only one way is not ambiguous,
  ** nor is a dotted date (day first wherever dots are written) */
  assert_scan_full("signed 11/05/2025, 05.11.2025, 25/12/2024", 0, "order=dmy",
    "11/05/2025=2025-05-11 day absolute 2025-05-11..2025-05-11 ambiguous |"
    " 05.11.2025=2025-11-05 day absolute 2025-11-05..2025-11-05 |"
    " 25/12/2024=2024-12-25 day absolute 2024-12-25..2024-12-25");
  assert_scan("signed 25/11/05", "2025-11-05", "order=ymd", "25/11/05=2025-11-05");
  /* a no-break space or an em dash after a date does not glue it to a word */
  assert_scan("Erstellt 31.01.2016\xC2\xA0Kategorien, am 3.2.2016\xE2\x80\x94heute", 0,
              "lang=en", "31.01.2016=2016-01-31 | 3.2.2016=2016-02-03");
  /* not dates: versions, scores, fractions, IP addresses */
  assert_scan("version 1.2.3, a 3-1 win, 3/4 of votes, host 192.168.1.10", 0, 0, "");
}

static void test_partial_dates(void **state){
  (void)state;
  /* month-day and month alone take the year of the reference, or the
  ** next/previous one: seven months back, four ahead */
  assert_scan_full("Polls close November 11; the deal was struck in March and signed"
                   " January 9; by June, in May, in December.", "2025-11-05", 0,
    "November 11=2025-11-11 day partial 2025-11-11..2025-11-11 |"
    " March=2026-03 month partial 2026-03-01..2026-03-31 |"
    " January 9=2026-01-09 day partial 2026-01-09..2026-01-09 |"
    " June=2025-06 month partial 2025-06-01..2025-06-30 |"
    " May=2025-05 month partial 2025-05-01..2025-05-31 |"
    " December=2025-12 month partial 2025-12-01..2025-12-31");
  assert_scan("November 2025, Nov. 2025, November of 2025, January this year,"
              " June of last year", "2025-11-05", 0,
    "November 2025=2025-11 | Nov. 2025=2025-11 | November of 2025=2025-11 |"
    " January this year=2025-01 | June of last year=2024-06");
  /* "May" the verb or name is not a month; "may" never */
  assert_scan("May said the vote may slip. Theresa May spoke.", "2025-11-05", 0, "");
  /* a weekday picks the year where it matches */
  assert_scan("Saturday, April 25: the fair", "2026-01-10", 0,
              "Saturday, April 25=2026-04-25");
  /* without a reference there is no value */
  assert_scan_full("signed January 9", 0, 0, "January 9=NULL day partial ..");
}

static void test_years(void **state){
  (void)state;
  assert_scan("Voters in 86 states; 2,500 troops; a $2014 fee; the 2014-15 season;"
              " 1,998 people; in 1850 and 1850 soldiers; 2000 troops; room 1205;"
              " the year 1066; 44 BC; 1990 AD; the 1939\xE2\x80\x93" "45 war; in '98;"
              " 12% in 2019; a 2019 law", "2025-11-05", 0,
    "2014-15=2014/2015 | 1850=1850 | the year 1066=1066 | 1990 AD=1990 |"
    " 1939\xE2\x80\x93" "45=1939/1945 | '98=1998 | 2019=2019 | 2019=2019");
  assert_scan_full("the 2014-15 season", 0, 0,
    "2014-15=2014/2015 year absolute 2014-01-01..2015-12-31");
  /* years in words, and counts that are not years */
  assert_scan("in nineteen ninety-six and in the year two thousand; two thousand"
              " people; twelve hundred pages", 0, 0,
              "nineteen ninety-six=1996 | the year two thousand=2000");
}

static void test_decades_centuries(void **state){
  (void)state;
  assert_scan_full("The 1990s, the late 1980s, the '60s, the sixties, the 2000s, the"
                   " 1800s, the 21st century, the nineteenth century, this century,"
                   " the last decade", "2025-11-05", 0,
    "The 1990s=199 decade absolute 1990-01-01..1999-12-31 |"
    " the late 1980s=198 decade absolute 1987-01-01..1989-12-31 mod3 |"
    " the '60s=196 decade partial 1960-01-01..1969-12-31 |"
    " the sixties=196 decade partial 1960-01-01..1969-12-31 |"
    " the 2000s=200 decade absolute 2000-01-01..2009-12-31 |"
    " the 1800s=18 century absolute 1800-01-01..1899-12-31 |"
    " the 21st century=20 century absolute 2000-01-01..2099-12-31 |"
    " the nineteenth century=18 century absolute 1800-01-01..1899-12-31 |"
    " this century=20 century relative 2000-01-01..2099-12-31 |"
    " the last decade=201 decade relative 2010-01-01..2019-12-31");
  /* ages are not decades */
  assert_scan("a man in his 60s", "2025-11-05", 0, "");
}

static void test_quarters_seasons_fiscal(void **state){
  (void)state;
  assert_scan_full("Q3 2025, the third quarter, third-quarter profit, the fourth quarter"
                   " of 2024, fiscal 2025, the fiscal year, FY2026, 3Q25, summer 2024,"
                   " the summer of 2023, last winter, this spring, next autumn, the"
                   " first half, the second half of 2026, H2 2025", "2026-01-15", 0,
    "Q3 2025=2025-Q3 quarter absolute 2025-07-01..2025-09-30 |"
    " the third quarter=2025-Q3 quarter partial 2025-07-01..2025-09-30 |"
    " third-quarter=2025-Q3 quarter partial 2025-07-01..2025-09-30 |"
    " the fourth quarter of 2024=2024-Q4 quarter absolute 2024-10-01..2024-12-31 |"
    " fiscal 2025=2025 year absolute 2025-01-01..2025-12-31 |"
    " the fiscal year=2026 year relative 2026-01-01..2026-12-31 |"
    " FY2026=2026 year absolute 2026-01-01..2026-12-31 |"
    " 3Q25=2025-Q3 quarter absolute 2025-07-01..2025-09-30 |"
    " summer 2024=2024-SU season absolute 2024-06-01..2024-08-31 |"
    " the summer of 2023=2023-SU season absolute 2023-06-01..2023-08-31 |"
    " last winter=2024-WI season relative 2024-12-01..2025-02-28 |"
    " this spring=2026-SP season relative 2026-03-01..2026-05-31 |"
    " next autumn=2026-FA season relative 2026-09-01..2026-11-30 |"
    " the first half=2026-H1 half partial 2026-01-01..2026-06-30 |"
    " the second half of 2026=2026-H2 half absolute 2026-07-01..2026-12-31 |"
    " H2 2025=2025-H2 half absolute 2025-07-01..2025-12-31");
  /* financial text: "a year ago" and "the year-earlier quarter" follow
  ** the quarter in focus */
  assert_scan("Profit in the third quarter rose to $5 million from $4 million a year"
              " ago. Sales in the year-earlier quarter were flat; the latest quarter"
              " was the best.", "2025-10-20", 0,
    "the third quarter=2025-Q3 | a year ago=2024-Q3 |"
    " the year-earlier quarter=2024-Q3 | the latest quarter=2025-Q3");
  /* "fall" the verb is not autumn; "spring" needs a year or this/last */
  assert_scan("Prices may fall; a spring of water; in spring 2025", "2025-11-05", 0,
              "spring 2025=2025-SP");
}

static void test_relative(void **state){
  (void)state;
  assert_scan("today, yesterday, tomorrow, tonight, this morning, last night, this"
              " week, last week, next week, this month, last month, next month,"
              " this year, last year, next year, two weeks ago, 3 days ago, a year"
              " ago, five years ago, ten days later, six months from now, in two"
              " weeks, the day before yesterday", "2025-11-05", 0,
    "today=2025-11-05 | yesterday=2025-11-04 | tomorrow=2025-11-06 |"
    " tonight=2025-11-05TNI | this morning=2025-11-05TMO |"
    " last night=2025-11-04TNI | this week=2025-W45 | last week=2025-W44 |"
    " next week=2025-W46 | this month=2025-11 | last month=2025-10 |"
    " next month=2025-12 | this year=2025 | last year=2024 | next year=2026 |"
    " two weeks ago=2025-W43 | 3 days ago=2025-11-02 | a year ago=2024 |"
    " five years ago=2020 | ten days later=2025-11-15 |"
    " six months from now=2026-05 | two weeks=2025-W47 |"
    " the day before yesterday=2025-11-03");
  assert_scan_full("earlier this month, later this year, late 2024, early next year,"
                   " mid-March, the end of the month, the beginning of 2026, this"
                   " weekend, the weekend, last quarter, next quarter, this decade",
                   "2025-11-05", 0,
    "earlier this month=2025-11 month relative 2025-11-01..2025-11-30 |"
    " later this year=2025 year relative 2025-01-01..2025-12-31 |"
    " late 2024=2024 year absolute 2024-09-01..2024-12-31 mod3 |"
    " early next year=2026 year relative 2026-01-01..2026-04-30 mod1 |"
    " mid-March=2026-03 month partial 2026-03-11..2026-03-20 mod2 |"
    " the end of the month=2025-11 month relative 2025-11-21..2025-11-30 mod3 |"
    " the beginning of 2026=2026 year absolute 2026-01-01..2026-04-30 mod1 |"
    " this weekend=2025-W45-WE week relative 2025-11-08..2025-11-09 |"
    " the weekend=2025-W44-WE week relative 2025-11-01..2025-11-02 |"
    " last quarter=2025-Q3 quarter relative 2025-07-01..2025-09-30 |"
    " next quarter=2026-Q1 quarter relative 2026-01-01..2026-03-31 |"
    " this decade=202 decade relative 2020-01-01..2029-12-31");
  /* approximations (TIMEX3 mod APPROX), double shifts, holidays */
  assert_scan_full("about two weeks ago, nearly four years ago, around 2000, some 2000"
                   " people, about the company, this past spring, this coming Sunday,"
                   " last Thanksgiving, Easter 2026, the mid-March deadline",
                   "2025-11-05", 0,
    "about two weeks ago=2025-W43 week relative 2025-10-20..2025-10-26 mod4 |"
    " nearly four years ago=2021 year relative 2021-01-01..2021-12-31 mod4 |"
    " around 2000=2000 year absolute 2000-01-01..2000-12-31 mod4 |"
    " this past spring=2025-SP season relative 2025-03-01..2025-05-31 |"
    " this coming Sunday=2025-11-09 day relative 2025-11-09..2025-11-09 |"
    " last Thanksgiving=2024-11-28 day relative 2024-11-28..2024-11-28 |"
    " Easter 2026=2026-04-05 day absolute 2026-04-05..2026-04-05 |"
    " mid-March=2026-03 month partial 2026-03-11..2026-03-20 mod2");
  /* told from the date last mentioned */
  assert_scan("The plant opened on 3 March 2019. The following year it closed; that"
              " day is remembered. The next morning, workers left.", "2025-11-05", 0,
    "3 March 2019=2019-03-03 | The following year=2020 | that day=2020-01-01 |"
    " The next morning=2020-01-02TMO");
  /* without a reference */
  assert_scan_full("yesterday and last week", 0, 0,
    "yesterday=NULL day relative .. | last week=NULL week relative ..");
}

static void test_weekdays(void **state){
  (void)state;
  /* 2025-11-05 is a Wednesday */
  /* "the previous Sunday" counts from the day last named (this Friday) */
  assert_scan("On Monday he left; Wednesday; Thursday; Friday; last Friday; next"
              " Tuesday; this Friday; the previous Sunday", "2025-11-05", 0,
    "Monday=2025-11-03 | Wednesday=2025-11-05 | Thursday=2025-11-06 |"
    " Friday=2025-10-31 | last Friday=2025-10-31 | next Tuesday=2025-11-11 |"
    " this Friday=2025-11-07 | the previous Sunday=2025-11-02");
  assert_scan("On Friday", "2025-11-05", "prefer=future", "Friday=2025-11-07");
  assert_scan("On Monday and Friday", "2025-11-05", "prefer=nearest",
              "Monday=2025-11-03 | Friday=2025-11-07");
  assert_scan("On Friday", "2025-11-05", "prefer=past", "Friday=2025-10-31");
  /* weekday and part of the day */
  assert_scan("Tuesday morning, Friday night, Sunday afternoon", "2025-11-05", 0,
    "Tuesday morning=2025-11-04TMO | Friday night=2025-10-31TNI |"
    " Sunday afternoon=2025-11-02TAF");
}

static void test_times(void **state){
  (void)state;
  assert_scan("at 3:30 p.m., at noon, 15:30 Uhr, 9 a.m. EST Nov. 9, Friday at 3pm,"
              " at 10:15, around midnight", "2025-11-05T10:00", 0,
    "3:30 p.m.=2025-11-05T15:30 | noon=2025-11-05T12:00 |"
    " 15:30 Uhr=2025-11-05T15:30 | 9 a.m. EST Nov. 9=2025-11-09T09:00 |"
    " Friday at 3pm=2025-10-31T15:00 | 10:15=2025-10-31T10:15 |"
    " around midnight=2025-10-31T24:00");
  /* a time belongs to the day the story just named */
  assert_scan("On Monday, the vote began at 8 a.m. and ended at 6:45 p.m.",
              "2025-11-05", 0,
    "Monday=2025-11-03 | 8 a.m.=2025-11-03T08:00 | 6:45 p.m.=2025-11-03T18:45");
  /* numbers that are not times */
  assert_scan("won 3-1, a 2:1 ratio, 3.30 euros, chapter 12", "2025-11-05", 0, "");
}

static void test_refs(void **state){
  (void)state;
  assert_scan_full("now, recently, currently, in the future, the past, recent years,"
                   " the coming weeks, the last few months, these days, right now",
                   "2025-11-05", 0,
    "now=PRESENT_REF ref relative 2025-11-05..2025-11-05 |"
    " recently=PAST_REF ref relative ..2025-11-05 |"
    " currently=PRESENT_REF ref relative 2025-11-05..2025-11-05 |"
    " the future=FUTURE_REF ref relative 2025-11-05.. |"
    " the past=PAST_REF ref relative ..2025-11-05 |"
    " recent years=PAST_REF ref relative ..2025-11-05 |"
    " the coming weeks=FUTURE_REF ref relative 2025-11-05.. |"
    " the last few months=PAST_REF ref relative ..2025-11-05 |"
    " these days=PRESENT_REF ref relative 2025-11-05..2025-11-05 |"
    " now=PRESENT_REF ref relative 2025-11-05..2025-11-05");
  assert_scan("now, recently, the past year", "2025-11-05", "refs=0",
              "the past year=2024");
  /* soon, but not the conjunction or the past of a story */
  assert_scan("Prices may soon fall. Call as soon as Friday; he left soon after;"
              " he was soon released; as soon as possible", "2025-11-05", 0,
    "soon=FUTURE_REF | Friday=2025-10-31 | as soon as possible=FUTURE_REF");
  /* "now" or "current" before a count is still a reference; "the past"
  ** before a count of seasons is not */
  assert_scan("The division is now a joint venture, up from the current four"
              " stores; riots for the past three summers", "2025-11-05", 0,
    "now=PRESENT_REF | current=PRESENT_REF");
  /* no reference: the value is still known, the bounds are not */
  assert_scan_full("now", 0, 0, "now=PRESENT_REF ref relative ..");
}

static void test_year_boundaries(void **state){
  (void)state;
  /* 2026-01-02 is a Friday of ISO week 2026-W01 */
  assert_scan("last week, this week, yesterday, last month, last year, Dec. 31",
              "2026-01-02", 0,
    "last week=2025-W52 | this week=2026-W01 | yesterday=2026-01-01 |"
    " last month=2025-12 | last year=2025 | Dec. 31=2025-12-31");
  assert_scan("December 30 was cold; January 2 is next; the fourth quarter",
              "2026-01-03", 0,
    "December 30=2025-12-30 | January 2=2026-01-02 | the fourth quarter=2025-Q4");
  /* 2024-12-30 already belongs to ISO week 2025-W01 */
  assert_scan_full("this week, next month", "2024-12-30", 0,
    "this week=2025-W01 week relative 2024-12-30..2025-01-05 |"
    " next month=2025-01 month relative 2025-01-01..2025-01-31");
  /* a January date seen from late December is the coming one */
  assert_scan("January 2, last December", "2025-12-30", 0,
              "January 2=2026-01-02 | last December=2024-12");
  /* winter spans two years */
  assert_scan_full("this winter", "2026-01-15", 0,
    "this winter=2025-WI season relative 2025-12-01..2026-02-28");
}

static void test_leap_years(void **state){
  (void)state;
  assert_scan("February 29, 2024; 2000-02-29; 29 February 2028", 0, 0,
    "February 29, 2024=2024-02-29 | 2000-02-29=2000-02-29 |"
    " 29 February 2028=2028-02-29");
  /* February 29 without a year: the nearest leap year */
  assert_scan("on February 29", "2025-03-10", 0, "February 29=2024-02-29");
  assert_scan_full("February 2024, February 2025", 0, 0,
    "February 2024=2024-02 month absolute 2024-02-01..2024-02-29 |"
    " February 2025=2025-02 month absolute 2025-02-01..2025-02-28");
  /* not leap years */
  assert_scan("February 29, 2025; 29/02/2100; 1900-02-29", 0, 0, "");
}

/* Date words that name a programme, a paper, an event or our times. */
static void test_names_and_idioms(void **state){
  (void)state;
  assert_scan("He spoke on ABC's \"This Week,\" and to \"Good Morning America.\""
              " This is VOA Today. USA Today said this week it would grow.",
              "2025-11-05", 0, "this week=2025-W45");
  /* ... but a weekday after an acronym is wire style for the day, and a
  ** time zone is no title (and 1100 GMT is no year) */
  assert_scan("The UN Tuesday condemned the raid.", "2025-11-05", 0,
              "Tuesday=2025-11-04");
  assert_scan("The offer ends by 1100 GMT Wednesday.", "2025-11-03", 0,
              "Wednesday=2025-10-29");
  assert_scan("Crowds joined the annual March for Life and the ``March of the"
              " Mothers''. He quit in March for health reasons. March on Monday.",
              "2025-06-04", 0, "March=2025-03 | March=2025-03 | Monday=2025-06-02");
  assert_scan("In today's world, by today's standards, for today's young people;"
              " today's vote and today's editions; the film High Noon, high noon"
              " comes; at noon", "2025-11-05", 0,
    "today=2025-11-05 | today=2025-11-05 | noon=2025-11-05T12:00");
  /* with references off, an idiom still hides its date word */
  assert_scan("high noon, at noon", "2025-11-05", "refs=0",
              "noon=2025-11-05T12:00");
}

static void test_impossible_dates(void **state){
  (void)state;
  /* none of these is emitted, not even in part ("February" alone) */
  assert_scan("February 30, 2025; 13/13/2025; April 31; 31.04.2025; 2025-02-30;"
              " 2025-13-01; 31 June 2025; 0/0/2025; 32 May", "2025-11-05", 0, "");
}

static void test_languages(void **state){
  (void)state;
  assert_scan("Die Regierung hat am 5. November 2025 entschieden, dass die Wahl letzte"
              " Woche und vor zwei Wochen war. Gestern und heute Abend, im März,"
              " Anfang 2024, am Freitag, nächstes Jahr, im dritten Quartal 2025, die"
              " 90er Jahre; sie ist hier.", "2025-11-05", 0,
    "5. November 2025=2025-11-05 | letzte Woche=2025-W44 |"
    " vor zwei Wochen=2025-W43 | Gestern=2025-11-04 | heute Abend=2025-11-05TEV |"
    " März=2026-03 | Anfang 2024=2024 | Freitag=2025-10-31 |"
    " nächstes Jahr=2026 | dritten Quartal 2025=2025-Q3 | die 90er Jahre=199");
  assert_scan("Le gouvernement a décidé le 5 novembre 2025 que la semaine dernière et"
              " il y a deux semaines, hier soir, aujourd'hui, début 2024, mi-mai,"
              " vendredi, l'année prochaine, les années 90, l'été dernier.",
              "2025-11-05", 0,
    "5 novembre 2025=2025-11-05 | la semaine dernière=2025-W44 |"
    " il y a deux semaines=2025-W43 | hier soir=2025-11-04TEV |"
    " aujourd'hui=2025-11-05 | début 2024=2024 | mi-mai=2025-05 |"
    " vendredi=2025-10-31 | l'année prochaine=2026 | les années 90=199 |"
    " l'été dernier=2025-SU");
  assert_scan("El gobierno decidió el 5 de noviembre de 2025 que la semana pasada y"
              " hace dos semanas, ayer, hoy, a principios de 2024, a mediados de mayo,"
              " el viernes, el año que viene, en el tercer trimestre de 2025.",
              "2025-11-05", 0,
    "5 de noviembre de 2025=2025-11-05 | la semana pasada=2025-W44 |"
    " hace dos semanas=2025-W43 | ayer=2025-11-04 | hoy=2025-11-05 |"
    " principios de 2024=2024 | mediados de mayo=2025-05 |"
    " viernes=2025-10-31 | el año que viene=2026 |"
    " el tercer trimestre de 2025=2025-Q3");
  /* English text: French "hier", Spanish "hoy" are not English words */
  assert_scan("The hier archy of the Mars mission was set yesterday by the team that"
              " said it would go.", "2025-11-05", 0, "yesterday=2025-11-04");
  /* the lang option: English words only */
  assert_scan("am 5. Februar 2026 und gestern", "2025-11-05", "lang=en", "2026=2026");
  assert_scan("am 5. November 2025", "2025-11-05", "lang=de", "5. November 2025=2025-11-05");
}

/* Byte and character offsets with multi-byte and invalid text before. */
static void test_offsets(void **state){
  NewsDateRef ref;
  const char *z = "\xC3\xA9t\xC3\xA9 \xE2\x80\x94 \xFF\xFE 12 mars 2025, \xF0\x9F\x98\x80 yesterday";
  Collect c;
  (void)state;
  memset(&c, 0, sizeof(c));
  c.z = z;
  news_buf_init(&c.out);
  news_date_ref_parse("2025-11-05", -1, &ref);
  assert_int_equal(news_dates_scan(z, (int)strlen(z), &ref, 0, collect, &c), SQLITE_OK);
  assert_string_equal(c.out.z, "12 mars 2025=2025-03-12 | yesterday=2025-11-04");
  news_buf_free(&c.out);
}

/* Offsets, checked through a second callback. */
typedef struct OffCheck { const char *z; int nBad, n; } OffCheck;
static int check_offsets(void *pCtx, const NewsDateMatch *m){
  OffCheck *o = (OffCheck*)pCtx;
  o->n++;
  if( news_utf8_count(o->z, m->iStart)!=m->iCharStart
   || news_utf8_count(o->z, m->iEnd)!=m->iCharEnd ) o->nBad++;
  return 0;
}

static void test_char_offsets(void **state){
  const char *z = "\xC3\xA9t\xC3\xA9 \xE2\x80\x94 \xFF\xFE 12 mars 2025, \xF0\x9F\x98\x80 yesterday,"
                  " Nov. 5\xE2\x80\x99s vote";
  NewsDateRef ref;
  OffCheck o;
  (void)state;
  memset(&o, 0, sizeof(o));
  o.z = z;
  news_date_ref_parse("2025-11-05", -1, &ref);
  news_dates_scan(z, (int)strlen(z), &ref, 0, check_offsets, &o);
  assert_int_equal(o.n, 3);
  assert_int_equal(o.nBad, 0);
  /* the possessive 's is not part of the date */
  assert_scan("Friday's vote and Nov. 5\xE2\x80\x99s count", "2025-11-05", 0,
              "Friday=2025-10-31 | Nov. 5=2025-11-05");
}

static void test_callback_stop(void **state){
  NewsDateRef ref;
  Collect c;
  const char *z = "today, yesterday, tomorrow";
  (void)state;
  memset(&c, 0, sizeof(c));
  c.z = z;
  c.nStop = 2;
  news_buf_init(&c.out);
  news_date_ref_parse("2025-11-05", -1, &ref);
  assert_int_equal(news_dates_scan(z, -1, &ref, 0, collect, &c), SQLITE_ABORT);
  assert_int_equal(c.n, 2);
  news_buf_free(&c.out);
  /* NULL text, empty text, NULL options */
  assert_int_equal(news_dates_scan(0, 0, &ref, 0, collect, &c), SQLITE_OK);
  assert_int_equal(news_dates_scan("", 0, 0, 0, collect, &c), SQLITE_OK);
  assert_int_equal(c.n, 2);
}

static int count_only(void *pCtx, const NewsDateMatch *m){
  (void)m;
  (*(int*)pCtx)++;
  return 0;
}

/* Dates found in n bytes of zUnit repeated. */
static int count_repeated(const char *zUnit, size_t n, const NewsDateRef *pRef){
  char *z = support_repeat(zUnit, n);
  int nMatch = 0;
  assert_int_equal(news_dates_scan(z, (int)n, pRef, 0, count_only, &nMatch), SQLITE_OK);
  free(z);
  return nMatch;
}

/* Large and hostile input: results are right and nothing breaks (speed
** and linearity are measured by bench_dates, not here). */
static void test_large_input(void **state){
  NewsDateRef ref;
  char *z;
  size_t n, k;
  int nMatch;
  (void)state;
  news_date_ref_parse("2025-11-05", -1, &ref);
  /* 100,000 numbers in a row: the 4-digit ones from 1900 to 2099 are years */
  z = malloc(100000*6 + 1);
  for(k=0, n=0; k<100000; k++) n += (size_t)sprintf(z+n, "%d ", (int)(k%3000));
  nMatch = 0;
  assert_int_equal(news_dates_scan(z, (int)n, &ref, 0, count_only, &nMatch), SQLITE_OK);
  assert_int_equal(nMatch, 200*33);
  free(z);
  /* 10 MB of text with two dates every sentence (the last one is cut) */
  assert_int_equal(count_repeated("The council met on Nov. 5, 2025 and again"
                                  " last week. ", 10000000, &ref),
                   (10000000/53)*2);
  /* 1 MB runs of digits, of slashes and digits, of a weak month name;
  ** 900 kB of "in March" */
  assert_int_equal(count_repeated("7", 1000000, &ref), 0);
  assert_int_equal(count_repeated("1/1/", 1000000, &ref), 0);
  assert_int_equal(count_repeated("May ", 1000000, &ref), 0);
  assert_int_equal(count_repeated("in March ", 900000, &ref), 100000);
  /* binary: every byte value, NULs included */
  z = malloc(256*1000);
  for(k=0; k<256*1000; k++) z[k] = (char)(k*7 % 256);
  nMatch = 0;
  assert_int_equal(news_dates_scan(z, 256*1000, &ref, 0, count_only, &nMatch), SQLITE_OK);
  free(z);
}

/* Rules that read the words around an expression: which way a month or a
** weekday without a year goes, the quarter a report is about, objects of
** before/after, parts of the day, second days, weeks of a date. */
static void test_context(void **state){
  (void)state;
  /* since / ended point back, until ahead; a verb in the future too */
  assert_scan("The co-op reported a loss for the year ended March 31. Prices have"
              " risen since March. The offer runs until June.", "2025-11-01", 0,
    "March 31=2025-03-31 | March=2025-03 | June=2026-06");
  assert_scan("The ferry line will reopen in December. It closed in December.",
              "2025-03-04", 0, "December=2025-12 | December=2024-12");
  assert_scan("The unions will march on Friday. They marched on Friday.",
              "2025-11-05", 0, "Friday=2025-11-07 | Friday=2025-10-31");
  /* what is scheduled or planned lies ahead too, in each language */
  assert_scan("The vote is scheduled for Friday. Talks are planned in March."
              " The upcoming meeting on Monday. The meeting on Monday.",
              "2025-11-05", 0, "Friday=2025-11-07 | March=2026-03 |"
              " Monday=2025-11-10 | Monday=2025-11-03");
  assert_scan("Die Wahl soll am Sonntag stattfinden. Le vote est pr\xC3\xA9vu lundi.",
              "2025-11-05", 0, "Sonntag=2025-11-09 | lundi=2025-11-10");
  /* a plan put in the past no longer points ahead; a report dates what
  ** was said (written on a Tuesday, "said Wednesday" is not tomorrow) */
  assert_scan("The offer had been scheduled to expire at midnight Friday. The march"
              " began as previously planned Saturday night.", "2025-11-05", 0,
    "midnight Friday=2025-10-31T24:00 | Saturday night=2025-11-01TNI");
  assert_scan("He was told Wednesday. The minister said on Wednesday it would end."
              " The fair opens Wednesday.", "2025-11-04", 0,
    "Wednesday=2025-10-29 | Wednesday=2025-10-29 | Wednesday=2025-11-05");
  /* ... but not what is said of a month: the March contract is ahead */
  assert_scan("Traders said the March contract rose.", "2025-11-04", 0,
              "March=2026-03");
  assert_scan("Die Ministerin sagte Mittwoch. El ministro dijo mi\xC3\xA9rcoles.",
              "2025-11-04", 0, "Mittwoch=2025-10-29 | mi\xC3\xA9rcoles=2025-10-29");
  /* phrases of a plan ahead; "likely" too; a past perfect after the date
  ** undoes the lean ahead of "until" (2025-11-05 is a Wednesday) */
  assert_scan("The stock is to resume trading Tuesday. Talks are set to end"
              " Friday. Buyers were likely to act as soon as trading opened"
              " Monday. Until Thursday, they had not named him.", "2025-11-05", 0,
    "Tuesday=2025-11-11 | Friday=2025-11-07 | Monday=2025-11-10 |"
    " Thursday=2025-10-30");
  assert_scan("The report is due Friday.", "2025-11-05", 0, "Friday=2025-11-07");
  assert_scan("The offer runs until Thursday, when the board will meet.",
              "2025-11-05", 0, "Thursday=2025-11-06");
  /* "since" back in its clause points back, unless a future verb is nearer */
  assert_scan("Since the fund bought the mill in February, it has cut jobs. Since"
              " the plant will close in February, staff left.", "2025-11-05", 0,
    "February=2025-02 | February=2026-02");
  /* a plan in the present tense points ahead, also after a causal since */
  assert_scan("Since the firm expects to close the deal in January, it hired."
              " The mill plans to reopen in February.", "2025-06-04", 0,
    "January=2026-01 | February=2026-02");
  /* a verb in the future up to 16 words back */
  assert_scan("Colonel Collins will be named commander of the space shuttle"
              " Columbia for a long mission planned for later in December.",
              "2025-03-04", 0, "December=2025-12");
  /* year-end is the year, mod END; since year-end the last one */
  assert_scan_full("Shares rose 4% since year-end and should double by year-end.",
                   "2025-11-05", 0,
    "year-end=2024 year relative 2024-09-01..2024-12-31 mod3 |"
    " year-end=2025 year relative 2025-09-01..2025-12-31 mod3");
  /* "in a year" is a date only with a verb in the future; vague counts */
  assert_scan("The smallest rise in a year. The mill will shut in a year.",
              "2025-11-05", 0, "a year=2026");
  assert_scan_full("Rates may fall in a year or two. A week or so ago it snowed.",
                   "2025-11-05", 0,
    "a year or two=FUTURE_REF ref relative 2025-11-05.. |"
    " A week or so ago=2025-W44 week relative 2025-10-27..2025-11-02 mod4");
  /* the quarter in focus follows every quarter mentioned */
  assert_scan("The chain earned more in the third quarter. Sales in the latest"
              " quarter beat forecasts, and margins were wider than a year ago.",
              "2025-11-05", 0,
    "the third quarter=2025-Q3 | the latest quarter=2025-Q3 | a year ago=2024-Q3");
  /* ... except an earlier quarter named in passing: the report stays on
  ** the latest */
  assert_scan("The mill earned more in the third quarter. After a flat second"
              " quarter, prices rose. In the 2025 period, costs fell from a year"
              " ago.", "2025-11-05", 0,
    "the third quarter=2025-Q3 | second quarter=2025-Q2 |"
    " the 2025 period=2025-Q3 | a year ago=2024-Q3");
  assert_scan("For the quarter ended Sept. 30, the bakery lost money. In the"
              " quarter ended July 31, the mill gained.", "2025-11-05", 0,
    "the quarter=2025-Q3 | Sept. 30=2025-09-30 | the quarter=2025-Q3 |"
    " July 31=2025-07-31");
  assert_scan("In the quarter ended July 31, the mill gained.", "2025-11-05", 0,
    "the quarter=2025-Q2 | July 31=2025-07-31");
  assert_scan("The third quarter was weak. For the quarter a year ago, it earned"
              " more, as in the corresponding period last year.", "2025-11-05", 0,
    "The third quarter=2025-Q3 | the quarter a year ago=2024-Q3 |"
    " the corresponding period last year=2024-Q3");
  assert_scan("in the last quarter of 2024, the last half of the year, the first"
              " two quarters of 2026, the last quarter", "2025-11-05", 0,
    "the last quarter of 2024=2024-Q4 | the last half of the year=2025-H2 |"
    " the first two quarters of 2026=2026-H1 | the last quarter=2025-Q3");
  /* a quarter still going on is in focus when none other is: fourth-quarter
  ** earnings reported early in the quarter are a fiscal quarter's; after
  ** the third quarter's results, it is the outlook */
  assert_scan("The bakery reported lower fourth-quarter earnings. It earned less"
              " than a year earlier; sales in the latest period fell.",
              "2025-11-05", 0,
    "fourth-quarter=2025-Q4 | a year earlier=2024-Q4 | the latest period=2025-Q4");
  assert_scan("The mill earned more in the third quarter and expects a weaker"
              " fourth quarter. Sales rose from a year ago.", "2025-11-05", 0,
    "the third quarter=2025-Q3 | fourth quarter=2025-Q4 | a year ago=2024-Q3");
  /* "this quarter's" results in a report are the reported quarter's; "the
  ** current quarter" is the one going on */
  assert_scan("Profit fell in the third quarter. This quarter's loss includes a"
              " charge; the current quarter looks better.", "2025-11-05", 0,
    "the third quarter=2025-Q3 | This quarter=2025-Q3 | the current quarter=2025-Q4");
  /* parts of the day named first, and alone after a preposition */
  assert_scan("Trading halted in mid-afternoon yesterday. The storm hit Tuesday."
              " By mid afternoon, roads were shut; crews worked in the morning."
              " The bakery works at night.", "2025-11-05", 0,
    "mid-afternoon yesterday=2025-11-04TAF | Tuesday=2025-11-04 |"
    " mid afternoon=2025-11-04TAF | the morning=2025-11-04TMO");
  assert_scan("The convoy leaves at 4 in the morning and returns at 9 at night.",
              "2025-11-05", 0,
    "4 in the morning=2025-11-05T04:00 | 9 at night=2025-11-05T21:00");
  assert_scan("The fire started at about 10:40 a.m. (0940 GMT) Tuesday.",
              "2025-11-06", 0,
    "about 10:40 a.m.=2025-11-04T10:40 | Tuesday=2025-11-04");
  /* before / after with an object: a day, or an event (no date) */
  assert_scan("Two days before Christmas the port froze. The day after Nov. 5 was"
              " calm. Two weeks before the vote, polls shifted. Two years before,"
              " he had moved.", "2025-11-05", 0,
    "Two days before Christmas=2025-12-23 | The day after Nov. 5=2025-11-06 |"
    " Two years before=2023");
  assert_scan("On Oct. 3 the dam broke; the day after, the valley flooded.",
              "2025-11-05", 0, "Oct. 3=2025-10-03 | the day after=2025-10-04");
  /* a second day, the week of a date, a holiday's week, a weekday and its
  ** date, later in the day */
  assert_scan("The fair runs on April 24 and 25, from May 3 to 5. It rose 3 to"
              " 5 percent.", "2025-11-05", 0,
    "April 24=2025-04-24 | 25=2025-04-25 | May 3=2025-05-03 | 5=2025-05-05");
  /* the end of a range is the first such date on or after its start */
  assert_scan("Talks run from Dec. 20 to Jan. 5, the fair from December to"
              " February, the survey between March 2024 and May; a revision"
              " Friday to December's figures.", "2025-11-05", 0,
    "Dec. 20=2025-12-20 | Jan. 5=2026-01-05 | December=2025-12 |"
    " February=2026-02 | March 2024=2024-03 | May=2024-05 | Friday=2025-10-31 |"
    " December=2025-12");
  assert_scan("Hearings begin the week of March 9; shops close in Easter week.",
              "2026-02-20", 0, "the week of March 9=2026-W11 | Easter week=2026-W14");
  assert_scan("The gala is this coming Sunday, March 8.", "2026-03-04", 0,
    "this coming Sunday, March 8=2026-03-08");
  assert_scan_full("The mayor spoke later in the day. Earlier in the year, rents fell.",
                   "2025-11-05", 0,
    "later in the day=2025-11-05 day relative 2025-11-05..2025-11-05 mod3 |"
    " Earlier in the year=2025 year relative 2025-01-01..2025-04-30 mod1");
  /* Election Day; vague and past references */
  assert_scan("Polls close on Election Day. Election Day 2028 is far off. Details"
              " follow at a later date, as soon as possible, said the then-current"
              " mayor.", "2026-10-01", 0,
    "Election Day=2026-11-03 | Election Day 2028=2028-11-07 |"
    " a later date=FUTURE_REF | as soon as possible=FUTURE_REF |"
    " then-current=PAST_REF");
}

/* The full description of every match of z[0..n) with *pOpt (bFull form,
** plus offsets).  sqlite3_free() the result. */
static char *scan_opt(const char *z, int n, const NewsDateRef *pRef,
                      const NewsDateOptions *pOpt){
  Collect c;
  memset(&c, 0, sizeof(c));
  c.z = z;
  c.bFull = 1;
  news_buf_init(&c.out);
  assert_int_equal(news_dates_scan(z, n, pRef, pOpt, collect, &c), SQLITE_OK);
  return c.out.z ? c.out.z : sqlite3_mprintf("");
}

/* A small deterministic generator (xorshift32). */
static unsigned rnd(unsigned *pSeed){
  unsigned x = *pSeed;
  x ^= x<<13; x ^= x>>17; x ^= x<<5;
  return *pSeed = x;
}

/*
** The scanner skips the text where no date can be (it makes atoms only
** around digits and head words): the results must be exactly those of a
** scan of every token (NewsDateOptions.bFullScan).  Random texts mix
** every word of the lexicon (lower case, capitalized, upper case), numbers
** of many shapes, punctuation, other words and white space of several
** kinds, so that expressions start, end and overlap at every distance
** from the head words.
*/
static void test_skip_same_as_full(void **state){
  static const char *const azOther[] = {
    "the", "council", "said", "revenue", "of", "and", "rose", "to", "in",
    "Paris", "über", "naïve", "années", "Ministry", "it's", "U.S.",
    "e-mail", "x@y.org", "http://example.org/2025/11/05", "$", "%", "#",
    "(", ")", ",", ".", "-", "--", "'", "\xE2\x80\x9C", "\xE2\x80\x9D",
    "\xE2\x80\x94", "\xE2\x80\x99s", "\xC2\xA0", ";", ":", "/", "&",
    "\xE9\x80\x99", "\xE3\x83\xBC", "\xCC\x81", "\xE2\x80\x8D", "\xEF\xBC\x92",
    "\xD9\xA3", "\xC2\xBD", "\xFF", "\xE2\x80\xA8",
  };
  static const char *const azNum[] = { "%d", "%02d", "%d,000", "%d%%",
    "%dth", "%ds", "'%02d", "%d:30", "%d.5", "19%02d", "20%02d", "%d-%d",
    "2025-%02d-05", "%d/11/2025", "Q%d", "FY20%02d", "%dpm", "%d.%d." };
  static const char *const azSpace[] = { " ", " ", " ", " ", "\n", "  ",
    "", "\t", "\n\n" };
  int nWord, iRound;
  const NewsDateWord *aWord = news_date_lexicon_all(&nWord);
  unsigned seed = 20251105;
  NewsDateRef ref;
  (void)state;
  news_date_ref_parse("2025-11-05T10:00", -1, &ref);
  {
    /* cases the fuzzer and this test found: a Han character glued to a
    ** word, joiners around one, an e-mail address glued to a word */
    static const char *const azFixed[] = {
      "Traders said yesterday\xE9\x80\x99s weather hurt prices.",
      "The vote is in \xE2\x80\x8D""November\xE2\x80\x8D, they said.",
      "Write to x@y.org\xC3\xBC""bermorgen or later today.",
      "It rose in Nov\xCC\x81""ember and in \xCC\x81March.",
    };
    size_t k;
    for(k=0; k<sizeof(azFixed)/sizeof(azFixed[0]); k++){
      NewsDateOptions opt, optFull;
      char *zSkip, *zFull;
      news_date_options_default(&opt);
      optFull = opt;
      optFull.bFullScan = 1;
      zSkip = scan_opt(azFixed[k], (int)strlen(azFixed[k]), &ref, &opt);
      zFull = scan_opt(azFixed[k], (int)strlen(azFixed[k]), &ref, &optFull);
      assert_string_equal(zSkip, zFull);
      assert_true(zSkip[0]!=0);
      sqlite3_free(zSkip);
      sqlite3_free(zFull);
    }
  }
  for(iRound=0; iRound<3000; iRound++){
    NewsBuf b;
    NewsDateOptions opt, optFull;
    char *zSkip, *zFull;
    int k, nTok = 5 + rnd(&seed)%200;
    news_buf_init(&b);
    for(k=0; k<nTok; k++){
      unsigned r = rnd(&seed)%100;
      if( r<45 ){
        const char *zW = aWord[rnd(&seed)%nWord].zWord;
        unsigned c = rnd(&seed)%4;
        size_t i, nW = strlen(zW);
        for(i=0; i<nW; i++){
          char ch = zW[i];
          if( (c==1 && i==0) || c==2 ) ch = (ch>='a' && ch<='z') ? ch-32 : ch;
          news_buf_appendc(&b, ch);
        }
      }else if( r<65 ){
        news_buf_appendf(&b, azNum[rnd(&seed)%(sizeof(azNum)/sizeof(azNum[0]))],
                         (int)(rnd(&seed)%40), (int)(rnd(&seed)%13));
      }else{
        const char *zO = azOther[rnd(&seed)%(sizeof(azOther)/sizeof(azOther[0]))];
        news_buf_append(&b, zO, (sqlite3_int64)strlen(zO));
      }
      if( rnd(&seed)%30==0 ){
        /* a long stretch without dates */
        int j, nFill = (int)(rnd(&seed)%40);
        for(j=0; j<nFill; j++) news_buf_append(&b, " council revenue", 16);
      }
      {
        const char *zS = azSpace[rnd(&seed)%(sizeof(azSpace)/sizeof(azSpace[0]))];
        news_buf_append(&b, zS, (sqlite3_int64)strlen(zS));
      }
    }
    assert_int_equal(b.rc, SQLITE_OK);
    news_date_options_default(&opt);
    opt.ePrefer = iRound%3;
    opt.mLang = iRound%5==0 ? NEWS_LANG_ALL : 0;
    optFull = opt;
    optFull.bFullScan = 1;
    zSkip = scan_opt(b.z, (int)b.n, iRound%7 ? &ref : 0, &opt);
    zFull = scan_opt(b.z, (int)b.n, iRound%7 ? &ref : 0, &optFull);
    if( strcmp(zSkip, zFull)!=0 ){
      int i = 0;
      while( zSkip[i]==zFull[i] ) i++;
      while( i>0 && !(zSkip[i-1]=='|' && zSkip[i]==' ') ) i--;
      print_message("round %d, skip: %.120s\nfull: %.120s\n", iRound, zSkip+i, zFull+i);
      if( getenv("DATES_SKIP_DUMP") ){
        FILE *f = fopen(getenv("DATES_SKIP_DUMP"), "wb");
        if( f ){ fwrite(b.z, 1, (size_t)b.n, f); fclose(f); }
      }
    }
    assert_string_equal(zSkip, zFull);
    sqlite3_free(zSkip);
    sqlite3_free(zFull);
    news_buf_free(&b);
  }
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_ref_parse),
    cmocka_unit_test(test_options_parse),
    cmocka_unit_test(test_date_parse),
    cmocka_unit_test(test_full_dates),
    cmocka_unit_test(test_partial_dates),
    cmocka_unit_test(test_years),
    cmocka_unit_test(test_decades_centuries),
    cmocka_unit_test(test_quarters_seasons_fiscal),
    cmocka_unit_test(test_relative),
    cmocka_unit_test(test_weekdays),
    cmocka_unit_test(test_times),
    cmocka_unit_test(test_refs),
    cmocka_unit_test(test_year_boundaries),
    cmocka_unit_test(test_leap_years),
    cmocka_unit_test(test_names_and_idioms),
    cmocka_unit_test(test_impossible_dates),
    cmocka_unit_test(test_languages),
    cmocka_unit_test(test_offsets),
    cmocka_unit_test(test_char_offsets),
    cmocka_unit_test(test_callback_stop),
    cmocka_unit_test(test_large_input),
    cmocka_unit_test(test_context),
    cmocka_unit_test(test_skip_same_as_full),
  };
  return cmocka_run_group_tests(tests, 0, 0);
}
