/*
** segment.h - paragraphs and sentences of a text, on the text core's
** tokens.
**
** SQL (registered by news_segment_register()):
**
**   SELECT * FROM paragraphs(document);
**       index, text, start, end
**   SELECT * FROM sentences(document [, language]);
**       index, paragraph, text, start, end
**
** start/end are 0-based character offsets into document, end exclusive
** (substr(document, start+1, end-start) = text).
**
** C:
**   NewsParagraphs pg;  NewsSpan s;
**   news_paragraphs_init(&pg, z, n);
**   while( news_paragraphs_next(&pg, &s) ){ ... z+s.iStart ... }
**
**   NewsSentences st;
**   news_sentences_init(&st, z, n, "en");       (language may be NULL)
**   while( news_sentences_next(&st, &s) ){ ... s.iParagraph ... }
**
** Both run in one pass, in time linear in n, and allocate nothing.
*/
#ifndef NEWS_SEGMENT_H
#define NEWS_SEGMENT_H

#include "common.h"
#include "text.h"

typedef struct NewsSpan NewsSpan;
struct NewsSpan {
  int iStart, iEnd;             /* byte offsets, end exclusive */
  sqlite3_int64 iCharStart;     /* character offsets (SQLite's count) */
  sqlite3_int64 iCharEnd;
  int iParagraph;               /* sentences: index of the paragraph */
};

/*
** Paragraphs are separated by blank lines (lines of white space only).
** A text without any blank line has one paragraph per non-empty line, as
** in page dumps and in data with one paragraph a line.  Each paragraph is
** trimmed of surrounding white space; its inner line breaks are kept.
*/
typedef struct NewsParagraphs NewsParagraphs;
struct NewsParagraphs {
  const char *z;
  int n;
  int i;                        /* byte offset of the next unread byte */
  sqlite3_int64 iChar;          /* character offset of z[i] */
  int bLineMode;                /* no blank line: a paragraph per line */
};

void news_paragraphs_init(NewsParagraphs *p, const char *z, int n);
int news_paragraphs_next(NewsParagraphs *p, NewsSpan *pOut);

/*
** Sentences end at . ! ? ... (and 。！？؟।) followed by white space and
** a word that can start a sentence, with closing quotes and brackets
** kept on the sentence they close.  No break:
**   - after a title before a name (Mr. Dr. Gen. Sen. Prof. St. ...),
**   - after other abbreviations (U.S. Sept. Inc. e.g. a.m. ...) and
**     initials (J. K. Rowling) unless the next word is one that starts
**     sentences (The, He, It, But, Der, Le, El, ...),
**   - inside a number (3.5) or before a lower-case word,
**   - after a day number before a month name (am 5. Februar),
**   - inside a quotation: from an opening quote to its closing quote in
**     the same paragraph (an opening quote that is never closed is
**     ignored).
** The language ("en", "de", "fr", "es", ...) selects the abbreviation
** list; NULL uses all of them.
*/
typedef struct NewsSentences NewsSentences;
struct NewsSentences {
  NewsParagraphs para;          /* paragraphs of the text */
  NewsSpan cur;                 /* the current paragraph */
  int bInPara;                  /* cur holds an unfinished paragraph */
  int iParagraph;               /* its index */
  NewsTokenizer tk;             /* tokens of the current paragraph */
  int mLang;                    /* abbreviation lists to use */
  int iQuoteEnd;                /* paragraph bytes before this are quoted */
  int aNoClose[4];              /* per quote kind: no closing mark from here */
};

void news_sentences_init(NewsSentences *p, const char *z, int n,
                         const char *zLang);
int news_sentences_next(NewsSentences *p, NewsSpan *pOut);

/* 1 if zLang is acceptable to news_sentences_init() (NULL, "", or a
** language tag of letters and hyphens). */
int news_sentences_language_ok(const char *zLang);

int news_segment_register(sqlite3 *db);

#endif /* NEWS_SEGMENT_H */
