/*
** candidates.h - entity_candidates(text): proper names found without a
** dictionary, with their fullest form in the document and a kind guess.
** See candidates.c.
*/
#ifndef NEWS_CANDIDATES_H
#define NEWS_CANDIDATES_H

#include "common.h"

int news_candidates_register(sqlite3 *db);

#endif /* NEWS_CANDIDATES_H */
