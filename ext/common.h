/*
** common.h - helpers shared by every module of sqlite-news.
**
** Every C file of the extension includes this header first.  It brings in
** the SQLite extension API (sqlite3ext.h: calls go through the pointer that
** sqlite3_news_init() receives; when the library is compiled with
** -DSQLITE_CORE for static linking the same calls are direct), and provides:
**
**   NewsBuf          a growable byte buffer, reusable without reallocating
**   news_arg_text()  read a TEXT/BLOB argument of a scalar SQL function,
**                    with an error naming the function for other types
**   NEWS_SCALAR      the flags of a pure scalar function
**
** Memory always comes from sqlite3_malloc()/sqlite3_free().
*/
#ifndef NEWS_COMMON_H
#define NEWS_COMMON_H

#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT3

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Flags for scalar functions whose result depends only on their arguments. */
#define NEWS_SCALAR (SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS)

/*
** A growable buffer.  Unlike sqlite3_str, whose reset frees its memory,
** a NewsBuf can be emptied and refilled in a hot loop (one token after the
** other) without touching the allocator.  After an allocation failure
** rc is SQLITE_NOMEM and further appends are ignored, so callers check once.
*/
typedef struct NewsBuf NewsBuf;
struct NewsBuf {
  char *z;                  /* Content, always NUL-terminated when n>0 */
  sqlite3_int64 n;          /* Bytes used, not counting the terminator */
  sqlite3_int64 nAlloc;     /* Bytes allocated */
  int rc;                   /* SQLITE_OK, or SQLITE_NOMEM/SQLITE_TOOBIG */
};

void news_buf_init(NewsBuf *p);
int news_buf_reserve(NewsBuf *p, sqlite3_int64 nExtra);
void news_buf_append(NewsBuf *p, const char *z, sqlite3_int64 n);
void news_buf_appendc(NewsBuf *p, char c);
void news_buf_appendf(NewsBuf *p, const char *zFmt, ...);
void news_buf_append_json_string(NewsBuf *p, const char *z, sqlite3_int64 n);
void news_buf_reset(NewsBuf *p);
void news_buf_free(NewsBuf *p);
/* Hand the content to an sqlite3_result_text() call (or NULL on error). */
void news_buf_result(NewsBuf *p, sqlite3_context *ctx);

/* FNV-1a, the hash of short keys (words, stems, interned strings). */
#define NEWS_HASH_INIT 2166136261u
static inline uint32_t news_hash_step(uint32_t h, unsigned char c){
  return (h ^ c) * 16777619u;
}
static inline uint32_t news_hash_bytes(const char *z, int n){
  uint32_t h = NEWS_HASH_INIT;
  int i;
  for(i=0; i<n; i++) h = news_hash_step(h, (unsigned char)z[i]);
  return h;
}

/*
** A hash of a whole short key read eight bytes at a time, for hot paths
** that have the bytes at hand (the stem cache looks up every token).
** Never reads outside z[0..n): keys of 4 to 16 bytes are covered by two
** overlapping loads.  Not incremental: news_hash_step() is for hashing
** while transforming.
*/
static inline uint64_t news_load64(const char *z){
  uint64_t v;
  memcpy(&v, z, 8);
  return v;
}
static inline uint32_t news_load32(const char *z){
  uint32_t v;
  memcpy(&v, z, 4);
  return v;
}
static inline uint32_t news_hash_fast(const char *z, int n){
  uint64_t a, b;
  int i;
  if( n>=8 ){
    a = news_load64(z);
    b = news_load64(z+n-8);
    for(i=8; i<n-8; i+=8){
      a = (a ^ news_load64(z+i)) * 0x9E3779B97F4A7C15ull;
      a ^= a>>32;
    }
  }else if( n>=4 ){
    a = news_load32(z);
    b = news_load32(z+n-4);
  }else{
    a = n>0 ? (unsigned char)z[0] | (unsigned char)z[n/2]<<8
              | (unsigned char)z[n-1]<<16 : 0;
    b = 0;
  }
  a = (a ^ (uint64_t)n) * 0x9E3779B97F4A7C15ull;
  a = (a ^ (a>>29) ^ b) * 0xBF58476D1CE4E5B9ull;
  return (uint32_t)(a ^ (a>>32));
}

/* "null", "integer", "real", "text" or "blob" for sqlite3_value_type(). */
const char *news_type_name(int eType);

/*
** Text arguments.  TEXT and BLOB values are accepted (a BLOB is read as
** UTF-8 bytes, so pages stored undecoded still work); SQL NULL sets *pz to
** NULL; INTEGER and REAL are a type error, since a number where text is
** expected is almost always a wrong column.
**
** news_value_text() returns SQLITE_OK or SQLITE_MISMATCH and sets nothing
** else; news_arg_text() also reports the error through ctx as
**   "stem(): argument 1 (word) must be text, not integer".
*/
int news_value_text(sqlite3_value *pVal, const char **pz, int *pn);
int news_arg_text(sqlite3_context *ctx, const char *zFunc, int iArg,
                  const char *zArgName, sqlite3_value *pVal,
                  const char **pz, int *pn);
/* Formats the message news_arg_text() would give (sqlite3_malloc'd). */
char *news_arg_type_error(const char *zFunc, int iArg, const char *zArgName,
                          sqlite3_value *pVal);

/*
** A string interning table: every distinct string is stored once, NUL-
** terminated, and known by its ordinal (0, 1, 2, ... in order of first
** addition), so callers can keep facts about strings in parallel arrays.
** Lookups hash the bytes (embedded NULs included) and probe an
** open-addressing table.
**
**   NewsIntern t; news_intern_init(&t);
**   uint32_t id = news_intern_add(&t, "Iraq", 4);   (NEWS_INTERN_NONE on OOM)
**   news_intern_find(&t, "Iraq", 4) == id;  news_intern_str(&t, id) -> "Iraq"
*/
#define NEWS_INTERN_NONE 0xFFFFFFFFu

typedef struct NewsInternSlot NewsInternSlot;
typedef struct NewsIntern NewsIntern;
struct NewsIntern {
  NewsBuf str;                  /* the strings; str.rc after a failure */
  uint32_t *aOff;               /* offset of each string in str */
  uint32_t nString, nAlloc;     /* strings, entries of aOff */
  NewsInternSlot *aSlot;        /* hash table */
  uint32_t nSlot;               /* its size, or 0 */
};

void news_intern_init(NewsIntern *p);
void news_intern_free(NewsIntern *p);
uint32_t news_intern_find(const NewsIntern *p, const char *z, int n);
uint32_t news_intern_add(NewsIntern *p, const char *z, int n);
#define news_intern_str(p, id) ((p)->str.z + (p)->aOff[id])
/* Bytes held. */
sqlite3_int64 news_intern_bytes(const NewsIntern *p);
/* Give back unused memory (after the last add; later adds still work). */
void news_intern_shrink(NewsIntern *p);
/* Keep the strings and ids but drop the lookup table: for strings only
** read by id from now on (find then returns NEWS_INTERN_NONE). */
void news_intern_drop_index(NewsIntern *p);

#endif /* NEWS_COMMON_H */
