/*
** fts5_snowball.c - the FTS5 tokenizer `snowball`: the text core's words,
** stemmed by Snowball in any language libstemmer offers.
**
**   CREATE VIRTUAL TABLE docs USING fts5(body, tokenize = 'snowball english');
**   CREATE VIRTUAL TABLE docs USING fts5(body,
**       tokenize = 'snowball french remove_diacritics 0');
**   CREATE VIRTUAL TABLE docs USING fts5(body,
**       tokenize = 'snowball german unicode61 remove_diacritics 0');
**
**   SELECT highlight(docs, 0, '[', ']') FROM docs WHERE docs MATCH 'militias';
**
** Arguments, in this order, all optional:
**
**   LANGUAGE               Snowball name or ISO 639-1 code (default english)
**   remove_diacritics N    0: keep; 1 or 2 (default 1): remove diacritics
**                          AFTER stemming, so French and German stems are
**                          computed on the accented word and "ecoles"
**                          still finds "écoles" (1 and 2 are the same
**                          here: every diacritic goes, as unicode61's 2)
**   PARENT [ARGS...]       any registered FTS5 tokenizer (unicode61, ascii,
**                          ...) to split the text instead of the text core;
**                          its tokens are then stemmed, like porter does
**
** Without a parent, text is split by the text core (text.c) with
** hyphens splitting compounds:
**
**   words         stemmed: "militias", "militia's" -> militia
**   compounds     "Iran-backed" -> iran, back: MATCH 'Iran' finds it, and
**                 the quoted query "Iran-backed" is the phrase iran back
**   abbreviations "U.S." -> "u.s." plus, at the same position (a colocated
**                 token), "us": MATCH '"U.S."' finds only the abbreviation,
**                 MATCH 'US' finds it too
**   numbers       as written: "2,500" (query: '"2,500"')
**   URLs, e-mail  split into their words, as unicode61 does
**   punctuation, symbols, white space: not indexed
**
** Queries are tokenized the same way, so MATCH 'militias' finds
** "militia".  Prefix queries (MATCH 'disarm*') are not stemmed, only
** normalized.  Offsets given to FTS5 are those of the token in the text,
** so highlight() and snippet() mark exactly the word.  Each tokenizer
** instance owns its stemmer (libstemmer reuses its result buffer, so a
** shared one would break when two tables tokenize at once).
*/
#include "fts5_snowball.h"
#include "stem.h"
#include "text.h"
#include <string.h>

typedef struct SnowballTokenizer SnowballTokenizer;
struct SnowballTokenizer {
  NewsStemmer *pStemmer;        /* owned */
  int bRemoveDiacritics;        /* strip diacritics from the stems */
  fts5_tokenizer parent;        /* parent tokenizer, if pParent */
  Fts5Tokenizer *pParent;
  NewsBuf term;                 /* term handed to FTS5 */
};

/* State of one xTokenize call. */
typedef struct SnowballCall SnowballCall;
struct SnowballCall {
  SnowballTokenizer *p;
  void *pCtx;                   /* FTS5's context */
  int (*xToken)(void*, int, const char*, int, int, int);
  int flags;                    /* FTS5_TOKENIZE_* */
  int bAscii;                   /* the current token is ASCII */
};

static void snowballDelete(Fts5Tokenizer *pTok){
  SnowballTokenizer *p = (SnowballTokenizer*)pTok;
  if( p==0 ) return;
  if( p->pParent ) p->parent.xDelete(p->pParent);
  news_stemmer_free(p->pStemmer);
  news_buf_free(&p->term);
  sqlite3_free(p);
}

/*
** What the tokenizer is registered with, once per connection: the fts5_api
** (to find parent tokenizers) and the connection's stems already computed,
** one cache per language shared by all snowball tables of the connection.
*/
typedef struct SnowballGlobal SnowballGlobal;
struct SnowballGlobal {
  fts5_api *pApi;
  NewsStemSet *pSet;
};

static void snowballGlobalDestroy(void *p){
  SnowballGlobal *g = (SnowballGlobal*)p;
  news_stem_set_unref(g->pSet);
  sqlite3_free(g);
}

/*
** xCreate.  FTS5 gives no way to return a message from here: a bad
** argument makes CREATE VIRTUAL TABLE fail with "error in tokenizer
** constructor".
*/
static int snowballCreate(void *pUserData, const char **azArg, int nArg,
                          Fts5Tokenizer **ppOut){
  SnowballGlobal *g = (SnowballGlobal*)pUserData;
  fts5_api *pApi = g->pApi;
  SnowballTokenizer *p;
  int i = 0, iLang = -1, rc = SQLITE_OK;

  *ppOut = 0;
  p = sqlite3_malloc(sizeof(*p));
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  news_buf_init(&p->term);
  p->bRemoveDiacritics = 1;

  if( i<nArg ){
    iLang = news_stem_language_find(azArg[i], (int)strlen(azArg[i]));
    if( iLang>=0 ) i++;
  }
  if( iLang<0 ) iLang = news_stem_language_find("english", 7);
  while( rc==SQLITE_OK && i<nArg ){
    if( sqlite3_stricmp(azArg[i], "remove_diacritics")==0 ){
      const char *zVal = i+1<nArg ? azArg[i+1] : "";
      if( (zVal[0]!='0' && zVal[0]!='1' && zVal[0]!='2') || zVal[1] ){
        rc = SQLITE_ERROR;
      }
      p->bRemoveDiacritics = zVal[0]!='0';
      i += 2;
    }else{
      /* the rest names the parent tokenizer and its arguments */
      void *pParentData = 0;
      rc = pApi->xFindTokenizer(pApi, azArg[i], &pParentData, &p->parent);
      if( rc==SQLITE_OK ){
        rc = p->parent.xCreate(pParentData, &azArg[i+1], nArg-i-1,
                               &p->pParent);
      }
      break;
    }
  }
  if( rc==SQLITE_OK ){
    /* a libstemmer object of its own; stems shared with the connection's
    ** other snowball tables */
    p->pStemmer = news_stem_set_new_stemmer(g->pSet, iLang);
    if( p->pStemmer==0 ) rc = SQLITE_NOMEM;
  }
  if( rc!=SQLITE_OK ){
    snowballDelete((Fts5Tokenizer*)p);
    return rc;
  }
  *ppOut = (Fts5Tokenizer*)p;
  return SQLITE_OK;
}

/* Hand the term z[0..n) to FTS5, without diacritics if configured. */
static inline int emit(SnowballCall *c, int tflags, const char *z, int n,
                       int iStart, int iEnd){
  SnowballTokenizer *p = c->p;
  int i;
  if( n<=0 ) return SQLITE_OK;
  if( p->bRemoveDiacritics && !c->bAscii ){
    for(i=0; i<n && (unsigned char)z[i]<0x80; i++){}
  }else{
    i = n;                              /* ASCII has no diacritics */
  }
  if( i<n ){
    news_buf_reset(&p->term);
    if( news_fold(&p->term, z, n, NEWS_FOLD_DIACRITICS) ) return p->term.rc;
    z = p->term.z;
    n = (int)p->term.n;
    if( n<=0 ) return SQLITE_OK;    /* a lone combining mark */
  }
  return c->xToken(c->pCtx, tflags, z, n, iStart, iEnd);
}

/* A word: stemmed, except in a prefix query. */
static inline int emit_word(SnowballCall *c, int tflags, const char *z,
                            int n, int iStart, int iEnd){
  const char *zTerm;
  int nTerm, rc;
  if( c->flags & FTS5_TOKENIZE_PREFIX ){
    rc = news_stemmer_normalize(c->p->pStemmer, z, n, &zTerm, &nTerm);
  }else{
    rc = news_stemmer_stem(c->p->pStemmer, z, n, &zTerm, &nTerm);
  }
  if( rc ) return rc;
  return emit(c, tflags, zTerm, nTerm, iStart, iEnd);
}

/* "U.S." -> "u.s." and, when indexing, colocated "us". */
static int emit_abbrev(SnowballCall *c, const char *z, int n,
                       int iStart, int iEnd){
  const char *zTerm;
  char aDotless[64];
  int nTerm, i, k = 0, rc;
  rc = news_stemmer_normalize(c->p->pStemmer, z, n, &zTerm, &nTerm);
  if( rc ) return rc;
  if( nTerm<=(int)sizeof(aDotless) ){
    for(i=0; i<nTerm; i++){
      if( zTerm[i]!='.' ) aDotless[k++] = zTerm[i];
    }
  }
  /* copy out before emit() reuses buffers */
  rc = emit(c, 0, zTerm, nTerm, iStart, iEnd);
  if( rc==SQLITE_OK && k>0 && (c->flags & FTS5_TOKENIZE_DOCUMENT) ){
    rc = emit(c, FTS5_TOKEN_COLOCATED, aDotless, k, iStart, iEnd);
  }
  return rc;
}

/* The text core's segmentation. */
static int tokenize_core(SnowballCall *c, const char *pText, int nText){
  NewsTokenizer tk;
  NewsToken t;
  int rc = SQLITE_OK;
  news_tokenizer_init(&tk, pText, nText, NEWS_TOKENIZE_SPLIT_HYPHENS);
  while( rc==SQLITE_OK && news_tokenizer_next(&tk, &t) ){
    const char *z = pText + t.iStart;
    int n = t.iEnd - t.iStart;
    c->bAscii = (t.flags & NEWS_TF_ASCII)!=0;
    switch( t.eKind ){
      case NEWS_TOKEN_WORD:
        rc = emit_word(c, 0, z, n, t.iStart, t.iEnd);
        break;
      case NEWS_TOKEN_ABBREV:
        rc = emit_abbrev(c, z, n, t.iStart, t.iEnd);
        break;
      case NEWS_TOKEN_NUMBER: {
        const char *zTerm;
        int nTerm;
        rc = news_stemmer_normalize(c->p->pStemmer, z, n, &zTerm, &nTerm);
        if( rc==SQLITE_OK ) rc = emit(c, 0, zTerm, nTerm, t.iStart, t.iEnd);
        break;
      }
      default:
        break;                  /* punctuation and symbols */
    }
  }
  return rc;
}

/* Callback of the parent tokenizer: stem each of its tokens. */
static int parent_token(void *pCtx, int tflags, const char *z, int n,
                        int iStart, int iEnd){
  return emit_word((SnowballCall*)pCtx, tflags, z, n, iStart, iEnd);
}

static int snowballTokenize(Fts5Tokenizer *pTok, void *pCtx, int flags,
                            const char *pText, int nText,
                            int (*xToken)(void*, int, const char*, int,
                                          int, int)){
  SnowballCall c;
  int rc;
  c.p = (SnowballTokenizer*)pTok;
  c.pCtx = pCtx;
  c.xToken = xToken;
  c.flags = flags;
  c.bAscii = 0;
  if( c.p->pParent ){
    rc = c.p->parent.xTokenize(c.p->pParent, &c, flags, pText, nText,
                               parent_token);
  }else{
    rc = tokenize_core(&c, pText, nText);
  }
  return rc==SQLITE_DONE ? SQLITE_OK : rc;
}

int news_fts5_snowball_register(sqlite3 *db){
  static fts5_tokenizer tokenizer = {
    snowballCreate, snowballDelete, snowballTokenize
  };
  fts5_api *pApi = 0;
  SnowballGlobal *g;
  sqlite3_stmt *pStmt = 0;
  int rc;

  /* Without FTS5 in this SQLite there is nothing to register. */
  if( sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &pStmt, 0)!=SQLITE_OK ){
    return SQLITE_OK;
  }
  sqlite3_bind_pointer(pStmt, 1, (void*)&pApi, "fts5_api_ptr", 0);
  sqlite3_step(pStmt);
  rc = sqlite3_finalize(pStmt);
  if( rc!=SQLITE_OK || pApi==0 || pApi->iVersion<2 ) return SQLITE_OK;
  g = sqlite3_malloc(sizeof(*g));
  if( g==0 ) return SQLITE_NOMEM;
  g->pApi = pApi;
  g->pSet = news_stem_set_new();
  if( g->pSet==0 ){
    sqlite3_free(g);
    return SQLITE_NOMEM;
  }
  rc = pApi->xCreateTokenizer(pApi, "snowball", (void*)g, &tokenizer,
                             snowballGlobalDestroy);
  if( rc!=SQLITE_OK ) snowballGlobalDestroy(g);   /* FTS5 did not keep it */
  return rc;
}
