/*
** tvf.c - the virtual-table plumbing behind every table-valued function of
** sqlite-news.  See tvf.h for how a module plugs in.
*/
#include "tvf.h"
#include <string.h>
#include <stdarg.h>

/* What sqlite3_create_module_v2() keeps for a registered function. */
typedef struct TvfAux TvfAux;
struct TvfAux {
  const NewsTvfModule *pMod;
  void *pAux;
  void (*xDestroy)(void*);
};

typedef struct TvfVtab TvfVtab;
struct TvfVtab {
  sqlite3_vtab base;            /* Base class - must be first */
  TvfAux *pAux;
  sqlite3 *db;
};

static void tvfAuxDestroy(void *p){
  TvfAux *pAux = (TvfAux*)p;
  if( pAux->xDestroy ) pAux->xDestroy(pAux->pAux);
  sqlite3_free(pAux);
}

static int tvfConnect(sqlite3 *db, void *pAux, int argc,
                      const char *const*argv, sqlite3_vtab **ppVtab,
                      char **pzErr){
  TvfAux *pA = (TvfAux*)pAux;
  const NewsTvfModule *pMod = pA->pMod;
  TvfVtab *pNew;
  sqlite3_str *pSchema;
  char *zSchema;
  int i, rc;
  (void)argc; (void)argv; (void)pzErr;

  pSchema = sqlite3_str_new(db);
  sqlite3_str_appendf(pSchema, "CREATE TABLE x(%s", pMod->zColumns);
  for(i=0; i<pMod->nArg; i++){
    sqlite3_str_appendf(pSchema, ", \"%w\" HIDDEN", pMod->azArg[i]);
  }
  sqlite3_str_appendall(pSchema, ")");
  zSchema = sqlite3_str_finish(pSchema);
  if( zSchema==0 ) return SQLITE_NOMEM;
  rc = sqlite3_declare_vtab(db, zSchema);
  sqlite3_free(zSchema);
  if( rc!=SQLITE_OK ) return rc;
  /* The functions read only their arguments (entity_mentions also reads
  ** the dictionary table it is given), so they are safe in views and
  ** triggers. */
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  pNew = sqlite3_malloc(sizeof(*pNew));
  if( pNew==0 ) return SQLITE_NOMEM;
  memset(pNew, 0, sizeof(*pNew));
  pNew->pAux = pA;
  pNew->db = db;
  *ppVtab = &pNew->base;
  return SQLITE_OK;
}

static int tvfDisconnect(sqlite3_vtab *pVtab){
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

/*
** Plan: every argument given in the call is an equality constraint on its
** hidden column.  All of them are consumed (argvIndex) and recorded as bits
** of idxNum.  An argument that exists but is not yet usable (its value
** comes from a table later in the join order) makes this plan impossible,
** so SQLite tries another join order.
*/
static int tvfBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo){
  const NewsTvfModule *pMod = ((TvfVtab*)pVtab)->pAux->pMod;
  int aIdx[NEWS_TVF_MAX_ARGS];
  int i, nArgv = 0, idxNum = 0, mUnusable = 0, bMissing = 0;

  for(i=0; i<NEWS_TVF_MAX_ARGS; i++) aIdx[i] = -1;
  for(i=0; i<pInfo->nConstraint; i++){
    const struct sqlite3_index_constraint *p = &pInfo->aConstraint[i];
    int iArg = p->iColumn - pMod->nColumn;
    if( iArg<0 || iArg>=pMod->nArg ) continue;
    if( p->op!=SQLITE_INDEX_CONSTRAINT_EQ ) continue;
    if( !p->usable ){ mUnusable |= 1<<iArg; continue; }
    aIdx[iArg] = i;
  }
  for(i=0; i<pMod->nArg; i++){
    /* An argument whose value comes from a table later in the join order
    ** (optional ones too: dates(d.body, d.published)) makes this plan
    ** impossible; otherwise the scan would run without it and SQLite
    ** would then filter every row out on the hidden column. */
    if( aIdx[i]<0 && (mUnusable & (1<<i)) ) return SQLITE_CONSTRAINT;
    if( aIdx[i]<0 && i<pMod->nRequired ) bMissing = 1;
  }
  for(i=0; i<pMod->nArg; i++){
    if( aIdx[i]<0 ) continue;
    pInfo->aConstraintUsage[aIdx[i]].argvIndex = ++nArgv;
    pInfo->aConstraintUsage[aIdx[i]].omit = 1;
    idxNum |= 1<<i;
  }
  pInfo->idxNum = idxNum;
  /* A plan without a required argument fails in xFilter with a message
  ** naming the argument; make it the planner's last choice. */
  pInfo->estimatedCost = bMissing ? 1e300 : 10.0 + pMod->nRowEstimate;
  pInfo->estimatedRows = (sqlite3_int64)pMod->nRowEstimate;
  if( pMod->nRowEstimate<=1.0 ) pInfo->idxFlags |= SQLITE_INDEX_SCAN_UNIQUE;
  return SQLITE_OK;
}

static void tvfClearArgs(NewsTvfCursor *pCur){
  int i;
  for(i=0; i<NEWS_TVF_MAX_ARGS; i++){
    sqlite3_value_free(pCur->apArg[i]);
    pCur->apArg[i] = 0;
  }
}

static int tvfOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor){
  TvfVtab *p = (TvfVtab*)pVtab;
  const NewsTvfModule *pMod = p->pAux->pMod;
  NewsTvfCursor *pCur = sqlite3_malloc(pMod->szCursor);
  if( pCur==0 ) return SQLITE_NOMEM;
  memset(pCur, 0, pMod->szCursor);
  pCur->pMod = pMod;
  pCur->pAux = p->pAux->pAux;
  pCur->db = p->db;
  pCur->bEof = 1;
  *ppCursor = &pCur->base;
  return SQLITE_OK;
}

static int tvfClose(sqlite3_vtab_cursor *cur){
  NewsTvfCursor *pCur = (NewsTvfCursor*)cur;
  pCur->pMod->xReset(pCur);
  tvfClearArgs(pCur);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

int news_tvf_error(NewsTvfCursor *pCur, const char *zFmt, ...){
  sqlite3_vtab *pVtab = pCur->base.pVtab;
  va_list ap;
  va_start(ap, zFmt);
  sqlite3_free(pVtab->zErrMsg);
  pVtab->zErrMsg = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
  return pVtab->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

int news_tvf_arg_text(NewsTvfCursor *pCur, sqlite3_value **apArg, int iArg,
                      const char **pz, int *pn){
  *pz = 0;
  *pn = 0;
  if( apArg[iArg]==0 ) return SQLITE_OK;
  if( news_value_text(apArg[iArg], pz, pn)!=SQLITE_OK ){
    char *zErr = news_arg_type_error(pCur->pMod->zName, iArg+1,
                                     pCur->pMod->azArg[iArg], apArg[iArg]);
    int rc = zErr ? news_tvf_error(pCur, "%s", zErr) : SQLITE_NOMEM;
    sqlite3_free(zErr);
    return rc;
  }
  return SQLITE_OK;
}

static int tvfFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                     int argc, sqlite3_value **argv){
  NewsTvfCursor *pCur = (NewsTvfCursor*)cur;
  const NewsTvfModule *pMod = pCur->pMod;
  int i, j = 0;
  (void)idxStr;

  pMod->xReset(pCur);
  tvfClearArgs(pCur);
  pCur->iRowid = 0;
  pCur->bEof = 1;
  for(i=0; i<pMod->nArg && j<argc; i++){
    if( (idxNum & (1<<i))==0 ) continue;
    pCur->apArg[i] = sqlite3_value_dup(argv[j++]);
    if( pCur->apArg[i]==0 ) return SQLITE_NOMEM;
  }
  for(i=0; i<pMod->nRequired; i++){
    if( pCur->apArg[i]==0 ){
      return news_tvf_error(pCur, "%s(): missing argument %d (%s)",
                            pMod->zName, i+1, pMod->azArg[i]);
    }
  }
  pCur->bEof = 0;
  return pMod->xStart(pCur, pCur->apArg);
}

static int tvfNext(sqlite3_vtab_cursor *cur){
  NewsTvfCursor *pCur = (NewsTvfCursor*)cur;
  pCur->iRowid++;
  return pCur->pMod->xNext(pCur);
}

static int tvfEof(sqlite3_vtab_cursor *cur){
  return ((NewsTvfCursor*)cur)->bEof;
}

static int tvfColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i){
  NewsTvfCursor *pCur = (NewsTvfCursor*)cur;
  if( i<pCur->pMod->nColumn ) return pCur->pMod->xColumn(pCur, ctx, i);
  i -= pCur->pMod->nColumn;
  if( i<NEWS_TVF_MAX_ARGS && pCur->apArg[i] ){
    sqlite3_result_value(ctx, pCur->apArg[i]);
  }
  return SQLITE_OK;
}

static int tvfRowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid){
  *pRowid = ((NewsTvfCursor*)cur)->iRowid;
  return SQLITE_OK;
}

static sqlite3_module tvfModule = {
  /* iVersion    */ 0,
  /* xCreate     */ 0,
  /* xConnect    */ tvfConnect,
  /* xBestIndex  */ tvfBestIndex,
  /* xDisconnect */ tvfDisconnect,
  /* xDestroy    */ 0,
  /* xOpen       */ tvfOpen,
  /* xClose      */ tvfClose,
  /* xFilter     */ tvfFilter,
  /* xNext       */ tvfNext,
  /* xEof        */ tvfEof,
  /* xColumn     */ tvfColumn,
  /* xRowid      */ tvfRowid,
  /* xUpdate     */ 0,
  /* xBegin      */ 0,
  /* xSync       */ 0,
  /* xCommit     */ 0,
  /* xRollback   */ 0,
  /* xFindMethod */ 0,
  /* xRename     */ 0,
  /* xSavepoint  */ 0,
  /* xRelease    */ 0,
  /* xRollbackTo */ 0,
  /* xShadowName */ 0
};

int news_tvf_register(sqlite3 *db, const NewsTvfModule *pMod,
                      void *pAux, void (*xDestroy)(void*)){
  TvfAux *pA = sqlite3_malloc(sizeof(*pA));
  if( pA==0 ){
    if( xDestroy ) xDestroy(pAux);
    return SQLITE_NOMEM;
  }
  pA->pMod = pMod;
  pA->pAux = pAux;
  pA->xDestroy = xDestroy;
  /* On failure sqlite3_create_module_v2() calls tvfAuxDestroy itself. */
  return sqlite3_create_module_v2(db, pMod->zName, &tvfModule, pA,
                                  tvfAuxDestroy);
}
