/*
** stopwords.h - stopword lists and language guessing.  See stopwords.c.
**
** C interface (SQL functions are documented in stopwords.c):
**
**   news_guess_language(z, n)   ISO 639-1 code ("en", "de", "ar", ...) of
**                               the language whose stopwords dominate the
**                               text z[0..n), or NULL when unsure
**   news_stopword_list(zIso)    the list of a language, or NULL
**   news_stopword_find(p, z, n) is the normalized word z[0..n) on list p?
**   news_stopword_normalize()   the form the lists are written in
*/
#ifndef NEWS_STOPWORDS_H
#define NEWS_STOPWORDS_H

#include "common.h"

typedef struct NewsStopList NewsStopList;
struct NewsStopList {
  const char *zIso;             /* ISO 639-1 code */
  const char *zName;            /* Snowball algorithm name */
  int bNoDiacritics;            /* words are looked up without diacritics */
  int nWord;                    /* entries in azWord */
  const char *const *azWord;    /* sorted by byte value (strcmp order) */
};

/*
** The ISO 639-1 code of the language whose stopwords make up a clear
** share of the words of z[0..n) (the first 10,000 words are read), or
** NULL if the text is too short, has too few stopwords of any language,
** or two languages score too close to call.  The result is a static
** string.  Languages: those with a stopword list (news_stopword_list).
*/
const char *news_guess_language(const char *z, int n);

/* The stopword list of the language with ISO code or Snowball name
** zLang (case-sensitive, lower case), or NULL if there is none. */
const NewsStopList *news_stopword_list(const char *zLang);

/* The i-th list, for i = 0, 1, ... until NULL. */
const NewsStopList *news_stopword_list_at(int i);

/*
** Append to pOut the form of word z[0..n) that the lists use: lower case
** (simple mapping), NFC, typographic apostrophes as ', and without
** diacritics for lists that have bNoDiacritics.  Returns pOut->rc.
*/
int news_stopword_normalize(const NewsStopList *p, NewsBuf *pOut,
                            const char *z, int n);

/* True if the normalized word z[0..n) is on list p. */
int news_stopword_find(const NewsStopList *p, const char *z, int n);

/* Registers is_stopword() and the stopwords table. */
int news_stopwords_register(sqlite3 *db);

#endif /* NEWS_STOPWORDS_H */
