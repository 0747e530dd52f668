/*
** tokens.c - tokens(text [, language]): the text core's segmentation as a
** table, with Snowball stems and stopword flags.
**
**     SELECT * FROM tokens('Iraq’s PM said the U.S.-led coalition ...');
**     SELECT token, stem FROM tokens('Les écoles ont rouvert', 'fr');
**
** One row per token, in order, with columns
**
**     token     the token as written
**     folded    case-folded NFC form, typographic ' and - unified
**     kind      word, number, abbrev, url, email, punct or symbol
**     position  0-based index of the token
**     start     0-based character offset of the token
**     end       character offset just past it, so that
**               substr(text, start+1, end-start) = token
**     stem      Snowball stem of a word (see stem.c); other kinds pass
**               through lower-cased and NFC-normalized, unstemmed
**     stopword  1 if a word is on the language's stopword list, else 0;
**               NULL if the language has no list
**
** and the hidden argument columns text and language (Snowball name or
** ISO 639-1 code, default English; NULL: stem and stopword are NULL).
** NULL text gives no rows.
** Tokens are produced one at a time as SQLite steps, so a 10 MB article
** costs no memory beyond the article itself.
*/
#include "tokens.h"
#include "tvf.h"
#include "text.h"
#include "stem.h"
#include "stopwords.h"
#include <string.h>

#define TOKENS_TOKEN     0
#define TOKENS_FOLDED    1
#define TOKENS_KIND      2
#define TOKENS_POSITION  3
#define TOKENS_START     4
#define TOKENS_END       5
#define TOKENS_STEM      6
#define TOKENS_STOPWORD  7

typedef struct TokensCursor TokensCursor;
struct TokensCursor {
  NewsTvfCursor base;           /* Base class - must be first */
  NewsTokenizer tk;             /* Segmenter over the text argument */
  NewsToken tok;                /* Current token */
  NewsBuf fold;                 /* folded column, computed on demand */
  int bFolded;                  /* fold holds the current token's form */
  NewsStemmer *pStemmer;        /* the language's, or NULL for no stems */
  const NewsStopList *pStop;    /* its stopword list, or NULL */
};

static int tokensNext(NewsTvfCursor *cur){
  TokensCursor *pCur = (TokensCursor*)cur;
  pCur->bFolded = 0;
  if( !news_tokenizer_next(&pCur->tk, &pCur->tok) ) cur->bEof = 1;
  return SQLITE_OK;
}

/* Language argument: absent means English, SQL NULL no stemming. */
static int tokensLanguage(NewsTvfCursor *cur, sqlite3_value **apArg){
  TokensCursor *pCur = (TokensCursor*)cur;
  const char *zLang = "english";
  int nLang = 7, iLang, rc;
  pCur->pStemmer = 0;
  pCur->pStop = 0;
  if( apArg[1] ){
    rc = news_tvf_arg_text(cur, apArg, 1, &zLang, &nLang);
    if( rc ) return rc;
    if( zLang==0 ) return SQLITE_OK;
  }
  iLang = news_stem_language_find(zLang, nLang);
  if( iLang<0 ){
    char *zErr = news_stem_language_error("tokens", zLang, nLang);
    rc = zErr ? news_tvf_error(cur, "%s", zErr) : SQLITE_NOMEM;
    sqlite3_free(zErr);
    return rc;
  }
  pCur->pStemmer = news_stem_set_get((NewsStemSet*)cur->pAux, iLang);
  if( pCur->pStemmer==0 ) return SQLITE_NOMEM;
  pCur->pStop = news_stopword_list(news_stem_language_name(iLang));
  return SQLITE_OK;
}

static int tokensStart(NewsTvfCursor *cur, sqlite3_value **apArg){
  TokensCursor *pCur = (TokensCursor*)cur;
  const char *z;
  int n, rc;
  rc = news_tvf_arg_text(cur, apArg, 0, &z, &n);
  if( rc==SQLITE_OK ) rc = tokensLanguage(cur, apArg);
  if( rc ) return rc;
  if( z==0 ){ cur->bEof = 1; return SQLITE_OK; }
  news_tokenizer_init(&pCur->tk, z, n, 0);
  return tokensNext(cur);
}

/* The stem of a word; other tokens are only normalized. */
static int tokensStem(TokensCursor *pCur, sqlite3_context *ctx){
  const NewsToken *t = &pCur->tok;
  const char *z = (const char*)pCur->tk.z + t->iStart;
  const char *zStem;
  int nStem, rc;
  if( pCur->pStemmer==0 ) return SQLITE_OK;
  if( t->eKind==NEWS_TOKEN_WORD ){
    rc = news_stemmer_stem(pCur->pStemmer, z, t->iEnd-t->iStart, &zStem, &nStem);
  }else{
    rc = news_stemmer_normalize(pCur->pStemmer, z, t->iEnd-t->iStart,
                                &zStem, &nStem);
  }
  if( rc ) return rc;
  sqlite3_result_text(ctx, zStem, nStem, SQLITE_TRANSIENT);
  return SQLITE_OK;
}

static int tokensStopword(TokensCursor *pCur, sqlite3_context *ctx){
  const NewsToken *t = &pCur->tok;
  int bStop = 0;
  if( pCur->pStop==0 ) return SQLITE_OK;
  if( t->eKind==NEWS_TOKEN_WORD ){
    news_buf_reset(&pCur->fold);
    pCur->bFolded = 0;          /* fold now holds the stopword form */
    if( news_stopword_normalize(pCur->pStop, &pCur->fold,
                                (const char*)pCur->tk.z + t->iStart,
                                t->iEnd-t->iStart) ){
      return pCur->fold.rc;
    }
    bStop = news_stopword_find(pCur->pStop, pCur->fold.z ? pCur->fold.z : "",
                               (int)pCur->fold.n);
  }
  sqlite3_result_int(ctx, bStop);
  return SQLITE_OK;
}

static int tokensColumn(NewsTvfCursor *cur, sqlite3_context *ctx, int i){
  TokensCursor *pCur = (TokensCursor*)cur;
  const NewsToken *t = &pCur->tok;
  const char *z = (const char*)pCur->tk.z;
  switch( i ){
    case TOKENS_TOKEN:
      sqlite3_result_text(ctx, z+t->iStart, t->iEnd-t->iStart, SQLITE_TRANSIENT);
      break;
    case TOKENS_FOLDED:
      if( !pCur->bFolded ){
        news_buf_reset(&pCur->fold);
        news_fold(&pCur->fold, z+t->iStart, t->iEnd-t->iStart,
                  NEWS_FOLD_CASE | NEWS_FOLD_PUNCT);
        pCur->bFolded = 1;
      }
      news_buf_result(&pCur->fold, ctx);
      break;
    case TOKENS_KIND:
      sqlite3_result_text(ctx, news_token_kind_name(t->eKind), -1, SQLITE_STATIC);
      break;
    case TOKENS_POSITION:
      sqlite3_result_int64(ctx, cur->iRowid);
      break;
    case TOKENS_START:
      sqlite3_result_int64(ctx, t->iCharStart);
      break;
    case TOKENS_END:
      sqlite3_result_int64(ctx, t->iCharEnd);
      break;
    case TOKENS_STEM:
      return tokensStem(pCur, ctx);
    default:
      return tokensStopword(pCur, ctx);
  }
  return SQLITE_OK;
}

static void tokensReset(NewsTvfCursor *cur){
  TokensCursor *pCur = (TokensCursor*)cur;
  news_buf_free(&pCur->fold);
  pCur->bFolded = 0;
}

static const NewsTvfModule tokensModule = {
  /* zName        */ "tokens",
  /* zColumns     */ "token TEXT, folded TEXT, kind TEXT, position INTEGER,"
                     " start INTEGER, \"end\" INTEGER, stem TEXT,"
                     " stopword INTEGER",
  /* nColumn      */ 8,
  /* azArg        */ {"text", "language"},
  /* nArg         */ 2,
  /* nRequired    */ 1,
  /* nRowEstimate */ 100,
  /* szCursor     */ sizeof(TokensCursor),
  /* xStart       */ tokensStart,
  /* xNext        */ tokensNext,
  /* xColumn      */ tokensColumn,
  /* xReset       */ tokensReset
};

int news_tokens_register(sqlite3 *db){
  /* the cursors of a connection share one stemmer per language */
  NewsStemSet *pSet = news_stem_set_new();
  if( pSet==0 ) return SQLITE_NOMEM;
  return news_tvf_register(db, &tokensModule, pSet, news_stem_set_unref);
}
