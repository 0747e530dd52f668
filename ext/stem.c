/*
** stem.c - Snowball stems as SQL functions, on top of the text core.
**
**     SELECT stem('Militias');                     -- 'militia'
**     SELECT stem('écoles', 'fr');                 -- 'écol'
**     SELECT stem_text('Les écoles ont rouvert', 'french');
**                                                  -- 'le écol ont rouvert'
**     SELECT * FROM stem_languages;                -- name, code, stopwords
**
** stem(word [, language])      the Snowball stem of one word
** stem_text(text [, language]) the stems of the word tokens of a text
**                              (text core segmentation), space separated
** stem_languages               every algorithm of the installed libstemmer:
**                              Snowball name, ISO 639-1 code (NULL for
**                              'porter'), stopwords = 1 if a stopword list
**                              exists (see stopwords.c)
**
** Language: a Snowball name ('english', 'german', ...) or ISO 639-1 code
** ('en', 'de', 'ru', 'ar', ...), any case; default English (Porter2).
** Unknown names are an error that lists the accepted ones.
**
** Normalization.  libstemmer wants NFC lower-case UTF-8.  Words are
** lower-cased with the simple one-to-one mapping, not full case folding:
** folding would turn ß into ss and ς into σ, which changes German and
** Greek stems, while lower-casing gives exactly what the Snowball
** reference vocabularies contain.  Turkish lower-cases I to ı.
** Typographic apostrophes become ' (Porter2 removes 's and ').  Words
** longer than NEWS_STEM_MAX_CHARS are returned normalized but unstemmed,
** so a 10 MB "word" costs one linear pass.  stem() hands any shorter
** string to Snowball, exactly as its reference vocabularies do (Snowball
** leaves "2,500" alone); stem_text(), tokens() and the FTS5 tokenizer
** stem only word tokens: numbers, punctuation, symbols pass through.
** French, Italian and Catalan elisions (l' d' qu' dell' ...) are removed
** before stemming: stem('l''école', 'fr') = stem('école', 'fr').
**
** Cache.  News vocabulary repeats heavily, so stemmers keep the stems
** already computed in a cache keyed by the word as written: a hit costs
** a hash of the bytes and one comparison, no lower-casing and no Snowball
** run.  It is an open-addressing table over an arena (see NewsStemCache),
** bounded at 3 MB.  SQL functions keep one stemmer per language per
** connection (SQLite never runs two calls on one connection at once);
** each FTS5 tokenizer instance owns its own stemmers, sharing the cache
** of its connection and language, because
** libstemmer's result buffer is reused by the next call.
*/
#include "stem.h"
#include "stopwords.h"
#include "text.h"
#include "tvf.h"
#include <libstemmer.h>
#include <string.h>

/*************************************************************************
** Languages
*/

/* ISO 639-1 codes of the Snowball algorithms (those of libstemmer 2.2
** and a few that later versions add).  An algorithm missing here is still
** usable by its name. */
static const struct { const char *zName; const char *zIso; } aIso[] = {
  {"arabic", "ar"},     {"armenian", "hy"},   {"basque", "eu"},
  {"catalan", "ca"},    {"danish", "da"},     {"dutch", "nl"},
  {"english", "en"},    {"esperanto", "eo"},  {"estonian", "et"},
  {"finnish", "fi"},    {"french", "fr"},     {"german", "de"},
  {"greek", "el"},      {"hindi", "hi"},      {"hungarian", "hu"},
  {"indonesian", "id"}, {"irish", "ga"},      {"italian", "it"},
  {"lithuanian", "lt"}, {"nepali", "ne"},     {"norwegian", "no"},
  {"polish", "pl"},     {"portuguese", "pt"}, {"romanian", "ro"},
  {"russian", "ru"},    {"serbian", "sr"},    {"spanish", "es"},
  {"swedish", "sv"},    {"tamil", "ta"},      {"turkish", "tr"},
  {"ukrainian", "uk"},  {"yiddish", "yi"},
};

/* Other accepted codes: Norwegian Bokmål and Nynorsk. */
static const struct { const char *zAlias; const char *zName; } aAlias[] = {
  {"nb", "norwegian"}, {"nn", "norwegian"},
};

#define ARRAY_SIZE(a) ((int)(sizeof(a)/sizeof((a)[0])))

int news_stem_language_count(void){
  const char **az = sb_stemmer_list();
  int n = 0;
  while( az[n] ) n++;
  return n;
}

const char *news_stem_language_name(int iLang){
  return sb_stemmer_list()[iLang];
}

const char *news_stem_language_iso(int iLang){
  const char *zName = news_stem_language_name(iLang);
  int i;
  for(i=0; i<ARRAY_SIZE(aIso); i++){
    if( strcmp(aIso[i].zName, zName)==0 ) return aIso[i].zIso;
  }
  return 0;
}

/* Case-insensitive equality of z[0..n) and the NUL-terminated zName. */
static int name_equal(const char *z, int n, const char *zName){
  return (int)strlen(zName)==n && sqlite3_strnicmp(z, zName, n)==0;
}

int news_stem_language_find(const char *z, int n){
  int i, nLang = news_stem_language_count();
  const char *zName = 0;
  if( z==0 ) return -1;
  for(i=0; i<nLang; i++){
    const char *zIso = news_stem_language_iso(i);
    if( name_equal(z, n, news_stem_language_name(i)) ) return i;
    if( zIso && name_equal(z, n, zIso) ) return i;
  }
  for(i=0; i<ARRAY_SIZE(aAlias); i++){
    if( name_equal(z, n, aAlias[i].zAlias) ) zName = aAlias[i].zName;
  }
  for(i=0; zName && i<nLang; i++){
    if( strcmp(zName, news_stem_language_name(i))==0 ) return i;
  }
  return -1;
}

char *news_stem_language_error(const char *zFunc, const char *z, int n){
  sqlite3_str *p = sqlite3_str_new(0);
  int i, nLang = news_stem_language_count();
  sqlite3_str_appendf(p, "%s(): unknown language '%.*s'; use a Snowball name"
                      " or ISO 639-1 code:", zFunc, n>40 ? 40 : n, z);
  for(i=0; i<nLang; i++){
    const char *zIso = news_stem_language_iso(i);
    sqlite3_str_appendf(p, i ? ", %s" : " %s", news_stem_language_name(i));
    if( zIso ) sqlite3_str_appendf(p, " (%s)", zIso);
  }
  return sqlite3_str_finish(p);
}

/*************************************************************************
** Stemmers with a cache
*/

#define CACHE_MIN_SLOTS 4096      /* powers of two */
#define CACHE_MAX_SLOTS 131072    /* 1 MB of slots, at most half used */
#define CACHE_ARENA_MIN 65536
#define CACHE_ARENA_MAX 2097152   /* bytes of words and stems */
#define CACHE_KEY_MAX 48          /* longer words are stemmed uncached */

/* A slot of the hash table: the key's hash and where its entry lies in
** the arena (0: empty).  An entry is [nKey][nStem][key bytes][stem bytes]. */
typedef struct CacheSlot CacheSlot;
struct CacheSlot {
  unsigned int h;
  unsigned int iEntry;
};

/*
** The stems already computed for one language: word -> stem.  Keys are
** the words as written, so that the common case, a word seen before,
** costs one hash of its bytes and one comparison, without lower-casing
** it; a word met in a new spelling ("The" after "the") is normalized
** and looked up again, so Snowball still runs once per normalized word.
** An open-addressing table of 8-byte slots (linear probing, at most half
** full) over an arena of entries: compact, so that the words in use stay
** in the CPU caches.  It starts small and doubles; when it holds
** CACHE_MAX_SLOTS/2 words or CACHE_ARENA_MAX bytes it is emptied and
** refills with the words in use, so memory stays bounded (3 MB) whatever
** the vocabulary.  A cache may be shared by several stemmers of one
** connection (stem(), tokens(), the FTS5 tables of the connection), which
** SQLite never runs at the same time; each stemmer keeps its own
** libstemmer object, whose result buffer is not shareable.
*/
struct NewsStemCache {
  int nRef;
  CacheSlot *aSlot;             /* nSlot entries, or NULL */
  int nSlot;                    /* 0 or CACHE_MIN_SLOTS..CACHE_MAX_SLOTS */
  int nEntry;                   /* words held */
  unsigned char *aArena;        /* entries, from offset 1 */
  int nArena;                   /* bytes used in aArena, from 1 */
  int nArenaAlloc;              /* bytes allocated */
};

NewsStemCache *news_stem_cache_new(void){
  NewsStemCache *p = sqlite3_malloc(sizeof(*p));
  if( p ){
    memset(p, 0, sizeof(*p));
    p->nRef = 1;
    p->nArena = 1;                      /* offset 0 marks an empty slot */
  }
  return p;
}

static void cache_unref(NewsStemCache *p){
  if( p==0 || --p->nRef>0 ) return;
  sqlite3_free(p->aSlot);
  sqlite3_free(p->aArena);
  sqlite3_free(p);
}

/*
** Elided articles, prepositions and pronouns written before an apostrophe
** (French l'école, qu'il; Italian dell'anno; Catalan d'aigua), the lists
** of Lucene's ElisionFilter.  Snowball does not remove them, which would
** leave "l'écol" and "écol" as different stems.
*/
static const char *const azElisionFr[] = {
  "c", "d", "j", "jusqu", "l", "lorsqu", "m", "n", "puisqu", "qu", "quoiqu",
  "s", "t", 0
};
static const char *const azElisionIt[] = {
  "agl", "all", "c", "coll", "d", "dagl", "dall", "degl", "dell", "gl", "l",
  "m", "negl", "nell", "pell", "s", "sugl", "sull", "t", "un", "v", 0
};
static const char *const azElisionCa[] = {
  "d", "l", "m", "n", "s", "t", 0
};

static const char *const *elision_list(const char *zName){
  if( strcmp(zName, "french")==0 ) return azElisionFr;
  if( strcmp(zName, "italian")==0 ) return azElisionIt;
  if( strcmp(zName, "catalan")==0 ) return azElisionCa;
  return 0;
}

/* Skip an elided prefix of the normalized word z[0..*pn). */
static const char *skip_elision(const char *const *az, const char *z, int *pn){
  const char *zApos;
  int k, i;
  if( az==0 ) return z;
  zApos = memchr(z, '\'', *pn);
  if( zApos==0 ) return z;
  k = (int)(zApos - z);
  if( k==0 || k+1>=*pn ) return z;
  for(i=0; az[i]; i++){
    if( (int)strlen(az[i])==k && memcmp(az[i], z, k)==0 ){
      *pn -= k+1;
      return zApos+1;
    }
  }
  return z;
}

struct NewsStemmer {
  int iLang;                    /* index in sb_stemmer_list() */
  int foldFlags;                /* NEWS_FOLD_* for this language */
  const char *const *azElision; /* elided words to drop, or NULL */
  struct sb_stemmer *pSb;       /* owned libstemmer object */
  NewsBuf fold;                 /* normalized word */
  char aWord[CACHE_KEY_MAX];    /* normalized short ASCII word */
  NewsStemCache *pCache;        /* shared or own; NULL without memory */
  sqlite3_int64 nHit, nMiss;
};

NewsStemmer *news_stemmer_new_cached(int iLang, NewsStemCache *pCache){
  NewsStemmer *p;
  const char *zName;
  if( iLang<0 || iLang>=news_stem_language_count() ) return 0;
  zName = news_stem_language_name(iLang);
  p = sqlite3_malloc(sizeof(*p));
  if( p==0 ) return 0;
  memset(p, 0, sizeof(*p));
  p->iLang = iLang;
  p->foldFlags = NEWS_FOLD_LOWER | NEWS_FOLD_PUNCT;
  if( strcmp(zName, "turkish")==0 ) p->foldFlags |= NEWS_FOLD_TURKIC;
  p->azElision = elision_list(zName);
  news_buf_init(&p->fold);
  p->pSb = sb_stemmer_new(zName, "UTF_8");
  if( p->pSb==0 ){
    sqlite3_free(p);
    return 0;
  }
  if( pCache ){
    pCache->nRef++;
    p->pCache = pCache;
  }else{
    p->pCache = news_stem_cache_new();   /* NULL: stems uncached */
  }
  return p;
}

NewsStemmer *news_stemmer_new(int iLang){
  return news_stemmer_new_cached(iLang, 0);
}

void news_stemmer_free(NewsStemmer *p){
  if( p==0 ) return;
  sb_stemmer_delete(p->pSb);
  news_buf_free(&p->fold);
  cache_unref(p->pCache);
  sqlite3_free(p);
}

int news_stemmer_language(const NewsStemmer *p){
  return p->iLang;
}

void news_stemmer_stats(const NewsStemmer *p, sqlite3_int64 *pnHit,
                        sqlite3_int64 *pnMiss){
  *pnHit = p->nHit;
  *pnMiss = p->nMiss;
}

int news_stemmer_normalize(NewsStemmer *p, const char *z, int n,
                           const char **pz, int *pn){
  int i;
  /* Fast path: ASCII without capitals is already normalized (Turkish
  ** has nothing to change either: only I is special). */
  for(i=0; i<n && (unsigned char)z[i]<0x80 && (z[i]<'A' || z[i]>'Z'); i++){}
  if( i==n ){
    *pz = z;
    *pn = n;
    return SQLITE_OK;
  }
  news_buf_reset(&p->fold);
  if( n>0 && news_fold(&p->fold, z, n, p->foldFlags) ) return p->fold.rc;
  *pz = p->fold.z ? p->fold.z : "";
  *pn = (int)p->fold.n;
  return SQLITE_OK;
}

/* Is the normalized word z[0..n) short enough for the stemmer? */
static int worth_stemming(const char *z, int n){
  if( n==0 || n>4*NEWS_STEM_MAX_CHARS ) return 0;
  return n<=NEWS_STEM_MAX_CHARS || news_utf8_count(z, n)<=NEWS_STEM_MAX_CHARS;
}

/* Empty the cache, keeping its memory. */
static void cache_clear(NewsStemCache *c){
  memset(c->aSlot, 0, (size_t)c->nSlot*sizeof(CacheSlot));
  c->nEntry = 0;
  c->nArena = 1;
}

/* Double the table (allocate it on first use), re-placing every entry by
** its stored hash.  0 if out of memory: the words go uncached. */
static int cache_grow_table(NewsStemCache *c){
  int nNew = c->aSlot ? 2*c->nSlot : CACHE_MIN_SLOTS;
  CacheSlot *aNew = sqlite3_malloc64((sqlite3_uint64)nNew*sizeof(CacheSlot));
  int i;
  if( aNew==0 ) return 0;
  memset(aNew, 0, (size_t)nNew*sizeof(CacheSlot));
  for(i=0; i<c->nSlot; i++){
    if( c->aSlot[i].iEntry ){
      unsigned int k = c->aSlot[i].h & (nNew-1);
      while( aNew[k].iEntry ) k = (k+1) & (nNew-1);
      aNew[k] = c->aSlot[i];
    }
  }
  sqlite3_free(c->aSlot);
  c->aSlot = aNew;
  c->nSlot = nNew;
  return 1;
}

/* Room for nByte more bytes of entries: a larger arena, or, at the
** bounds, an emptied cache.  0 if out of memory. */
static int cache_make_room(NewsStemCache *c, int nByte){
  if( c->aSlot==0 && !cache_grow_table(c) ) return 0;
  if( 2*(c->nEntry+1) > c->nSlot ){
    if( c->nSlot>=CACHE_MAX_SLOTS || !cache_grow_table(c) ) cache_clear(c);
  }
  if( c->nArena+nByte > c->nArenaAlloc ){
    int nNew = c->nArenaAlloc ? 2*c->nArenaAlloc : CACHE_ARENA_MIN;
    unsigned char *aNew = 0;
    if( nNew<=CACHE_ARENA_MAX ) aNew = sqlite3_realloc(c->aArena, nNew);
    if( aNew ){
      c->aArena = aNew;
      c->nArenaAlloc = nNew;
    }else if( c->aArena ){
      cache_clear(c);
    }else{
      return 0;
    }
  }
  return 1;
}

/* Equality of two short byte strings, with the loads of news_hash_fast(). */
static int same_word(const char *a, const char *b, int n){
  int i;
  if( n>=8 ){
    for(i=0; i<n-8; i+=8){
      if( news_load64(a+i)!=news_load64(b+i) ) return 0;
    }
    return news_load64(a+n-8)==news_load64(b+n-8);
  }
  if( n>=4 ){
    return news_load32(a)==news_load32(b)
        && news_load32(a+n-4)==news_load32(b+n-4);
  }
  for(i=0; i<n; i++){ if( a[i]!=b[i] ) return 0; }
  return 1;
}

/* The entry of key z[0..n) with hash h, or NULL. */
static inline const unsigned char *cache_find(const NewsStemCache *c,
                                              const char *z, int n,
                                              unsigned int h){
  unsigned int k = h & (c->nSlot-1);
  for(;;){
    const CacheSlot *s = &c->aSlot[k];
    const unsigned char *e;
    if( s->iEntry==0 ) return 0;
    e = c->aArena + s->iEntry;
    if( s->h==h && e[0]==n && same_word((const char*)e+2, z, n) ) return e;
    k = (k+1) & (c->nSlot-1);
  }
}

/* The stem of cache entry e. */
static void entry_stem(const unsigned char *e, const char **pz, int *pn){
  *pz = (const char*)e + 2 + e[0];
  *pn = e[1];
}

/* Remember key z[0..n) -> zStem[0..nStem).  Returns the new entry, or
** NULL (out of memory, key or stem too long): caching is best effort. */
static const unsigned char *cache_add(NewsStemCache *c, const char *z, int n,
                                      const char *zStem, int nStem){
  unsigned char *e;
  unsigned int k, h;
  char aCopy[255];
  uintptr_t iStem = (uintptr_t)zStem, iArena = (uintptr_t)c->aArena;
  if( n>CACHE_KEY_MAX || nStem>255 ) return 0;
  h = news_hash_fast(z, n);
  if( iStem>=iArena && iStem<iArena+(uintptr_t)c->nArenaAlloc ){
    /* a stem from this cache, which making room may move or overwrite */
    memcpy(aCopy, zStem, nStem);
    zStem = aCopy;
  }
  if( !cache_make_room(c, 2+n+nStem) ) return 0;
  k = h & (c->nSlot-1);
  while( c->aSlot[k].iEntry ) k = (k+1) & (c->nSlot-1);
  c->aSlot[k].h = h;
  c->aSlot[k].iEntry = (unsigned int)c->nArena;
  e = c->aArena + c->nArena;
  e[0] = (unsigned char)n;
  e[1] = (unsigned char)nStem;
  memcpy(e+2, z, n);
  memcpy(e+2+n, zStem, nStem);
  c->nArena += 2+n+nStem;
  c->nEntry++;
  return e;
}

/*
** A word of ASCII letters (and digits, ' or -) of at most CACHE_KEY_MAX bytes,
** whose normalized form is its ASCII lower case: lower-case it into
** p->aWord.  Returns 0, leaving the general path to do the work, for
** anything else: non-ASCII bytes, Turkish capital I (dotless i), an
** apostrophe where elisions are removed.
*/
static int ascii_lower(NewsStemmer *p, const char *z, int n){
  int i;
  if( n<=0 || n>CACHE_KEY_MAX ) return 0;
  for(i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    if( c>=0x80 ) return 0;
    if( c>='A' && c<='Z' ){
      if( c=='I' && (p->foldFlags & NEWS_FOLD_TURKIC) ) return 0;
      c += 'a' - 'A';
    }else if( c=='\'' && p->azElision ){
      return 0;
    }
    p->aWord[i] = (char)c;
  }
  return 1;
}

/* The stem of the normalized word zW[0..nW), from the cache or from
** Snowball (then remembered). */
static int stem_normalized(NewsStemmer *p, const char *zW, int nW,
                           const char **pz, int *pn){
  NewsStemCache *c = p->pCache;
  const unsigned char *e = 0;
  const sb_symbol *zStem;
  if( c && c->aSlot && nW<=CACHE_KEY_MAX ){
    e = cache_find(c, zW, nW, news_hash_fast(zW, nW));
  }
  if( e ){
    p->nHit++;
    entry_stem(e, pz, pn);
    return SQLITE_OK;
  }
  p->nMiss++;
  zStem = sb_stemmer_stem(p->pSb, (const sb_symbol*)zW, nW);
  if( zStem==0 ) return SQLITE_NOMEM;
  *pz = (const char*)zStem;
  *pn = sb_stemmer_length(p->pSb);
  if( c ) cache_add(c, zW, nW, *pz, *pn);
  return SQLITE_OK;
}

/* news_stemmer_stem() for a spelling not in the cache.  Out of line, so
** that the hot path stays small. */
static __attribute__((noinline))
int stem_uncached_spelling(NewsStemmer *p, const char *z, int n,
                           const char **pz, int *pn){
  NewsStemCache *c = p->pCache;
  const char *zW = 0;
  int nW = 0, rc;

  /* Normalize, then stem (or find the normalized word in the cache). */
  if( ascii_lower(p, z, n) ){
    zW = p->aWord;
    nW = n;
  }else{
    rc = news_stemmer_normalize(p, z, n, &zW, &nW);
    if( rc ) return rc;
    zW = skip_elision(p->azElision, zW, &nW);
  }
  *pz = zW;
  *pn = nW;
  if( !worth_stemming(zW, nW) ) return SQLITE_OK;
  rc = stem_normalized(p, zW, nW, pz, pn);
  /* also under the spelling as written, unless that is the same key;
  ** the stem is then read from the new entry, as adding may have moved
  ** the one *pz pointed into */
  if( rc==SQLITE_OK && c && (nW!=n || (zW!=z && !same_word(zW, z, n))) ){
    const unsigned char *e = cache_add(c, z, n, *pz, *pn);
    if( e ) entry_stem(e, pz, pn);
  }
  return rc;
}

int news_stemmer_stem(NewsStemmer *p, const char *z, int n,
                      const char **pz, int *pn){
  NewsStemCache *c = p->pCache;
  /* The word as written, seen before: the hot path, kept small. */
  if( c && c->aSlot && n>0 && n<=CACHE_KEY_MAX ){
    const unsigned char *e = cache_find(c, z, n, news_hash_fast(z, n));
    if( e ){
      p->nHit++;
      entry_stem(e, pz, pn);
      return SQLITE_OK;
    }
  }
  return stem_uncached_spelling(p, z, n, pz, pn);
}

/*************************************************************************
** A stemmer per language, shared by the SQL functions of a connection
*/

struct NewsStemSet {
  int nRef;
  int nLang;
  NewsStemmer **ap;             /* nLang entries, created on demand */
};

NewsStemSet *news_stem_set_new(void){
  NewsStemSet *p = sqlite3_malloc(sizeof(*p));
  if( p==0 ) return 0;
  p->nRef = 1;
  p->nLang = news_stem_language_count();
  p->ap = sqlite3_malloc(p->nLang*sizeof(NewsStemmer*) + 1);
  if( p->ap==0 ){
    sqlite3_free(p);
    return 0;
  }
  memset(p->ap, 0, p->nLang*sizeof(NewsStemmer*));
  return p;
}

NewsStemSet *news_stem_set_ref(NewsStemSet *p){
  p->nRef++;
  return p;
}

void news_stem_set_unref(void *pArg){
  NewsStemSet *p = (NewsStemSet*)pArg;
  int i;
  if( p==0 || --p->nRef>0 ) return;
  for(i=0; i<p->nLang; i++) news_stemmer_free(p->ap[i]);
  sqlite3_free(p->ap);
  sqlite3_free(p);
}

NewsStemmer *news_stem_set_get(NewsStemSet *p, int iLang){
  if( iLang<0 || iLang>=p->nLang ) return 0;
  if( p->ap[iLang]==0 ) p->ap[iLang] = news_stemmer_new(iLang);
  return p->ap[iLang];
}

NewsStemmer *news_stem_set_new_stemmer(NewsStemSet *p, int iLang){
  NewsStemmer *pShared = news_stem_set_get(p, iLang);
  if( pShared==0 ) return 0;
  return news_stemmer_new_cached(iLang, pShared->pCache);
}

/*************************************************************************
** SQL functions
*/

#define STEM_DEFAULT_LANGUAGE "english"

/* See stem.h.  A constant language argument is resolved once per
** statement, thanks to the auxiliary data. */
int news_stem_language_arg(sqlite3_context *ctx, const char *zFunc,
                          int argc, sqlite3_value **argv, int iArg){
  const char *z;
  int n, iLang;
  int *piAux;
  if( iArg>=argc ){
    return news_stem_language_find(STEM_DEFAULT_LANGUAGE,
                                   (int)strlen(STEM_DEFAULT_LANGUAGE));
  }
  piAux = (int*)sqlite3_get_auxdata(ctx, iArg);
  if( piAux ) return *piAux;
  if( news_arg_text(ctx, zFunc, iArg+1, "language", argv[iArg], &z, &n) ){
    return -1;
  }
  if( z==0 ){
    sqlite3_result_null(ctx);
    return -1;
  }
  iLang = news_stem_language_find(z, n);
  if( iLang<0 ){
    char *zErr = news_stem_language_error(zFunc, z, n);
    if( zErr ){
      sqlite3_result_error(ctx, zErr, -1);
      sqlite3_free(zErr);
    }else{
      sqlite3_result_error_nomem(ctx);
    }
    return -1;
  }
  piAux = sqlite3_malloc(sizeof(int));
  if( piAux ){
    *piAux = iLang;
    sqlite3_set_auxdata(ctx, iArg, piAux, sqlite3_free);
  }
  return iLang;
}

/* The stemmer for argv[1] (or English), or NULL with the result set. */
static NewsStemmer *stemmer_arg(sqlite3_context *ctx, const char *zFunc,
                                int argc, sqlite3_value **argv){
  NewsStemSet *pSet = (NewsStemSet*)sqlite3_user_data(ctx);
  NewsStemmer *p;
  int iLang = news_stem_language_arg(ctx, zFunc, argc, argv, 1);
  if( iLang<0 ) return 0;
  p = news_stem_set_get(pSet, iLang);
  if( p==0 ) sqlite3_result_error_nomem(ctx);
  return p;
}

/* stem(word [, language]) */
static void stemFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const char *z, *zStem;
  int n, nStem;
  NewsStemmer *p;
  if( news_arg_text(ctx, "stem", 1, "word", argv[0], &z, &n) ) return;
  p = stemmer_arg(ctx, "stem", argc, argv);
  if( p==0 || z==0 ) return;         /* error, NULL language or NULL word */
  if( news_stemmer_stem(p, z, n, &zStem, &nStem) ){
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_text(ctx, zStem, nStem, SQLITE_TRANSIENT);
}

/* stem_text(text [, language]) */
static void stemTextFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const char *z;
  int n;
  NewsStemmer *p;
  NewsTokenizer tk;
  NewsToken t;
  NewsBuf out;
  if( news_arg_text(ctx, "stem_text", 1, "text", argv[0], &z, &n) ) return;
  p = stemmer_arg(ctx, "stem_text", argc, argv);
  if( p==0 || z==0 ) return;
  news_buf_init(&out);
  news_tokenizer_init(&tk, z, n, 0);
  while( out.rc==SQLITE_OK && news_tokenizer_next(&tk, &t) ){
    const char *zStem;
    int nStem;
    if( t.eKind!=NEWS_TOKEN_WORD ) continue;
    if( news_stemmer_stem(p, z+t.iStart, t.iEnd-t.iStart, &zStem, &nStem) ){
      out.rc = SQLITE_NOMEM;
      break;
    }
    if( out.n>0 ) news_buf_appendc(&out, ' ');
    news_buf_append(&out, zStem, nStem);
  }
  news_buf_result(&out, ctx);
  news_buf_free(&out);
}

/*************************************************************************
** stem_languages
*/

#define LANG_NAME      0
#define LANG_CODE      1
#define LANG_STOPWORDS 2

static int langNext(NewsTvfCursor *cur){
  if( cur->iRowid>=news_stem_language_count() ) cur->bEof = 1;
  return SQLITE_OK;
}

static int langStart(NewsTvfCursor *cur, sqlite3_value **apArg){
  (void)apArg;
  return langNext(cur);
}

static int langColumn(NewsTvfCursor *cur, sqlite3_context *ctx, int i){
  int iLang = (int)cur->iRowid;
  const char *zName = news_stem_language_name(iLang);
  switch( i ){
    case LANG_NAME:
      sqlite3_result_text(ctx, zName, -1, SQLITE_STATIC);
      break;
    case LANG_CODE: {
      const char *zIso = news_stem_language_iso(iLang);
      if( zIso ) sqlite3_result_text(ctx, zIso, -1, SQLITE_STATIC);
      break;
    }
    default:
      sqlite3_result_int(ctx, news_stopword_list(zName)!=0);
      break;
  }
  return SQLITE_OK;
}

static void langReset(NewsTvfCursor *cur){
  (void)cur;
}

static const NewsTvfModule langModule = {
  /* zName        */ "stem_languages",
  /* zColumns     */ "name TEXT, code TEXT, stopwords INTEGER",
  /* nColumn      */ 3,
  /* azArg        */ {0},
  /* nArg         */ 0,
  /* nRequired    */ 0,
  /* nRowEstimate */ 30,
  /* szCursor     */ sizeof(NewsTvfCursor),
  /* xStart       */ langStart,
  /* xNext        */ langNext,
  /* xColumn      */ langColumn,
  /* xReset       */ langReset
};

int news_stem_register(sqlite3 *db){
  static const struct {
    const char *zName;
    int nArg;
    void (*xFunc)(sqlite3_context*, int, sqlite3_value**);
  } aFunc[] = {
    {"stem", 1, stemFunc},           {"stem", 2, stemFunc},
    {"stem_text", 1, stemTextFunc},  {"stem_text", 2, stemTextFunc},
  };
  NewsStemSet *pSet = news_stem_set_new();
  int i, rc = SQLITE_OK;
  if( pSet==0 ) return SQLITE_NOMEM;
  for(i=0; rc==SQLITE_OK && i<ARRAY_SIZE(aFunc); i++){
    /* each registration holds a reference; SQLite drops it (also when
    ** the registration fails) */
    rc = sqlite3_create_function_v2(db, aFunc[i].zName, aFunc[i].nArg,
                                    NEWS_SCALAR, news_stem_set_ref(pSet),
                                    aFunc[i].xFunc, 0, 0,
                                    news_stem_set_unref);
  }
  news_stem_set_unref(pSet);
  if( rc==SQLITE_OK ) rc = news_tvf_register(db, &langModule, 0, 0);
  return rc;
}
