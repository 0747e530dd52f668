/*
** news.h - public interface of sqlite-news, a SQLite extension for news
** analytics: article parsing, tokens and Snowball stems (also as an FTS5
** tokenizer), date extraction and normalization, entity mention counting.
**
** Loadable extension:   .load ./news          (sqlite3 shell)
**                       SELECT load_extension('./news');
**
** Static linking: compile nothing, link libnews.a (built with
** -DSQLITE_CORE) and its dependencies, then either call
**
**     char *zErr = 0;
**     if( sqlite3_news_init(db, &zErr, 0)!=SQLITE_OK ){ ... sqlite3_free(zErr); }
**
** once per connection, or once per process
**
**     sqlite3_auto_extension((void(*)(void))sqlite3_news_init);
**
** so that every connection opened afterwards has the functions.
**     cc app.c $(pkg-config --cflags --libs sqlite-news)
*/
#ifndef SQLITE_NEWS_H
#define SQLITE_NEWS_H

#include <sqlite3.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SQLITE_NEWS_VERSION "0.1.0"

/* Register every function, table-valued function and FTS5 tokenizer of
** sqlite-news on db.  pApi is NULL when statically linked. */
int sqlite3_news_init(sqlite3 *db, char **pzErrMsg,
                      const sqlite3_api_routines *pApi);

#ifdef __cplusplus
}
#endif
#endif /* SQLITE_NEWS_H */
