/*
** stem.h - Snowball stemming on top of the text core.  See stem.c.
**
** C interface, shared by stem(), stem_text(), tokens() and the FTS5
** tokenizer `snowball`:
**
**   news_stem_language_find(z, n)   language by Snowball name or ISO 639-1
**                                   code, any case; -1 if unknown
**   news_stem_language_error(...)   "f(): unknown language 'x'; accepted: ..."
**   news_stemmer_new(iLang)         a stemmer of its own (libstemmer object,
**                                   fold buffer, bounded cache of stems)
**   news_stemmer_stem(p, z, n, ...) the stem of one word as written
**   NewsStemSet                     one lazily created stemmer per language,
**                                   for per-connection use
*/
#ifndef NEWS_STEM_H
#define NEWS_STEM_H

#include "common.h"

/* Words longer than this many characters are not stemmed (no real word
** of any Snowball language comes close; see README). */
#define NEWS_STEM_MAX_CHARS 100

/* Languages: the algorithms sb_stemmer_list() offers, in its order. */
int news_stem_language_count(void);
const char *news_stem_language_name(int iLang);   /* "english" */
const char *news_stem_language_iso(int iLang);    /* "en", or NULL */
int news_stem_language_find(const char *z, int n);
/* sqlite3_malloc'd message for an unknown language, naming zFunc. */
char *news_stem_language_error(const char *zFunc, const char *z, int n);

/*
** For scalar SQL functions: the language of argv[iArg] (English when
** iArg>=argc).  Returns its index, or -1 with the result of ctx already
** set: NULL for a NULL language, an error for a bad type or name.
*/
int news_stem_language_arg(sqlite3_context *ctx, const char *zFunc,
                          int argc, sqlite3_value **argv, int iArg);

typedef struct NewsStemmer NewsStemmer;
typedef struct NewsStemCache NewsStemCache;
NewsStemmer *news_stemmer_new(int iLang);          /* NULL if out of memory */
/* A stemmer that uses (and references) pCache, the stems already known
** for its language; with pCache NULL, like news_stemmer_new(). */
NewsStemmer *news_stemmer_new_cached(int iLang, NewsStemCache *pCache);
NewsStemCache *news_stem_cache_new(void);
void news_stemmer_free(NewsStemmer *p);
int news_stemmer_language(const NewsStemmer *p);

/*
** Stem the word z[0..n) as written: it is lower-cased (simple mapping;
** Turkish dotted/dotless i), NFC-normalized and its typographic
** apostrophes unified to ', loses a French/Italian/Catalan elided
** prefix (l', dell', ...), then is stemmed, unless it is longer than
** NEWS_STEM_MAX_CHARS, in which case the normalized form is the result.  *pz (not NUL-terminated) and *pn stay valid until the next
** call on p.  Returns SQLITE_OK or SQLITE_NOMEM.
*/
int news_stemmer_stem(NewsStemmer *p, const char *z, int n,
                      const char **pz, int *pn);

/* The normalized (lower-case NFC) form alone, same lifetime rules. */
int news_stemmer_normalize(NewsStemmer *p, const char *z, int n,
                           const char **pz, int *pn);

/* Cache statistics, for tests and benchmarks. */
void news_stemmer_stats(const NewsStemmer *p, sqlite3_int64 *pnHit,
                        sqlite3_int64 *pnMiss);

/* One stemmer per language, created on first use; reference counted so
** that several SQL functions can share it. */
typedef struct NewsStemSet NewsStemSet;
NewsStemSet *news_stem_set_new(void);
NewsStemSet *news_stem_set_ref(NewsStemSet *p);
void news_stem_set_unref(void *p);
NewsStemmer *news_stem_set_get(NewsStemSet *p, int iLang);  /* NULL: OOM */
/* A new stemmer of its own (libstemmer object, buffers) that shares the
** set's cache of stems for iLang: what an FTS5 tokenizer instance uses,
** so that the tables of a connection learn each word once. */
NewsStemmer *news_stem_set_new_stemmer(NewsStemSet *p, int iLang);

/* Registers stem(), stem_text() and the stem_languages table. */
int news_stem_register(sqlite3 *db);

#endif /* NEWS_STEM_H */
