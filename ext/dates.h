/*
** dates.h - find date expressions in news text and normalize them to
** TIMEX3 values against a reference date (usually the article's own).
**
** SQL (dates.c registers both):
**
**   SELECT * FROM dates(document [, reference [, options]]);
**   SELECT date_parse(text [, reference [, options]]);
**
** C: another module (the article parser) uses the same scanner directly:
**
**   NewsDateRef ref; NewsDateOptions opt; NewsDateMatch m;
**   news_date_ref_parse("2025-11-05", -1, &ref);
**   news_date_options_default(&opt);
**   if( news_date_parse("Friday, 06 February 2026", -1, &ref, &opt, &m) ){
**     ... m.zValue is "2026-02-06" ...
**   }
**   news_dates_scan(zText, nText, &ref, &opt, xMatch, pCtx);
**
** Lengths of -1 mean "up to the NUL terminator".
*/
#ifndef NEWS_DATES_H
#define NEWS_DATES_H

#include "common.h"
#include "date_lexicon.h"      /* NEWS_LANG_*, NEWS_MOD_* */

/* A reference date, optionally with a time of day. */
typedef struct NewsDateRef NewsDateRef;
struct NewsDateRef {
  int y, m, d;              /* calendar date */
  int hh, mi, ss;           /* time of day, when bTime */
  int bTime;
};

/*
** Parse an ISO 8601 date or datetime: YYYY-MM-DD, optionally followed by
** T or a space and HH:MM[:SS[.fff]], optionally followed by Z or an
** offset (+05:30, -0800; the local time is kept).  Surrounding white
** space is allowed.  Returns SQLITE_OK, or SQLITE_ERROR for anything else
** (including impossible dates such as 2025-02-30).
*/
int news_date_ref_parse(const char *z, int n, NewsDateRef *pRef);

/* NewsDateOptions.eOrder: how to read all-numeric dates like 05/11/2025. */
#define NEWS_DATE_ORDER_MDY 0
#define NEWS_DATE_ORDER_DMY 1
#define NEWS_DATE_ORDER_YMD 2

/* NewsDateOptions.ePrefer: which day a bare weekday name means. */
#define NEWS_DATE_PREFER_PAST    0  /* the latest one on or before the reference */
#define NEWS_DATE_PREFER_FUTURE  1  /* the first one on or after it */
#define NEWS_DATE_PREFER_NEAREST 2  /* the closer of the two */

typedef struct NewsDateOptions NewsDateOptions;
struct NewsDateOptions {
  int eOrder;               /* NEWS_DATE_ORDER_*, default MDY */
  int mLang;                /* NEWS_LANG_* bits (date_lexicon.h); 0 = detect
                            ** from the text (default) */
  int ePrefer;              /* NEWS_DATE_PREFER_*, default PAST */
  int bRefs;                /* report PAST_REF/PRESENT_REF/FUTURE_REF
                            ** expressions (now, recently); default 1 */
  int bFullScan;            /* tokenize all of the text, even where no date
                            ** can be (the results are the same, only
                            ** slower: for tests of the skipping); default 0 */
};

void news_date_options_default(NewsDateOptions *pOpt);

/*
** Parse an options string such as "order=dmy, lang=en+de, prefer=future,
** refs=0" into *pOpt (which should hold the defaults first).  On error
** returns SQLITE_ERROR and, if pzErr is not NULL, an sqlite3_malloc'd
** message that names zFunc: "dates(): unknown option 'x' ...".
*/
int news_date_options_parse(const char *z, int n, const char *zFunc,
                            NewsDateOptions *pOpt, char **pzErr);

/* Granularities (NewsDateMatch.eGranularity). */
#define NEWS_GRAN_TIME     1
#define NEWS_GRAN_DAY      2
#define NEWS_GRAN_WEEK     3
#define NEWS_GRAN_MONTH    4
#define NEWS_GRAN_QUARTER  5
#define NEWS_GRAN_HALF     6
#define NEWS_GRAN_SEASON   7
#define NEWS_GRAN_YEAR     8
#define NEWS_GRAN_DECADE   9
#define NEWS_GRAN_CENTURY 10
#define NEWS_GRAN_REF     11

/* Kinds (NewsDateMatch.eKind). */
#define NEWS_DATE_ABSOLUTE 1    /* fully written out: 5 November 2025 */
#define NEWS_DATE_RELATIVE 2    /* needs the reference: yesterday, last month */
#define NEWS_DATE_PARTIAL  3    /* part comes from the reference: November 11 */

/* "day", "week", ... and "absolute", "relative", "partial". */
const char *news_date_granularity_name(int eGranularity);
const char *news_date_kind_name(int eKind);

typedef struct NewsDateMatch NewsDateMatch;
struct NewsDateMatch {
  int iStart, iEnd;             /* byte offsets into the text, end exclusive */
  sqlite3_int64 iCharStart;     /* character offsets (SQLite's count) */
  sqlite3_int64 iCharEnd;
  char zValue[24];              /* TIMEX3 value; "" when not resolved */
  int eGranularity;             /* NEWS_GRAN_* */
  int eKind;                    /* NEWS_DATE_* */
  char zFirstDay[11];           /* YYYY-MM-DD bounding the period; "" when */
  char zLastDay[11];            /* open (PAST_REF) or not resolved */
  int bAmbiguous;               /* numeric date readable as d/m and m/d */
  int eMod;                     /* NEWS_MOD_* (early/mid/late) or 0 */
};

/*
** Scan z[0..n) and call xMatch for every date expression, left to right,
** non-overlapping.  pRef may be NULL: relative expressions then have an
** empty zValue.  pOpt may be NULL for the defaults.  Returns SQLITE_OK,
** SQLITE_NOMEM, or the first non-zero value returned by xMatch (which
** stops the scan).  Linear in n; one fixed allocation (about 13 kB),
** none proportional to n.  Thread-safe: no shared mutable state (the
** lexicon index is built once, under a mutex).
*/
int news_dates_scan(const char *z, int n, const NewsDateRef *pRef,
                    const NewsDateOptions *pOpt,
                    int (*xMatch)(void *pCtx, const NewsDateMatch*),
                    void *pCtx);

/*
** 1 if z[0..n) is exactly one date expression (surrounding white space,
** punctuation, articles and prepositions allowed: "on 5 May 2025"), with
** *pOut describing it; else 0 (also when out of memory).  A relative one
** without pRef gives 1 with an empty zValue.  Accepts what
** news_dates_scan() finds plus the compact forms of metadata (20251105,
** 2025-11).  Examples: "Friday, 06 February 2026", "2025-11-05T09:30:00Z",
** "Wed, 05 Nov 2025 14:30:00 +0000", "November 5, 2025", "yesterday".
*/
int news_date_parse(const char *z, int n, const NewsDateRef *pRef,
                    const NewsDateOptions *pOpt, NewsDateMatch *pOut);

/* Register dates() and date_parse() on db. */
int news_dates_register(sqlite3 *db);

#endif /* NEWS_DATES_H */
