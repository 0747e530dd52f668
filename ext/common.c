/*
** common.c - growable buffers and argument checks shared by all modules.
** See common.h.
*/
#include "common.h"
#include <string.h>
#include <stdarg.h>

void news_buf_init(NewsBuf *p){
  memset(p, 0, sizeof(*p));
}

/* Make room for nExtra more bytes plus a terminator. */
int news_buf_reserve(NewsBuf *p, sqlite3_int64 nExtra){
  sqlite3_int64 nNeed;
  char *zNew;
  if( p->rc ) return p->rc;
  nNeed = p->n + nExtra + 1;
  if( nNeed<=p->nAlloc ) return SQLITE_OK;
  if( nNeed>0x7fff0000 ){ p->rc = SQLITE_TOOBIG; return p->rc; }
  if( nNeed<2*p->nAlloc ) nNeed = 2*p->nAlloc;
  if( nNeed<64 ) nNeed = 64;
  zNew = sqlite3_realloc64(p->z, nNeed);
  if( zNew==0 ){ p->rc = SQLITE_NOMEM; return p->rc; }
  p->z = zNew;
  p->nAlloc = nNeed;
  return SQLITE_OK;
}

void news_buf_append(NewsBuf *p, const char *z, sqlite3_int64 n){
  if( n<=0 || news_buf_reserve(p, n) ) return;
  memcpy(p->z + p->n, z, (size_t)n);
  p->n += n;
  p->z[p->n] = 0;
}

void news_buf_appendc(NewsBuf *p, char c){
  if( news_buf_reserve(p, 1) ) return;
  p->z[p->n++] = c;
  p->z[p->n] = 0;
}

void news_buf_appendf(NewsBuf *p, const char *zFmt, ...){
  va_list ap;
  char *z;
  va_start(ap, zFmt);
  z = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
  if( z==0 ){ if( p->rc==SQLITE_OK ) p->rc = SQLITE_NOMEM; return; }
  news_buf_append(p, z, (sqlite3_int64)strlen(z));
  sqlite3_free(z);
}

/* Append z as a JSON string literal, quotes included. */
void news_buf_append_json_string(NewsBuf *p, const char *z, sqlite3_int64 n){
  static const char hex[] = "0123456789abcdef";
  sqlite3_int64 i, iStart = 0;
  news_buf_appendc(p, '"');
  for(i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    if( c>=0x20 && c!='"' && c!='\\' ) continue;
    news_buf_append(p, z+iStart, i-iStart);
    iStart = i+1;
    switch( c ){
      case '"':  news_buf_append(p, "\\\"", 2); break;
      case '\\': news_buf_append(p, "\\\\", 2); break;
      case '\n': news_buf_append(p, "\\n", 2); break;
      case '\r': news_buf_append(p, "\\r", 2); break;
      case '\t': news_buf_append(p, "\\t", 2); break;
      default: {
        char a[6] = {'\\', 'u', '0', '0', hex[c>>4], hex[c&15]};
        news_buf_append(p, a, 6);
      }
    }
  }
  news_buf_append(p, z+iStart, n-iStart);
  news_buf_appendc(p, '"');
}

void news_buf_reset(NewsBuf *p){
  p->n = 0;
  if( p->z ) p->z[0] = 0;
}

void news_buf_free(NewsBuf *p){
  sqlite3_free(p->z);
  news_buf_init(p);
}

void news_buf_result(NewsBuf *p, sqlite3_context *ctx){
  if( p->rc==SQLITE_NOMEM ){
    sqlite3_result_error_nomem(ctx);
  }else if( p->rc ){
    sqlite3_result_error_toobig(ctx);
  }else{
    sqlite3_result_text64(ctx, p->z ? p->z : "", (sqlite3_uint64)p->n,
                          SQLITE_TRANSIENT, SQLITE_UTF8);
  }
}

const char *news_type_name(int eType){
  switch( eType ){
    case SQLITE_INTEGER: return "integer";
    case SQLITE_FLOAT:   return "real";
    case SQLITE_TEXT:    return "text";
    case SQLITE_BLOB:    return "blob";
    default:             return "null";
  }
}

int news_value_text(sqlite3_value *pVal, const char **pz, int *pn){
  int eType = sqlite3_value_type(pVal);
  *pz = 0;
  *pn = 0;
  if( eType==SQLITE_NULL ) return SQLITE_OK;
  if( eType!=SQLITE_TEXT && eType!=SQLITE_BLOB ) return SQLITE_MISMATCH;
  if( eType==SQLITE_BLOB ){
    *pz = (const char*)sqlite3_value_blob(pVal);
  }else{
    *pz = (const char*)sqlite3_value_text(pVal);
  }
  *pn = sqlite3_value_bytes(pVal);
  if( *pz==0 ) *pz = "";     /* zero-length blob */
  return SQLITE_OK;
}

char *news_arg_type_error(const char *zFunc, int iArg, const char *zArgName,
                          sqlite3_value *pVal){
  return sqlite3_mprintf("%s(): argument %d (%s) must be text, not %s",
                         zFunc, iArg, zArgName,
                         news_type_name(sqlite3_value_type(pVal)));
}

int news_arg_text(sqlite3_context *ctx, const char *zFunc, int iArg,
                  const char *zArgName, sqlite3_value *pVal,
                  const char **pz, int *pn){
  int rc = news_value_text(pVal, pz, pn);
  if( rc!=SQLITE_OK ){
    char *zErr = news_arg_type_error(zFunc, iArg, zArgName, pVal);
    if( zErr ){
      sqlite3_result_error(ctx, zErr, -1);
      sqlite3_free(zErr);
    }else{
      sqlite3_result_error_nomem(ctx);
    }
  }
  return rc;
}

/*************************************************************************
** String interning
**
** Open addressing with linear probing.  A hash is mapped to a slot by
** multiply-shift ((h * nSlot) >> 32), so the table can have any size: it
** doubles while strings are added (at most half full) and
** news_intern_shrink() rehashes it to 4/7 full.
*/
struct NewsInternSlot { uint32_t h; uint32_t iId; };   /* iId: ordinal+1 */

static uint32_t intern_hash(const char *z, int n){
  uint32_t h = news_hash_bytes(z, n);
  h ^= h>>16; h *= 0x85EBCA6Bu; h ^= h>>13;   /* spread into the high bits */
  return h;
}

#define INTERN_SLOT(h, n) ((uint32_t)(((uint64_t)(h) * (n)) >> 32))

void news_intern_init(NewsIntern *p){
  memset(p, 0, sizeof(*p));
}

void news_intern_free(NewsIntern *p){
  news_buf_free(&p->str);
  sqlite3_free(p->aOff);
  sqlite3_free(p->aSlot);
  news_intern_init(p);
}

uint32_t news_intern_find(const NewsIntern *p, const char *z, int n){
  uint32_t h, i;
  if( p->nSlot==0 ) return NEWS_INTERN_NONE;
  h = intern_hash(z, n);
  for(i=INTERN_SLOT(h, p->nSlot); p->aSlot[i].iId; i = i+1<p->nSlot ? i+1 : 0){
    if( p->aSlot[i].h==h ){
      uint32_t iId = p->aSlot[i].iId - 1, iOff = p->aOff[iId];
      if( iOff+(sqlite3_int64)n<p->str.n
       && memcmp(p->str.z+iOff, z, (size_t)n)==0 && p->str.z[iOff+n]==0 ){
        return iId;
      }
    }
  }
  return NEWS_INTERN_NONE;
}

static int intern_rehash(NewsIntern *p, uint32_t nNew){
  uint32_t i, j;
  NewsInternSlot *aNew;
  aNew = sqlite3_malloc64((sqlite3_int64)nNew*sizeof(NewsInternSlot));
  if( aNew==0 ) return SQLITE_NOMEM;
  memset(aNew, 0, (size_t)nNew*sizeof(NewsInternSlot));
  for(i=0; i<p->nSlot; i++){
    if( p->aSlot[i].iId==0 ) continue;
    for(j=INTERN_SLOT(p->aSlot[i].h, nNew); aNew[j].iId; j = j+1<nNew ? j+1 : 0){}
    aNew[j] = p->aSlot[i];
  }
  sqlite3_free(p->aSlot);
  p->aSlot = aNew;
  p->nSlot = nNew;
  return SQLITE_OK;
}

uint32_t news_intern_add(NewsIntern *p, const char *z, int n){
  uint32_t iId = news_intern_find(p, z, n), h, i;
  int rc = SQLITE_OK;
  if( iId!=NEWS_INTERN_NONE ) return iId;
  if( p->nString>=0x3ffffff0u ) rc = SQLITE_TOOBIG;
  if( rc==SQLITE_OK && 2*(p->nString+1)>p->nSlot ){
    rc = intern_rehash(p, p->nSlot ? 2*p->nSlot : 256);
  }
  if( rc==SQLITE_OK && p->nString>=p->nAlloc ){
    uint32_t nNew = p->nAlloc ? 2*p->nAlloc : 64;
    uint32_t *aNew = sqlite3_realloc64(p->aOff, (sqlite3_int64)nNew*sizeof(uint32_t));
    if( aNew==0 ) rc = SQLITE_NOMEM;
    else{ p->aOff = aNew; p->nAlloc = nNew; }
  }
  if( rc ){
    if( p->str.rc==SQLITE_OK ) p->str.rc = rc;
    return NEWS_INTERN_NONE;
  }
  p->aOff[p->nString] = (uint32_t)p->str.n;
  news_buf_append(&p->str, z, n);
  news_buf_appendc(&p->str, 0);
  if( p->str.rc ) return NEWS_INTERN_NONE;
  h = intern_hash(z, n);
  for(i=INTERN_SLOT(h, p->nSlot); p->aSlot[i].iId; i = i+1<p->nSlot ? i+1 : 0){}
  p->aSlot[i].h = h;
  p->aSlot[i].iId = ++p->nString;
  return p->nString - 1;
}

sqlite3_int64 news_intern_bytes(const NewsIntern *p){
  return p->str.nAlloc + (sqlite3_int64)p->nAlloc*sizeof(uint32_t)
       + (sqlite3_int64)p->nSlot*sizeof(NewsInternSlot);
}

void news_intern_shrink(NewsIntern *p){
  uint32_t nTight = p->nString + 3*(p->nString/4) + 16; /* 4/7 full at most */
  if( p->str.z && p->str.n+1<p->str.nAlloc ){
    char *z = sqlite3_realloc64(p->str.z, p->str.n+1);
    if( z ){ p->str.z = z; p->str.nAlloc = p->str.n+1; }
  }
  if( p->aOff && p->nString<p->nAlloc ){
    uint32_t n = p->nString ? p->nString : 1;
    uint32_t *a = sqlite3_realloc64(p->aOff, (sqlite3_int64)n*sizeof(uint32_t));
    if( a ){ p->aOff = a; p->nAlloc = n; }
  }
  if( p->nSlot>nTight ) intern_rehash(p, nTight);     /* on OOM: keep it */
}

void news_intern_drop_index(NewsIntern *p){
  sqlite3_free(p->aSlot);
  p->aSlot = 0;
  p->nSlot = 0;
}
