/*
** tokens.h - the tokens() table-valued function.  See tokens.c.
*/
#ifndef NEWS_TOKENS_H
#define NEWS_TOKENS_H
#include "common.h"

int news_tokens_register(sqlite3 *db);

#endif
