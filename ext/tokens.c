/*
** tokens.c - tokens(text): the text core's segmentation as a table.
**
**     SELECT * FROM tokens('Iraq’s PM said the U.S.-led coalition ...');
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
**
** and the hidden argument column text.  NULL text gives no rows.
** Tokens are produced one at a time as SQLite steps, so a 10 MB article
** costs no memory beyond the article itself.
*/
#include "tokens.h"
#include "tvf.h"
#include "text.h"

#define TOKENS_TOKEN     0
#define TOKENS_FOLDED    1
#define TOKENS_KIND      2
#define TOKENS_POSITION  3
#define TOKENS_START     4
#define TOKENS_END       5

typedef struct TokensCursor TokensCursor;
struct TokensCursor {
  NewsTvfCursor base;           /* Base class - must be first */
  NewsTokenizer tk;             /* Segmenter over the text argument */
  NewsToken tok;                /* Current token */
  NewsBuf fold;                 /* folded column, computed on demand */
  int bFolded;                  /* fold holds the current token's form */
};

static int tokensNext(NewsTvfCursor *cur){
  TokensCursor *pCur = (TokensCursor*)cur;
  pCur->bFolded = 0;
  if( !news_tokenizer_next(&pCur->tk, &pCur->tok) ) cur->bEof = 1;
  return SQLITE_OK;
}

static int tokensStart(NewsTvfCursor *cur, sqlite3_value **apArg){
  TokensCursor *pCur = (TokensCursor*)cur;
  const char *z;
  int n, rc;
  rc = news_tvf_arg_text(cur, apArg, 0, &z, &n);
  if( rc ) return rc;
  if( z==0 ){ cur->bEof = 1; return SQLITE_OK; }
  news_tokenizer_init(&pCur->tk, z, n, 0);
  return tokensNext(cur);
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
    default:
      sqlite3_result_int64(ctx, t->iCharEnd);
      break;
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
                     " start INTEGER, \"end\" INTEGER",
  /* nColumn      */ 6,
  /* azArg        */ {"text"},
  /* nArg         */ 1,
  /* nRequired    */ 1,
  /* nRowEstimate */ 100,
  /* szCursor     */ sizeof(TokensCursor),
  /* xStart       */ tokensStart,
  /* xNext        */ tokensNext,
  /* xColumn      */ tokensColumn,
  /* xReset       */ tokensReset
};

int news_tokens_register(sqlite3 *db){
  return news_tvf_register(db, &tokensModule, 0, 0);
}
