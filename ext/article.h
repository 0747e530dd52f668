/*
** article.h - parse a news page (raw HTML or the visible text of a page)
** into its parts: title, source, dates, author, section, language, body.
**
** SQL (registered by news_article_register()):
**
**   SELECT * FROM article(raw);        one row, columns below
**   article_title(raw), article_source(raw), article_published(raw),
**   article_updated(raw), article_author(raw), article_section(raw),
**   article_language(raw), article_url(raw), article_body(raw),
**   article_lead(raw), article_words(raw), article_format(raw)
**   article_json(raw)                  every field as one JSON object
**
** C:  NewsArticle a; news_article_init(&a);
**     rc = news_article_parse(z, n, &a);  ... a.title.z ...
**     news_article_clear(&a);
**
** The format is detected from the content (news_article_is_html()); the
** HTML path is in html.c, the page-text path in textdump.c.  Both fill the
** same NewsArticle, and both resolve dates through news_article_date_*()
** below, which is the only place that talks to the date parser.
*/
#ifndef NEWS_ARTICLE_H
#define NEWS_ARTICLE_H

#include "common.h"

#define NEWS_ARTICLE_TEXT 1
#define NEWS_ARTICLE_HTML 2

/* Every text field is a NewsBuf; an empty buffer (n==0) is SQL NULL. */
typedef struct NewsArticle NewsArticle;
struct NewsArticle {
  int eFormat;              /* NEWS_ARTICLE_TEXT or NEWS_ARTICLE_HTML */
  NewsBuf title;            /* headline, without the site name */
  NewsBuf source;           /* outlet or site name */
  NewsBuf published;        /* ISO 8601 date or date-time of publication */
  NewsBuf updated;          /* ISO 8601 date or date-time of last change */
  NewsBuf author;           /* "Jane Roe" or "Jane Roe, John Doe" */
  NewsBuf section;          /* "Politics", "News", ... */
  NewsBuf language;         /* BCP 47 tag declared by the page, or guessed */
  NewsBuf url;              /* canonical URL declared by the page */
  NewsBuf body;             /* paragraphs separated by one blank line */
  sqlite3_int64 nLead;      /* bytes of body in its first paragraph */
  sqlite3_int64 nWords;     /* words of body (text-core word tokens) */
};

void news_article_init(NewsArticle *p);
void news_article_clear(NewsArticle *p);

/* True if z[0..n) looks like HTML markup rather than page text. */
int news_article_is_html(const char *z, int n);

/*
** Parse z[0..n) into *p (which must have been initialized; it is reset
** first).  Returns SQLITE_OK or SQLITE_NOMEM/SQLITE_TOOBIG.
*/
int news_article_parse(const char *z, int n, NewsArticle *p);

/*
** Dates, through the date parser of dates.c (the only place that calls
** it).  Numeric dates with slashes or dashes (05/11/2025) are read
** month-first when the article's language is English without a
** day-first region (or pArt is NULL), else day-first (also when the
** language is unknown); dotted ones (05.11.2025) always day-first; month
** and day names of every language dates.c knows are accepted.  They
** write an ISO 8601 value (a date, or a date and time: at most 31 bytes
** and a terminator) into zOut and return 1 when they find a date precise
** to the day or better, else 0.  In running text, dates of other things
** ("Registered: ...", "Termin: ...") are never taken.
**
** news_article_date_value()  z is one date and nothing else (a meta tag's
**                            content, a datetime attribute, "Nov. 5, 2025")
** news_article_date_find()   the first such date inside running text;
**                            piStart, piEnd (may be NULL) receive its byte
**                            span in z
*/
#define NEWS_ARTICLE_DATE_MAX 32
int news_article_date_value(const NewsArticle *pArt, const char *z, int n,
                            char *zOut);
int news_article_date_find(const NewsArticle *pArt, const char *z, int n,
                           char *zOut, int *piStart, int *piEnd);

/* 1 if z[0..n) is one date expression and nothing else, of any kind:
** "Friday, 6 March 2026", "vor 4 Monaten", "2 hours ago", "Yesterday". */
int news_article_is_date(const char *z, int n);

/*
** news_article_date_published()  like news_article_date_find(), but a
**   date just after an update cue ("Updated", "aktualisiert") is passed
**   over, and with bNeedCue only a date just after a publication cue
**   ("Published", "Posted", "erschienen") is taken.
*/
int news_article_date_published(const NewsArticle *pArt, const char *z,
                                int n, int bNeedCue, char *zOut,
                                int *piStart, int *piEnd);

/*
** Every date of a text, for parsers that weigh them: xDate is called for
** each absolute date precise to the day or better, left to right, and
** the scan stops when it returns non-zero (that value is returned; else
** 0, or SQLITE_NOMEM).  Dotted numeric dates (04.03.2025) are read
** day-first in every language; an all-numeric date that still reads both
** ways (04/03/2025) is flagged with the order it was read in, so that a
** parser that learns the page's order can flip it
** (news_article_date_flip()).
*/
#define NEWS_ARTICLE_CUE_PUBLISHED 1    /* "Published", "Posted", ... before it */
#define NEWS_ARTICLE_CUE_UPDATED   2    /* "Updated", "aktualisiert", ... */
#define NEWS_ARTICLE_CUE_OTHER     3    /* "Registered", "Termin": not the page's */
#define NEWS_ARTICLE_MDY 1
#define NEWS_ARTICLE_DMY 2
typedef struct NewsArticleDate NewsArticleDate;
struct NewsArticleDate {
  char zValue[NEWS_ARTICLE_DATE_MAX];   /* ISO date or date and time */
  int iStart, iEnd;         /* byte span in the text */
  int eCue;                 /* NEWS_ARTICLE_CUE_* or 0 */
  int eAmbiguous;           /* 0, or the order NEWS_ARTICLE_MDY/DMY in which
                            ** a date that reads both ways was read */
};
int news_article_dates(const NewsArticle *pArt, const char *z, int n,
                       int (*xDate)(void*, const NewsArticleDate*),
                       void *pCtx);
void news_article_date_flip(NewsArticleDate *pDate);

/*
** How the page z[0..n) writes its dates: NEWS_ARTICLE_DMY when more of
** them are written day-first (23/01/2020, 23 January 2020) than
** month-first (01/23/2020, January 23, 2020), NEWS_ARTICLE_MDY for the
** reverse, 0 when they do not tell.  Reads the first 256 KB.
*/
int news_article_date_order(const NewsArticle *pArt, const char *z, int n);

/* Set language from the body when the page declared none; the language
** of a text, from its first few thousand bytes (stopwords.h). */
void news_article_guess_language(NewsArticle *p);
const char *news_article_language_of(const char *z, int n);

/* Helpers shared by the two parsers. */
void news_article_set(NewsBuf *pField, const char *z, int n);
/* Collapse white space, trim; used on every metadata string. */
void news_article_set_clean(NewsBuf *pField, const char *z, int n);
/* Fill nLead and nWords from body. */
void news_article_finish(NewsArticle *p);

int news_article_register(sqlite3 *db);

#endif /* NEWS_ARTICLE_H */
