/*
** article_test.h - helpers of the article unit tests (header-only):
** parse a page with one of the parsers into a fresh NewsArticle, show a
** field ("(null)" when empty), free it.
*/
#ifndef NEWS_ARTICLE_TEST_H
#define NEWS_ARTICLE_TEST_H

#include <stdlib.h>
#include <string.h>
#include "article.h"

typedef int (*ArticleParser)(const char*, int, NewsArticle*);

/* Parse z[0..n) (n<0: up to the NUL) with xParse, then finish. */
static inline NewsArticle *article_parse_with(ArticleParser xParse, const char *z, int n){
  NewsArticle *a = malloc(sizeof(*a));
  news_article_init(a);
  assert_int_equal(xParse(z, n<0 ? (int)strlen(z) : n, a), SQLITE_OK);
  news_article_finish(a);
  return a;
}

static inline void article_done(NewsArticle *a){
  news_article_clear(a);
  free(a);
}

static inline const char *article_field(const NewsBuf *b){
  return b->n ? b->z : "(null)";
}

#endif /* NEWS_ARTICLE_TEST_H */
