/*
** textdump.h - the page-text path of article(): the visible text of a
** news page as a scraper saves it (navigation words, the headline, a line
** with outlet, date and section, the body, footer words; one line per
** block) parsed into title, source, published date, section, author and
** body.
**
**   NewsArticle a;  news_article_init(&a);
**   rc = news_textdump_parse(zText, nText, &a);
**
** One pass over the lines finds the body (the run of prose lines with
** the largest weight; short navigation, share and list lines weigh
** against it), then the lines above it give the headline and the byline.
** Memory is bounded by the output: no per-line arrays are kept.
*/
#ifndef NEWS_TEXTDUMP_H
#define NEWS_TEXTDUMP_H

#include "article.h"

int news_textdump_parse(const char *z, int n, NewsArticle *p);

#endif /* NEWS_TEXTDUMP_H */
