/*
** html.h - the HTML path of article(): a streaming HTML tokenizer, a
** bounded element tree built without recursion, metadata harvesting
** (<meta>, JSON-LD, <time>, <link rel=canonical>, <title>, <h1>) and
** boilerplate removal that keeps the article body.
**
**   NewsArticle a;  news_article_init(&a);
**   rc = news_html_parse(zHtml, nHtml, &a);
**
** Limits, so that any input is parsed in linear time and bounded memory:
** at most NEWS_HTML_MAX_DEPTH open elements are tracked (deeper start and
** end tags are counted and otherwise ignored; their text is kept), at most
** NEWS_HTML_MAX_NODES element nodes are recorded (deeper text goes to the
** nearest recorded ancestor) and NEWS_HTML_MAX_BLOCKS text blocks (text
** after the last one is not read).  NUL bytes are dropped,
** invalid UTF-8 becomes U+FFFD, so every output string is valid UTF-8.
**
** news_html_decode() is the entity decoder on its own (used by tests and
** by the text path for stray "&amp;" in dumps).
*/
#ifndef NEWS_HTML_H
#define NEWS_HTML_H

#include "article.h"

#define NEWS_HTML_MAX_DEPTH   4096
#define NEWS_HTML_MAX_NODES   (1<<20)
#define NEWS_HTML_MAX_BLOCKS  (1<<20)

int news_html_parse(const char *z, int n, NewsArticle *p);

/* Append z[0..n) to pOut with character references decoded, white space
** collapsed to single spaces and trimmed, NULs dropped, invalid UTF-8
** replaced by U+FFFD.  Returns pOut->rc. */
int news_html_decode(NewsBuf *pOut, const char *z, int n);

#endif /* NEWS_HTML_H */
