/*
** fts5_snowball.h - the FTS5 tokenizer `snowball`.  See fts5_snowball.c.
*/
#ifndef NEWS_FTS5_SNOWBALL_H
#define NEWS_FTS5_SNOWBALL_H
#include "common.h"

/* Registers the tokenizer with the FTS5 of db (nothing if SQLite was
** built without FTS5). */
int news_fts5_snowball_register(sqlite3 *db);

#endif
