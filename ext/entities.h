/*
** entities.h - entity_mentions(text, dictionary [, options]): every mention
** of the aliases listed in a user's table, found with a token trie that is
** compiled once per connection and dictionary.  See entities.c.
*/
#ifndef NEWS_ENTITIES_H
#define NEWS_ENTITIES_H

#include "common.h"

int news_entities_register(sqlite3 *db);

#endif /* NEWS_ENTITIES_H */
