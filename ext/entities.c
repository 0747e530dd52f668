/*
** entities.c - entity_mentions(text, dictionary [, options]): count the
** mentions of the people, organizations and places a user follows.
**
**     CREATE TABLE aliases(entity TEXT, alias TEXT, kind TEXT);
**     INSERT INTO aliases VALUES
**       ('Mohammed Shia'' al-Sudani', 'al-Sudani', 'person'),
**       ('Mohammed Shia'' al-Sudani', 'Sudani', 'person'),
**       ('Popular Mobilization Forces', 'Popular Mobilization Forces', 'org'),
**       ('Popular Mobilization Forces', 'PMF', 'org');
**     SELECT m.entity, count(*)
**       FROM articles a, entity_mentions(a.body, 'aliases') m GROUP BY 1;
**
** One row per mention, in text order, with columns entity, alias, kind
** (NULL without a kind column), text (as written), start and end
** (0-based character offsets, end exclusive), and the hidden arguments
** document, dictionary and options.
**
** The dictionary is any table or view with columns entity and alias, and
** optionally kind and case_sensitive (1: match the alias's capitals
** exactly, 0: any capitals, NULL: the default rules below).  It is
** compiled into a token trie: every alias is cut into the text core's
** tokens, with hyphenated words also cut at their hyphens ("parts"), each
** part folded (NFC, Unicode case folding, typographic punctuation unified,
** dots of dotted abbreviations dropped, diacritics too with the option
** 'ignore_diacritics') and given an id in a word table; the root's
** children are an array indexed by word id, the other edges entries of one
** hash table keyed by (node, word).  Matching walks the trie from each part
** of the text, so its cost depends on the text and the longest alias
** (ENT_MAX_PARTS), never on the number of aliases.
**
** Matching rules (README "entity_mentions" has the user's version):
**   - matches start and end on part boundaries: "Iran" is found in
**     "Iran-backed" and "U.S." in "U.S.-led", never inside a word, and a
**     name never runs across a line break;
**   - case-insensitive, but a part written in lower case in the text never
**     matches an alias part with a capital ("said" is not Said); an alias
**     without lower-case letters and of at most ENT_ACRONYM_LETTERS letters
**     (US, PMF) must match its capitals; and a match whose every word is
**     capitalized only by position (sentence start, headline), in a text
**     that writes those words in lower case and never capitalizes them
**     mid-sentence, is the common word ("May said she may go");
**   - "U.S." and "US" are the same key, so either form finds the other;
**   - a possessive ending ('s, ’s, or ' after s) is not part of a name;
**   - leftmost-longest: the longest alias starting at the first position
**     where one starts wins, and the scan resumes after it;
**   - when several dictionary rows match the same words, the rows whose
**     alias is written most like the text win (same characters, then same
**     capitals ignoring dots and diacritics, then the rest); rows tied
**     at the best level are all reported, one row each, so an alias shared
**     by two entities counts for both;
**   - aliases without a letter ("3") never match.
**
** The compiled dictionary is cached per connection (ENT_CACHE_SIZE
** dictionaries).  A statement checks once, at its first use of the
** dictionary, whether the database changed since: the change counter of
** the connection, the data version and schema cookie of every attached
** database.  If anything changed, the table is read again and hashed; a
** different hash recompiles it.  A query over a million articles therefore
** reads the dictionary at most once.
**
** entity_dictionary(dictionary [, options]) returns, as JSON, what the
** compiled dictionary holds (rows, aliases, skipped, words, nodes, bytes).
*/
#include "entities.h"
#include "tvf.h"
#include "text.h"
#include "dates.h"
#include <stdlib.h>
#include <string.h>

typedef unsigned int u32;
typedef sqlite3_uint64 u64;

#define ENT_MAX_PARTS       64    /* longest alias, in parts */
#define ENT_READ_AHEAD      65536 /* parts of a document read at once */
#define ENT_CACHE_SIZE      4     /* compiled dictionaries per connection */
#define ENT_ACRONYM_LETTERS 5     /* all-capital aliases up to this are acronyms */
#define ENT_NONE            NEWS_INTERN_NONE

#define ENT_OPT_DIACRITICS  0x01  /* options: 'ignore_diacritics' */

/* EntEntry.flags */
#define ENT_CASE_SENSITIVE  0x01
#define ENT_LAST            0x02  /* last entry of its trie node */
#define ENT_CASE_IGNORED    0x04  /* case_sensitive = 0: any capitals */
#define ENT_DATE_WORD       0x08  /* a one-word alias that is also a date
                                  ** word (Wednesday, May, March) */

/* How a part is folded. */
#define ENT_SHAPE_KEY       0     /* trie key: case-folded, no dots */
#define ENT_SHAPE_CASE      1     /* capitals kept, no dots */
#define ENT_SHAPE_EXACT     2     /* as written, only NFC and punctuation */

/*************************************************************************
** Parts: the text core's tokens, with hyphenated words split at their
** hyphens, so that a name can be found inside "Iran-backed".
*/
typedef struct EntPart EntPart;
struct EntPart {
  int iStart, iEnd;                   /* byte offsets, end exclusive */
  sqlite3_int64 iCharStart, iCharEnd; /* character offsets */
  int eKind;                          /* NEWS_TOKEN_* */
  int flags;                          /* NEWS_TF_*, with NEWS_TF_FORCED */
  int iLine;                          /* byte offset of its line's start */
};

typedef struct EntParts EntParts;
struct EntParts {
  NewsPartTokenizer tk;               /* the text, hyphenated words split */
  NewsCapState cap;                   /* capitalization context */
  int iLine;                          /* start of the current line */
};

static void ent_parts_init(EntParts *p, const char *z, int n){
  news_parts_init(&p->tk, z, n, 1u<<NEWS_TOKEN_WORD);
  memset(&p->cap, 0, sizeof(p->cap));
  p->iLine = 0;
}

static int ent_parts_next(EntParts *p, EntPart *pPart){
  NewsToken t;
  int e = news_parts_next(&p->tk, &t);
  if( e==0 ) return 0;
  if( e==NEWS_PART_FIRST ){
    /* capitals are weighed on the words of the text; the first part of a
    ** hyphenated word takes its word's NEWS_TF_FORCED */
    news_cap_track(&p->cap, (const char*)p->tk.outer.z, &p->tk.whole);
    if( p->tk.whole.flags & NEWS_TF_LINESTART ) p->iLine = p->tk.whole.iStart;
    t.flags |= p->tk.whole.flags & NEWS_TF_FORCED;
  }
  pPart->iStart = t.iStart;
  pPart->iEnd = t.iEnd;
  pPart->iCharStart = t.iCharStart;
  pPart->iCharEnd = t.iCharEnd;
  pPart->eKind = t.eKind;
  pPart->flags = t.flags;
  pPart->iLine = p->iLine;
  return 1;
}

/* Append part z[0..n) to pBuf folded as eShape says. */
static void ent_fold_part(NewsBuf *pBuf, const char *z, int n, int eKind,
                          int eShape, int mOpt){
  int mFold = NEWS_FOLD_PUNCT;
  sqlite3_int64 i, j, i0 = pBuf->n;
  if( eShape==ENT_SHAPE_KEY ) mFold |= NEWS_FOLD_CASE;
  if( eShape!=ENT_SHAPE_EXACT && (mOpt & ENT_OPT_DIACRITICS) ){
    mFold |= NEWS_FOLD_DIACRITICS;
  }
  news_fold(pBuf, z, n, mFold);
  if( eShape!=ENT_SHAPE_EXACT && eKind==NEWS_TOKEN_ABBREV
   && pBuf->rc==SQLITE_OK && pBuf->n>i0 ){
    for(i=j=i0; i<pBuf->n; i++){
      if( pBuf->z[i]!='.' ) pBuf->z[j++] = pBuf->z[i];
    }
    pBuf->n = j;
    pBuf->z[j] = 0;
  }
}

/*************************************************************************
** The compiled dictionary.
**
** Strings (entities, aliases, kinds and folded parts) are stored once each
** in one buffer and addressed by their offset; the offset of a folded part
** is its token id.  Trie nodes are numbers (0 is the root); the edge from
** node P by token T is a slot of an open-addressing hash table.
*/
typedef struct EntEdge EntEdge;
struct EntEdge { u32 iParent; u32 iTok; u32 iChild; };  /* iChild 0: empty */

typedef struct EntEntry EntEntry;
struct EntEntry {
  u64 mUpper;                   /* bit k: alias part k has a capital */
  u32 iEntity, iAlias, iKind;   /* string offsets (iKind ENT_NONE: NULL) */
  u32 flags;                    /* ENT_* */
};

typedef struct EntDict EntDict;
struct EntDict {
  int nRef;
  u64 iGen;                     /* compile number, unique per connection */
  char *zName;                  /* dictionary table, as given */
  int mOpt;                     /* ENT_OPT_* it was compiled with */
  sqlite3_int64 nChange;        /* freshness stamp, see ent_stamp() */
  u64 hVersion;
  int bVolatile;                /* stamped inside a write transaction */
  u64 hContent;                 /* hash of the rows read */
  NewsIntern str;               /* entities, aliases, kinds */
  NewsIntern tok;               /* folded parts: a small table that stays
                                ** in cache, looked up for every word */
  u32 *aRoot;                   /* child of the root by token, or 0 */
  EntEdge *aEdge;               /* trie edges */
  u32 nEdgeSlot, nEdge;
  u32 *aNodeFirst;              /* per node: first entry + 1, or 0 */
  u32 nNode;
  EntEntry *aEntry;             /* sorted by node */
  u32 nEntry;
  sqlite3_int64 nRow;           /* rows read          (entity_dictionary()) */
  sqlite3_int64 nSkipped;       /* aliases without a letter */
  sqlite3_int64 nByte;          /* memory held */
};

/* Slot of edge (iParent, iTok) in a table of nSlot slots (any size). */
static u32 ent_edge_slot(u32 iParent, u32 iTok, u32 nSlot){
  u64 x = ((u64)iParent<<32 | iTok) * 0x9E3779B97F4A7C15ull;
  return (u32)(((x>>32) * (u64)nSlot) >> 32);
}
#define ENT_NEXT_SLOT(i, n) ((i)+1<(n) ? (i)+1 : 0)

static void ent_dict_free(EntDict *p){
  if( p==0 ) return;
  sqlite3_free(p->zName);
  news_intern_free(&p->str);
  news_intern_free(&p->tok);
  sqlite3_free(p->aRoot);
  sqlite3_free(p->aEdge);
  sqlite3_free(p->aNodeFirst);
  sqlite3_free(p->aEntry);
  sqlite3_free(p);
}

static void ent_dict_release(EntDict *p){
  if( p && --p->nRef<=0 ) ent_dict_free(p);
}

/* Child of iNode by token iTok, or 0. */
static u32 ent_child(const EntDict *p, u32 iNode, u32 iTok){
  u32 n = p->nEdgeSlot, i;
  if( iNode==0 && p->aRoot ) return p->aRoot[iTok];
  if( n==0 ) return 0;
  for(i=ent_edge_slot(iNode, iTok, n); p->aEdge[i].iChild; i=ENT_NEXT_SLOT(i, n)){
    if( p->aEdge[i].iParent==iNode && p->aEdge[i].iTok==iTok ){
      return p->aEdge[i].iChild;
    }
  }
  return 0;
}

/* Rehash the edges into nNew slots. */
static int ent_rehash_edges(EntDict *p, u32 nNew){
  u32 i, j;
  EntEdge *aNew = sqlite3_malloc64((sqlite3_int64)nNew*sizeof(EntEdge));
  if( aNew==0 ) return SQLITE_NOMEM;
  memset(aNew, 0, (size_t)nNew*sizeof(EntEdge));
  for(i=0; i<p->nEdgeSlot; i++){
    EntEdge *e = &p->aEdge[i];
    if( e->iChild==0 ) continue;
    for(j=ent_edge_slot(e->iParent, e->iTok, nNew); aNew[j].iChild; j=ENT_NEXT_SLOT(j, nNew)){}
    aNew[j] = *e;
  }
  sqlite3_free(p->aEdge);
  p->aEdge = aNew;
  p->nEdgeSlot = nNew;
  return SQLITE_OK;
}

/* Child of iNode by iTok, created if new; 0 on OOM. */
static u32 ent_add_child(EntDict *p, u32 iNode, u32 iTok){
  u32 iChild = ent_child(p, iNode, iTok), i;
  if( iChild ) return iChild;
  if( p->nNode>=0x7ffffff0u ) return 0;
  if( 2*(u64)(p->nEdge+1)>p->nEdgeSlot
   && ent_rehash_edges(p, p->nEdgeSlot ? 2*p->nEdgeSlot : 1024) ){
    return 0;
  }
  for(i=ent_edge_slot(iNode, iTok, p->nEdgeSlot); p->aEdge[i].iChild;
      i=ENT_NEXT_SLOT(i, p->nEdgeSlot)){}
  p->aEdge[i].iParent = iNode;
  p->aEdge[i].iTok = iTok;
  p->aEdge[i].iChild = ++p->nNode;
  p->nEdge++;
  return p->nNode;
}

/*************************************************************************
** Reading the dictionary table.
*/

/* A row waiting to be attached to its node. */
typedef struct EntPending EntPending;
struct EntPending { u32 iNode; EntEntry e; };

typedef struct EntBuild EntBuild;
struct EntBuild {
  EntPending *a;
  sqlite3_int64 n, nAlloc;
  NewsBuf key;
};

static int ent_pending_cmp(const void *pA, const void *pB){
  const EntPending *a = (const EntPending*)pA, *b = (const EntPending*)pB;
  if( a->iNode!=b->iNode ) return a->iNode<b->iNode ? -1 : 1;
  if( a->e.iEntity!=b->e.iEntity ) return a->e.iEntity<b->e.iEntity ? -1 : 1;
  if( a->e.iKind!=b->e.iKind ) return a->e.iKind<b->e.iKind ? -1 : 1;
  if( a->e.iAlias!=b->e.iAlias ) return a->e.iAlias<b->e.iAlias ? -1 : 1;
  if( a->e.flags!=b->e.flags ) return a->e.flags<b->e.flags ? -1 : 1;
  if( a->e.mUpper!=b->e.mUpper ) return a->e.mUpper<b->e.mUpper ? -1 : 1;
  return 0;
}

/* The default case rule: an alias without lower-case letters and with at
** most ENT_ACRONYM_LETTERS letters is an acronym, matched case-sensitively. */
static int ent_is_acronym(const char *z, int n){
  const unsigned char *zu = (const unsigned char*)z;
  int i = 0, nLetter = 0, nUpper = 0;
  while( i<n ){
    uint32_t cp;
    i += news_utf8_decode(zu, n, i, &cp);
    if( news_char_class(cp)!=NEWS_CC_LETTER ) continue;
    if( news_is_lower(cp) ) return 0;
    nLetter++;
    if( news_is_upper(cp) ) nUpper++;
  }
  return nUpper>0 && nLetter<=ENT_ACRONYM_LETTERS;
}

static u64 ent_hash_value(u64 h, sqlite3_stmt *pStmt, int iCol){
  const unsigned char *z;
  int n, i;
  if( iCol<0 ) return h;
  h = (h ^ (u64)sqlite3_column_type(pStmt, iCol)) * 0x100000001B3ull;
  z = sqlite3_column_text(pStmt, iCol);
  n = sqlite3_column_bytes(pStmt, iCol);
  for(i=0; i<n; i++) h = (h ^ z[i]) * 0x100000001B3ull;
  return (h ^ 0xFF) * 0x100000001B3ull;
}

/*
** True if the one-word alias z[0..n) can also be read as a date on its
** own or with a year after it: a weekday or month name ("Wednesday" of
** Sheffield Wednesday, "May", "March").  Such a match is checked against the date expressions around
** it before it is reported (ent_in_date()).
*/
static int ent_is_date_word(const char *z, int n){
  NewsDateMatch m;
  char zWithYear[32];
  if( n<3 || n>16 ) return 0;
  if( news_date_parse(z, n, 0, 0, &m) ) return 1;         /* Wednesday */
  memcpy(zWithYear, z, n);                                /* May 2020 */
  memcpy(zWithYear+n, " 2020", 5);
  return news_date_parse(zWithYear, n+5, 0, 0, &m);
}

/* Add one alias to the trie; returns SQLITE_OK or an error message. */
static int ent_add_alias(EntDict *p, EntBuild *b, const char *zAlias, int nAlias,
                         const char *zEntity, EntEntry *pEntry, char **pzErr){
  EntParts it;
  EntPart part;
  u32 iNode = 0;
  int nPart = 0, bLetter = 0;
  ent_parts_init(&it, zAlias, nAlias);
  while( ent_parts_next(&it, &part) ){
    u32 iTok;
    if( ++nPart>ENT_MAX_PARTS ){
      *pzErr = sqlite3_mprintf("alias '%.*s' is longer than %d words",
                               nAlias, zAlias, ENT_MAX_PARTS);
      return SQLITE_ERROR;
    }
    if( part.eKind!=NEWS_TOKEN_NUMBER && part.eKind!=NEWS_TOKEN_PUNCT
     && part.eKind!=NEWS_TOKEN_SYMBOL ){
      bLetter = 1;
    }
    news_buf_reset(&b->key);
    ent_fold_part(&b->key, zAlias+part.iStart, part.iEnd-part.iStart,
                  part.eKind, ENT_SHAPE_KEY, p->mOpt);
    if( b->key.rc ) return b->key.rc;
    iTok = news_intern_add(&p->tok, b->key.z, (int)b->key.n);
    if( iTok==ENT_NONE ) return p->tok.str.rc ? p->tok.str.rc : SQLITE_NOMEM;
    iNode = ent_add_child(p, iNode, iTok);
    if( iNode==0 ) return SQLITE_NOMEM;
    if( (part.flags & NEWS_TF_UPPER) && (pEntry->flags & ENT_CASE_IGNORED)==0 ){
      pEntry->mUpper |= (u64)1 << (nPart-1);
    }
  }
  if( nPart==0 ){
    *pzErr = sqlite3_mprintf("empty alias (entity '%s')", zEntity);
    return SQLITE_ERROR;
  }
  if( !bLetter ){
    /* Digits and punctuation alone ('3', '1,000') are not a name; the
    ** trie nodes made above stay unreachable as ends of a match. */
    p->nSkipped++;
    return SQLITE_OK;
  }
  if( nPart==1 && ent_is_date_word(zAlias, nAlias) ){
    pEntry->flags |= ENT_DATE_WORD;
  }
  if( b->n>=b->nAlloc ){
    sqlite3_int64 nNew = b->nAlloc ? 2*b->nAlloc : 256;
    EntPending *aNew = sqlite3_realloc64(b->a, nNew*sizeof(EntPending));
    if( aNew==0 ) return SQLITE_NOMEM;
    b->a = aNew;
    b->nAlloc = nNew;
  }
  b->a[b->n].iNode = iNode;
  b->a[b->n].e = *pEntry;
  b->n++;
  return SQLITE_OK;
}

/* Sort the pending rows by node, drop duplicates, index them by node. */
static int ent_attach_entries(EntDict *p, EntBuild *b){
  sqlite3_int64 i, n = 0;
  if( b->n>1 ) qsort(b->a, (size_t)b->n, sizeof(EntPending), ent_pending_cmp);
  p->aNodeFirst = sqlite3_malloc64(((sqlite3_int64)p->nNode+1)*sizeof(u32));
  p->aEntry = sqlite3_malloc64((b->n ? b->n : 1)*sizeof(EntEntry));
  if( p->aNodeFirst==0 || p->aEntry==0 ) return SQLITE_NOMEM;
  memset(p->aNodeFirst, 0, ((size_t)p->nNode+1)*sizeof(u32));
  for(i=0; i<b->n; i++){
    if( i>0 && ent_pending_cmp(&b->a[i-1], &b->a[i])==0 ) continue;
    if( i==0 || b->a[i-1].iNode!=b->a[i].iNode ){
      if( n>0 ) p->aEntry[n-1].flags |= ENT_LAST;
      p->aNodeFirst[b->a[i].iNode] = (u32)n + 1;
    }
    p->aEntry[n++] = b->a[i].e;
  }
  if( n>0 ) p->aEntry[n-1].flags |= ENT_LAST;
  p->nEntry = (u32)n;
  return SQLITE_OK;
}

/* Prepare "SELECT * FROM zName"; "db.table" also works. */
static int ent_prepare_dict(sqlite3 *db, const char *zName,
                            sqlite3_stmt **ppStmt, char **pzErr){
  const char *zDot = strchr(zName, '.');
  char *zSql = sqlite3_mprintf("SELECT * FROM \"%w\"", zName);
  int rc;
  if( zSql==0 ) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(db, zSql, -1, ppStmt, 0);
  sqlite3_free(zSql);
  if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM && zDot ){
    zSql = sqlite3_mprintf("SELECT * FROM \"%.*w\".\"%w\"",
                           (int)(zDot-zName), zName, zDot+1);
    if( zSql==0 ) return SQLITE_NOMEM;
    rc = sqlite3_prepare_v2(db, zSql, -1, ppStmt, 0);
    sqlite3_free(zSql);
  }
  if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
    *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
  }
  return rc;
}

/*
** Read dictionary zName.  With pDict, compile every row into it; without,
** only hash the rows.  *pHash receives the hash of the rows either way.
** Errors leave a message (without the function and table prefix, which
** the caller adds) in *pzErr.
*/
static int ent_read_dict(sqlite3 *db, const char *zName, EntDict *pDict,
                         u64 *pHash, char **pzErr){
  sqlite3_stmt *pStmt = 0;
  int iEntity = -1, iAlias = -1, iKind = -1, iCase = -1, i, rc;
  u64 h = 0xCBF29CE484222325ull;
  EntBuild b;
  memset(&b, 0, sizeof(b));

  rc = ent_prepare_dict(db, zName, &pStmt, pzErr);
  if( rc ) return rc;
  for(i=0; i<sqlite3_column_count(pStmt); i++){
    const char *zCol = sqlite3_column_name(pStmt, i);
    if( zCol==0 ) continue;
    if( sqlite3_stricmp(zCol, "entity")==0 && iEntity<0 ) iEntity = i;
    else if( sqlite3_stricmp(zCol, "alias")==0 && iAlias<0 ) iAlias = i;
    else if( sqlite3_stricmp(zCol, "kind")==0 && iKind<0 ) iKind = i;
    else if( sqlite3_stricmp(zCol, "case_sensitive")==0 && iCase<0 ) iCase = i;
  }
  if( iEntity<0 || iAlias<0 ){
    *pzErr = sqlite3_mprintf("no column \"%s\" (needed: entity, alias;"
                             " optional: kind, case_sensitive)",
                             iEntity<0 ? "entity" : "alias");
    sqlite3_finalize(pStmt);
    return SQLITE_ERROR;
  }
  while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
    const char *zAlias = (const char*)sqlite3_column_text(pStmt, iAlias);
    int nAlias = sqlite3_column_bytes(pStmt, iAlias);
    h = ent_hash_value(h, pStmt, iEntity);
    h = ent_hash_value(h, pStmt, iAlias);
    h = ent_hash_value(h, pStmt, iKind);
    h = ent_hash_value(h, pStmt, iCase);
    if( pDict ){
      EntEntry e;
      const char *zEntity = (const char*)sqlite3_column_text(pStmt, iEntity);
      int eCase = iCase<0 ? SQLITE_NULL : sqlite3_column_type(pStmt, iCase);
      memset(&e, 0, sizeof(e));
      if( zAlias==0 ){
        if( sqlite3_column_type(pStmt, iAlias)==SQLITE_NULL ){
          *pzErr = sqlite3_mprintf("alias is NULL (entity '%s')",
                                   zEntity ? zEntity : "NULL");
          rc = SQLITE_ERROR;
        }else{
          rc = SQLITE_NOMEM;
        }
        break;
      }
      if( zEntity==0 ){
        *pzErr = sqlite3_mprintf("entity is NULL (alias '%s')", zAlias);
        rc = SQLITE_ERROR;
        break;
      }
      if( eCase==SQLITE_NULL ){
        if( ent_is_acronym(zAlias, nAlias) ) e.flags |= ENT_CASE_SENSITIVE;
      }else{
        sqlite3_int64 v = sqlite3_column_int64(pStmt, iCase);
        if( (eCase!=SQLITE_INTEGER && eCase!=SQLITE_FLOAT)
         || sqlite3_column_double(pStmt, iCase)!=(double)v || (v!=0 && v!=1) ){
          *pzErr = sqlite3_mprintf("case_sensitive must be 0, 1 or NULL,"
                                   " not '%s' (alias '%s')",
                                   sqlite3_column_text(pStmt, iCase), zAlias);
          rc = SQLITE_ERROR;
          break;
        }
        e.flags |= v ? ENT_CASE_SENSITIVE : ENT_CASE_IGNORED;
      }
      e.iEntity = news_intern_add(&pDict->str, zEntity, sqlite3_column_bytes(pStmt, iEntity));
      e.iAlias = news_intern_add(&pDict->str, zAlias, nAlias);
      e.iKind = ENT_NONE;
      if( iKind>=0 && sqlite3_column_type(pStmt, iKind)!=SQLITE_NULL ){
        const char *zKind = (const char*)sqlite3_column_text(pStmt, iKind);
        e.iKind = zKind ? news_intern_add(&pDict->str, zKind, sqlite3_column_bytes(pStmt, iKind))
                        : ENT_NONE;
        if( zKind==0 || e.iKind==ENT_NONE ){ rc = SQLITE_NOMEM; break; }
      }
      if( e.iEntity==ENT_NONE || e.iAlias==ENT_NONE ){
        rc = pDict->str.str.rc ? pDict->str.str.rc : SQLITE_NOMEM;
        break;
      }
      rc = ent_add_alias(pDict, &b, zAlias, nAlias, zEntity, &e, pzErr);
      if( rc ) break;
      pDict->nRow++;
    }
  }
  if( rc==SQLITE_DONE ) rc = SQLITE_OK;
  if( rc==SQLITE_OK && pDict ) rc = ent_attach_entries(pDict, &b);
  if( rc!=SQLITE_OK && *pzErr==0 && rc!=SQLITE_NOMEM ){
    *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
  }
  sqlite3_finalize(pStmt);
  sqlite3_free(b.a);
  news_buf_free(&b.key);
  *pHash = h;
  return rc;
}

/*
** The freshness stamp: the connection's change counter (it counts this
** connection's writes, also inside a transaction), and for every attached
** database its data version (which moves when any connection commits a
** change) and schema cookie (DDL).  None of these moves when a transaction
** or savepoint is rolled back, so a stamp taken while this connection has
** a write transaction open is volatile: it is never trusted alone.
*/
static int ent_stamp(sqlite3 *db, sqlite3_int64 *pnChange, u64 *pH,
                     int *pbVolatile){
  sqlite3_stmt *pList = 0;
  u64 h = 0xCBF29CE484222325ull;
  int rc;
  *pnChange = sqlite3_total_changes64(db);
  *pbVolatile = 0;
  rc = sqlite3_prepare_v2(db, "PRAGMA database_list", -1, &pList, 0);
  while( rc==SQLITE_OK && sqlite3_step(pList)==SQLITE_ROW ){
    const char *zDb = (const char*)sqlite3_column_text(pList, 1);
    unsigned int v = 0;
    sqlite3_stmt *pCookie = 0;
    char *zSql;
    if( zDb==0 ) continue;
    if( sqlite3_txn_state(db, zDb)==SQLITE_TXN_WRITE ) *pbVolatile = 1;
    sqlite3_file_control(db, zDb, SQLITE_FCNTL_DATA_VERSION, &v);
    h = (h ^ v) * 0x100000001B3ull;
    zSql = sqlite3_mprintf("PRAGMA \"%w\".schema_version", zDb);
    if( zSql==0 ){ rc = SQLITE_NOMEM; break; }
    rc = sqlite3_prepare_v2(db, zSql, -1, &pCookie, 0);
    sqlite3_free(zSql);
    if( rc==SQLITE_OK && sqlite3_step(pCookie)==SQLITE_ROW ){
      h = (h ^ (u64)sqlite3_column_int64(pCookie, 0)) * 0x100000001B3ull;
    }
    sqlite3_finalize(pCookie);
  }
  sqlite3_finalize(pList);
  *pH = h;
  return rc;
}

/* The root's children by token, in an array: the one lookup made for
** every word of the text does not touch the big edge table. */
static int ent_index_root(EntDict *p){
  u32 i;
  p->aRoot = sqlite3_malloc64((sqlite3_int64)(p->tok.nString+1)*sizeof(u32));
  if( p->aRoot==0 ) return SQLITE_NOMEM;
  memset(p->aRoot, 0, (size_t)(p->tok.nString+1)*sizeof(u32));
  for(i=0; i<p->nEdgeSlot; i++){
    if( p->aEdge[i].iChild && p->aEdge[i].iParent==0 ){
      p->aRoot[p->aEdge[i].iTok] = p->aEdge[i].iChild;
    }
  }
  return SQLITE_OK;
}

static int ent_dict_compile(sqlite3 *db, const char *zName, int mOpt,
                            EntDict **ppDict, char **pzErr){
  EntDict *p = sqlite3_malloc(sizeof(*p));
  int rc;
  *ppDict = 0;
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->nRef = 1;
  p->mOpt = mOpt;
  p->zName = sqlite3_mprintf("%s", zName);
  if( p->zName==0 ){ ent_dict_free(p); return SQLITE_NOMEM; }
  rc = ent_stamp(db, &p->nChange, &p->hVersion, &p->bVolatile);
  if( rc==SQLITE_OK ) rc = ent_read_dict(db, zName, p, &p->hContent, pzErr);
  if( rc!=SQLITE_OK ){ ent_dict_free(p); return rc; }
  /* Give back what compiling needed: entity and alias strings are only
  ** read by id from now on; the word table and the edges are rehashed to
  ** be 4/7 full. */
  news_intern_shrink(&p->str);
  news_intern_drop_index(&p->str);
  news_intern_shrink(&p->tok);
  rc = ent_index_root(p);
  if( rc==SQLITE_OK && p->nEdgeSlot>p->nEdge+3*(p->nEdge/4)+16 ){
    ent_rehash_edges(p, p->nEdge+3*(p->nEdge/4)+16);  /* on OOM: keep it */
  }
  if( rc ){ ent_dict_free(p); return rc; }
  p->nByte = sizeof(*p) + news_intern_bytes(&p->str) + news_intern_bytes(&p->tok)
           + (sqlite3_int64)p->tok.nString*sizeof(u32)
           + (sqlite3_int64)p->nEdgeSlot*sizeof(EntEdge)
           + ((sqlite3_int64)p->nNode+1)*sizeof(u32)
           + (sqlite3_int64)p->nEntry*sizeof(EntEntry);
  *ppDict = p;
  return SQLITE_OK;
}

/*************************************************************************
** The per-connection cache.
*/
typedef struct EntCache EntCache;
struct EntCache {
  EntDict *apDict[ENT_CACHE_SIZE];  /* most recently used first */
  u64 iGen;                         /* compilations so far */
  int bBusy;                        /* reading a dictionary right now */
};

static void ent_cache_destroy(void *p){
  EntCache *pCache = (EntCache*)p;
  int i;
  for(i=0; i<ENT_CACHE_SIZE; i++) ent_dict_release(pCache->apDict[i]);
  sqlite3_free(pCache);
}

/* Is the cached p still what zName holds?  Re-stamps it if so. */
static int ent_dict_fresh(sqlite3 *db, EntDict *p, int *pbFresh, char **pzErr){
  sqlite3_int64 nChange;
  u64 hVersion, hContent;
  int bVolatile;
  int rc = ent_stamp(db, &nChange, &hVersion, &bVolatile);
  *pbFresh = 0;
  if( rc ) return rc;
  if( nChange==p->nChange && hVersion==p->hVersion && !p->bVolatile ){
    *pbFresh = 1;
    return SQLITE_OK;
  }
  rc = ent_read_dict(db, p->zName, 0, &hContent, pzErr);
  if( rc ) return rc;
  if( hContent==p->hContent ){
    p->nChange = nChange;
    p->hVersion = hVersion;
    p->bVolatile = bVolatile;
    *pbFresh = 1;
  }
  return SQLITE_OK;
}

/*
** A reference to the compiled dictionary zName with options mOpt.  Unless
** the caller already checked this very compilation (iGenChecked), it is
** checked for freshness first and recompiled if the table changed.
*/
static int ent_cache_get(EntCache *pCache, sqlite3 *db, const char *zName,
                         int mOpt, u64 iGenChecked, EntDict **ppDict,
                         char **pzErr){
  EntDict *p = 0;
  int i, rc = SQLITE_OK, bFresh = 0;
  *ppDict = 0;
  for(i=0; i<ENT_CACHE_SIZE && pCache->apDict[i]; i++){
    if( pCache->apDict[i]->mOpt==mOpt
     && strcmp(pCache->apDict[i]->zName, zName)==0 ) break;
  }
  if( i<ENT_CACHE_SIZE && pCache->apDict[i]
   && pCache->apDict[i]->iGen==iGenChecked ){
    p = pCache->apDict[i];
  }else if( pCache->bBusy ){
    *pzErr = sqlite3_mprintf("the dictionary cannot itself use entity_mentions()");
    return SQLITE_ERROR;
  }else{
    pCache->bBusy = 1;
    if( i<ENT_CACHE_SIZE && pCache->apDict[i] ){
      p = pCache->apDict[i];
      rc = ent_dict_fresh(db, p, &bFresh, pzErr);
      if( rc==SQLITE_OK && !bFresh ){
        EntDict *pNew = 0;
        rc = ent_dict_compile(db, zName, mOpt, &pNew, pzErr);
        if( rc==SQLITE_OK ){
          ent_dict_release(p);
          pCache->apDict[i] = p = pNew;
          p->iGen = ++pCache->iGen;
        }
      }
    }else{
      if( i==ENT_CACHE_SIZE ){
        i = ENT_CACHE_SIZE-1;
        ent_dict_release(pCache->apDict[i]);
        pCache->apDict[i] = 0;
      }
      rc = ent_dict_compile(db, zName, mOpt, &p, pzErr);
      if( rc==SQLITE_OK ){
        pCache->apDict[i] = p;
        p->iGen = ++pCache->iGen;
      }else{
        /* keep the list packed */
        memmove(&pCache->apDict[i], &pCache->apDict[i+1],
                (ENT_CACHE_SIZE-1-i)*sizeof(EntDict*));
        pCache->apDict[ENT_CACHE_SIZE-1] = 0;
      }
    }
    pCache->bBusy = 0;
    if( rc ) return rc;
  }
  /* move to the front */
  memmove(&pCache->apDict[1], &pCache->apDict[0], i*sizeof(EntDict*));
  pCache->apDict[0] = p;
  p->nRef++;
  *ppDict = p;
  return SQLITE_OK;
}

/*************************************************************************
** The cursor: leftmost-longest matching over a look-ahead window of parts.
*/
/* A part of the text, read with its dictionary ids. */
typedef struct EntWinPart EntWinPart;
struct EntWinPart {
  EntPart part;
  u32 iTok;          /* folded part's token id, or ENT_NONE */
  u32 iTokPoss;      /* the same without a possessive ending, or ENT_NONE */
  int nPossByte;     /* length of that ending in bytes */
  int bBreak;        /* a line break separates it from the previous part */
  int bLower;        /* written in lower case only */
  int bLetter;       /* has a letter */
};

/* How the document writes a dictionary token. */
typedef struct EntEvidence EntEvidence;
struct EntEvidence { u32 iTok; u32 bits; };   /* bits 0: empty slot */
#define ENT_EV_SEEN     0x01
#define ENT_EV_LOWER    0x02      /* in lower case somewhere */
#define ENT_EV_CAPFREE  0x04      /* capitalized where nothing forces it */

/* A trie node reached from the current position. */
typedef struct EntCand EntCand;
struct EntCand { int nPart; u32 iNode; int bPoss; u64 mLower; };

typedef struct EntCursor EntCursor;
struct EntCursor {
  NewsTvfCursor base;           /* Base class - must be first */
  EntDict *pDict;               /* compiled dictionary of this scan */
  u64 iGenChecked;              /* compilation this cursor found fresh */
  const char *z;                /* the text */
  int n;
  EntParts it;                  /* parts of the text */
  int bItEof;
  int iPrevEnd;                 /* byte end of the last part read */
  EntWinPart *aPart;            /* parts [iBase, iBase+nPart) of the text */
  int nPart, nPartAlloc;
  sqlite3_int64 iBase;
  sqlite3_int64 iPos;           /* where the next search starts */
  /* the current mention */
  int iStart, iEnd;
  sqlite3_int64 iCharStart, iCharEnd;
  u32 *aHit;                    /* entries reported for it */
  int nHit, nHitAlloc, iHit;
  /* capitalization evidence of the document, built when first needed */
  int bEvidence;
  EntEvidence *aEv;             /* hash table: token id -> ENT_EV_* */
  u32 nEvSlot, nEv;
  int iClassLine, eClass;       /* line class of line iClassLine (-1: none) */
  int rc;                       /* error while reading parts */
  NewsBuf key, textCase, textExact, aliasCase, aliasExact;
};

/* True if z[i..j) holds a line break. */
static int ent_line_break(const char *z, int i, int j){
  for(; i<j; i++){
    unsigned char c = (unsigned char)z[i];
    if( c=='\n' || c=='\r' || c==0x0B || c==0x0C ) return 1;
    if( c==0xC2 && i+1<j && (unsigned char)z[i+1]==0x85 ) return 1;   /* NEL */
    if( c==0xE2 && i+2<j && (unsigned char)z[i+1]==0x80
     && ((unsigned char)z[i+2]==0xA8 || (unsigned char)z[i+2]==0xA9) ) return 1;
  }
  return 0;
}

static void ent_note_evidence(EntCursor *p, const EntPart *t, u32 iTok, u32 iTokPoss);

/* Token ids of part t (folded with pKey as scratch): the whole part, and
** without its possessive ending; *pnPoss gets that ending's length. */
static void ent_part_tokens(EntCursor *p, NewsBuf *pKey, const EntPart *t,
                            u32 *piTok, u32 *piTokPoss, int *pnPoss){
  news_buf_reset(pKey);
  ent_fold_part(pKey, p->z+t->iStart, t->iEnd-t->iStart, t->eKind,
                ENT_SHAPE_KEY, p->pDict->mOpt);
  *piTok = pKey->rc ? ENT_NONE : news_intern_find(&p->pDict->tok, pKey->z, (int)pKey->n);
  *piTokPoss = ENT_NONE;
  *pnPoss = 0;
  if( t->eKind==NEWS_TOKEN_WORD && (t->flags & NEWS_TF_APOSTROPHE) && pKey->rc==SQLITE_OK ){
    int nPoss = news_possessive_len(p->z, t->iStart, t->iEnd);
    if( nPoss>0 ){
      /* the folded ending is "'s" or "'" */
      int nCut = (p->z[t->iEnd-1]=='s' || p->z[t->iEnd-1]=='S') ? 2 : 1;
      if( pKey->n>nCut ){
        *piTokPoss = news_intern_find(&p->pDict->tok, pKey->z, (int)pKey->n-nCut);
        *pnPoss = nPoss;
      }
    }
  }
}

static void ent_part_keys(EntCursor *p, EntWinPart *w){
  const EntPart *t = &w->part;
  ent_part_tokens(p, &p->key, t, &w->iTok, &w->iTokPoss, &w->nPossByte);
  w->bBreak = ent_line_break(p->z, p->iPrevEnd, t->iStart);
  w->bLower = (t->flags & (NEWS_TF_LOWER|NEWS_TF_UPPER))==NEWS_TF_LOWER;
  w->bLetter = t->eKind==NEWS_TOKEN_WORD || t->eKind==NEWS_TOKEN_ABBREV;
  if( !p->bEvidence ) ent_note_evidence(p, t, w->iTok, w->iTokPoss);
  p->iPrevEnd = t->iEnd;
}

/*
** Part number iAbs of the text, read as needed; NULL past the end.  Parts
** before p->iPos are dropped when room is needed, so at most
** ENT_READ_AHEAD parts (or a little more than the longest alias) are held.
*/
static EntWinPart *ent_part_at(EntCursor *p, sqlite3_int64 iAbs){
  while( iAbs>=p->iBase+p->nPart ){
    EntWinPart *w;
    if( p->bItEof ) return 0;
    if( p->nPart==p->nPartAlloc ){
      int nDrop = (int)(p->iPos - p->iBase);
      if( nDrop>0 && (p->nPart>=ENT_READ_AHEAD || nDrop>=p->nPart/2) ){
        memmove(p->aPart, p->aPart+nDrop, (size_t)(p->nPart-nDrop)*sizeof(EntWinPart));
        p->nPart -= nDrop;
        p->iBase += nDrop;
      }else{
        int nNew = p->nPartAlloc ? 2*p->nPartAlloc : 256;
        EntWinPart *aNew = sqlite3_realloc64(p->aPart, (sqlite3_int64)nNew*sizeof(EntWinPart));
        if( aNew==0 ){ p->rc = SQLITE_NOMEM; return 0; }
        p->aPart = aNew;
        p->nPartAlloc = nNew;
      }
    }
    w = &p->aPart[p->nPart];
    if( !ent_parts_next(&p->it, &w->part) ){
      p->bItEof = 1;
      /* the whole text was read once: its evidence is complete */
      if( p->iBase==0 ) p->bEvidence = 1;
      return 0;
    }
    ent_part_keys(p, w);
    p->nPart++;
  }
  return &p->aPart[iAbs - p->iBase];
}

/* Part iAbs, already read. */
#define ENT_PART(p, iAbs) (&(p)->aPart[(iAbs) - (p)->iBase])

static void ent_advance(EntCursor *p, sqlite3_int64 nPart){
  p->iPos += nPart;
}

/* Shape of the text span of cand (parts joined by \x1f). */
static void ent_text_shape(EntCursor *p, const EntCand *c, NewsBuf *pBuf,
                           int eShape){
  int k;
  news_buf_reset(pBuf);
  for(k=0; k<c->nPart; k++){
    const EntWinPart *w = ENT_PART(p, p->iPos+k);
    int iEnd = w->part.iEnd;
    if( c->bPoss && k==c->nPart-1 ) iEnd -= w->nPossByte;
    ent_fold_part(pBuf, p->z+w->part.iStart, iEnd-w->part.iStart,
                  w->part.eKind, eShape, p->pDict->mOpt);
    news_buf_appendc(pBuf, 0x1F);
  }
}

static void ent_alias_shape(const EntDict *pDict, const char *zAlias,
                            NewsBuf *pBuf, int eShape){
  EntParts it;
  EntPart part;
  news_buf_reset(pBuf);
  ent_parts_init(&it, zAlias, (int)strlen(zAlias));
  while( ent_parts_next(&it, &part) ){
    ent_fold_part(pBuf, zAlias+part.iStart, part.iEnd-part.iStart,
                  part.eKind, eShape, pDict->mOpt);
    news_buf_appendc(pBuf, 0x1F);
  }
}

static int ent_buf_eq(const NewsBuf *a, const NewsBuf *b){
  return a->n==b->n && (a->n==0 || memcmp(a->z, b->z, (size_t)a->n)==0);
}

static int ent_add_hit(EntCursor *p, u32 iEntry){
  if( p->nHit>=p->nHitAlloc ){
    int nNew = p->nHitAlloc ? 2*p->nHitAlloc : 8;
    u32 *aNew = sqlite3_realloc64(p->aHit, (sqlite3_int64)nNew*sizeof(u32));
    if( aNew==0 ) return SQLITE_NOMEM;
    p->aHit = aNew;
    p->nHitAlloc = nNew;
  }
  p->aHit[p->nHit++] = iEntry;
  return SQLITE_OK;
}

static int ent_forced(const EntPart *t){
  return news_cap_is_forced(t->flags, t->iCharEnd - t->iCharStart);
}

/* Evidence bits of token iTok (0 if the document never writes it). */
static u32 ent_ev_get(const EntCursor *p, u32 iTok){
  u32 mask = p->nEvSlot - 1, i;
  if( p->nEvSlot==0 ) return 0;
  for(i=(iTok*0x9E3779B1u) & mask; p->aEv[i].bits; i=(i+1) & mask){
    if( p->aEv[i].iTok==iTok ) return p->aEv[i].bits;
  }
  return 0;
}

static int ent_ev_add(EntCursor *p, u32 iTok, u32 bits){
  u32 mask, i;
  if( 2*(p->nEv+1)>p->nEvSlot ){
    u32 nNew = p->nEvSlot ? 2*p->nEvSlot : 256, j;
    EntEvidence *aNew = sqlite3_malloc64((sqlite3_int64)nNew*sizeof(EntEvidence));
    if( aNew==0 ) return SQLITE_NOMEM;
    memset(aNew, 0, (size_t)nNew*sizeof(EntEvidence));
    for(j=0; j<p->nEvSlot; j++){
      if( p->aEv[j].bits==0 ) continue;
      for(i=(p->aEv[j].iTok*0x9E3779B1u) & (nNew-1); aNew[i].bits; i=(i+1) & (nNew-1)){}
      aNew[i] = p->aEv[j];
    }
    sqlite3_free(p->aEv);
    p->aEv = aNew;
    p->nEvSlot = nNew;
  }
  mask = p->nEvSlot - 1;
  for(i=(iTok*0x9E3779B1u) & mask; p->aEv[i].bits; i=(i+1) & mask){
    if( p->aEv[i].iTok==iTok ){ p->aEv[i].bits |= bits; return SQLITE_OK; }
  }
  p->aEv[i].iTok = iTok;
  p->aEv[i].bits = bits | ENT_EV_SEEN;
  p->nEv++;
  return SQLITE_OK;
}

/* Class of the line that starts at byte iLine (the last one is cached). */
static int ent_line_class(EntCursor *p, int iLine){
  if( iLine!=p->iClassLine ){
    p->iClassLine = iLine;
    p->eClass = news_line_class(p->z, p->n, iLine);
  }
  return p->eClass;
}

/*
** Note how part t writes its dictionary tokens: in lower case, or
** capitalized where nothing forces a capital (mid-sentence on an ordinary
** line).  Errors are kept in p->rc.
*/
static void ent_note_evidence(EntCursor *p, const EntPart *t, u32 iTok, u32 iTokPoss){
  u32 bits;
  if( iTok==ENT_NONE && iTokPoss==ENT_NONE ) return;
  if( t->eKind!=NEWS_TOKEN_WORD && t->eKind!=NEWS_TOKEN_ABBREV ) return;
  if( (t->flags & (NEWS_TF_LOWER|NEWS_TF_UPPER))==NEWS_TF_LOWER ){
    bits = ENT_EV_LOWER;
  }else if( (t->flags & NEWS_TF_CAPITAL) && !ent_forced(t)
         && ent_line_class(p, t->iLine)==NEWS_LINE_TEXT ){
    bits = ENT_EV_CAPFREE;
  }else{
    return;
  }
  if( iTok!=ENT_NONE && p->rc==SQLITE_OK ) p->rc = ent_ev_add(p, iTok, bits);
  if( iTokPoss!=ENT_NONE && p->rc==SQLITE_OK ) p->rc = ent_ev_add(p, iTokPoss, bits);
}

/*
** The evidence of the whole document, for a text longer than
** ENT_READ_AHEAD parts (shorter ones note it while they are read).
*/
static int ent_build_evidence(EntCursor *p){
  EntParts it;
  EntPart part;
  NewsBuf key;
  news_buf_init(&key);
  ent_parts_init(&it, p->z, p->n);
  while( p->rc==SQLITE_OK && ent_parts_next(&it, &part) ){
    u32 iTok, iTokPoss;
    int nPoss;
    if( part.eKind!=NEWS_TOKEN_WORD && part.eKind!=NEWS_TOKEN_ABBREV ) continue;
    ent_part_tokens(p, &key, &part, &iTok, &iTokPoss, &nPoss);
    if( key.rc ){ p->rc = key.rc; break; }
    ent_note_evidence(p, &part, iTok, iTokPoss);
  }
  news_buf_free(&key);
  p->bEvidence = 1;
  return p->rc;
}

/*
** True if every word of candidate c has a capital only because of where it
** stands (sentence or line start, capitals or title-case line) while the
** document writes it in lower case elsewhere and never capitalizes it
** mid-sentence: "The" opening a sentence, "IN" in a headline.  Such a
** match is the common word, not the name.
*/
static int ent_is_common_word(EntCursor *p, const EntCand *c, int *pRc){
  int k, bAllForced = 1, nLetter = 0;
  for(k=0; k<c->nPart; k++){
    const EntWinPart *w = ENT_PART(p, p->iPos+k);
    if( w->bLetter && !ent_forced(&w->part) ){ bAllForced = 0; break; }
  }
  if( !bAllForced && ent_line_class(p, ENT_PART(p, p->iPos)->part.iLine)==NEWS_LINE_TEXT ){
    return 0;
  }
  if( !p->bEvidence && (*pRc = ent_build_evidence(p))!=SQLITE_OK ) return 0;
  for(k=0; k<c->nPart; k++){
    const EntWinPart *w = ENT_PART(p, p->iPos+k);
    u32 bits;
    if( !w->bLetter ) continue;
    bits = ent_ev_get(p, (c->bPoss && k==c->nPart-1) ? w->iTokPoss : w->iTok);
    if( (bits & ENT_EV_LOWER)==0 || (bits & ENT_EV_CAPFREE) ) return 0;
    nLetter++;
  }
  return nLetter>0;
}

/*
** Choose the dictionary rows reported for candidate c: those whose case
** rule accepts the text, at the best fit level.  Sets p->nHit (0 if no
** row accepts it).
*/
static int ent_select(EntCursor *p, const EntCand *c){
  const EntDict *d = p->pDict;
  u32 iFirst = d->aNodeFirst[c->iNode] - 1, i;
  int bShapes = 0, iBest = -1, bCommon = -1, rc = SQLITE_OK;
  p->nHit = 0;
  p->iHit = 0;
  for(i=iFirst; ; i++){
    const EntEntry *e = &d->aEntry[i];
    const char *zAlias = news_intern_str(&d->str, e->iAlias);
    int iLevel;
    /* a capital in the alias never matches a word written in lower case,
    ** nor a capital that only position put there */
    if( (e->mUpper & c->mLower)==0 && e->mUpper && (e->flags & ENT_CASE_IGNORED)==0 ){
      if( bCommon<0 ){
        bCommon = ent_is_common_word(p, c, &rc);
        if( rc ) return rc;
      }
      if( bCommon ){ p->nHit = 0; return SQLITE_OK; }
    }
    if( e->mUpper & c->mLower ){
      if( e->flags & ENT_LAST ) break;
      continue;
    }
    if( (e->flags & (ENT_LAST|ENT_CASE_SENSITIVE))==ENT_LAST && i==iFirst ){
      return ent_add_hit(p, i);       /* the only row, no case rule */
    }
    if( !bShapes ){
      ent_text_shape(p, c, &p->textCase, ENT_SHAPE_CASE);
      ent_text_shape(p, c, &p->textExact, ENT_SHAPE_EXACT);
      bShapes = 1;
    }
    ent_alias_shape(d, zAlias, &p->aliasCase, ENT_SHAPE_CASE);
    ent_alias_shape(d, zAlias, &p->aliasExact, ENT_SHAPE_EXACT);
    if( p->textCase.rc || p->textExact.rc || p->aliasCase.rc || p->aliasExact.rc ){
      return SQLITE_NOMEM;
    }
    if( ent_buf_eq(&p->textExact, &p->aliasExact) ) iLevel = 2;
    else if( ent_buf_eq(&p->textCase, &p->aliasCase) ) iLevel = 1;
    else iLevel = 0;
    if( iLevel>0 || (e->flags & ENT_CASE_SENSITIVE)==0 ){
      if( iLevel>iBest ){ iBest = iLevel; p->nHit = 0; }
      if( iLevel==iBest && (rc = ent_add_hit(p, i))!=SQLITE_OK ) return rc;
    }
    if( e->flags & ENT_LAST ) break;
  }
  return SQLITE_OK;
}

/* Callback of ent_in_date(): stop at a date covering the span. */
typedef struct EntDateSpan EntDateSpan;
struct EntDateSpan { int iStart, iEnd; };
static int ent_date_covers(void *pCtx, const NewsDateMatch *m){
  const EntDateSpan *sp = (const EntDateSpan*)pCtx;
  return m->iStart<=sp->iStart && m->iEnd>=sp->iEnd;
}

/*
** True if z[iStart..iEnd) is part of a date expression ("on Wednesday",
** "in May 2024"), looking at the text around it only.  A date word inside
** a date is the date, not the name that shares its spelling.
*/
#define ENT_DATE_WINDOW 48        /* bytes of context on each side */
static int ent_in_date(const EntCursor *p, int iStart, int iEnd){
  EntDateSpan sp;
  int i = iStart>ENT_DATE_WINDOW ? iStart-ENT_DATE_WINDOW : 0;
  int j = iEnd+ENT_DATE_WINDOW<p->n ? iEnd+ENT_DATE_WINDOW : p->n;
  while( i<iStart && ((unsigned char)p->z[i] & 0xC0)==0x80 ) i++;
  while( j<p->n && ((unsigned char)p->z[j] & 0xC0)==0x80 ) j++;
  sp.iStart = iStart - i;
  sp.iEnd = iEnd - i;
  return news_dates_scan(p->z+i, j-i, 0, 0, ent_date_covers, &sp)==1;
}

/* Find the next mention at or after p->iPos, or set EOF. */
static int ent_find(EntCursor *p){
  const EntDict *d = p->pDict;
  EntCand aCand[2*ENT_MAX_PARTS];
  for(;;){
    EntWinPart *w = ent_part_at(p, p->iPos);
    u32 iNode = 0;
    u64 mLower = 0;
    int k, nCand = 0, rc;
    if( w==0 ){ p->base.bEof = 1; return p->rc; }
    if( w->iTok==ENT_NONE && w->iTokPoss==ENT_NONE ){ ent_advance(p, 1); continue; }
    for(k=0; k<ENT_MAX_PARTS; k++){
      u32 iChild;
      if( k>0 ){
        w = ent_part_at(p, p->iPos+k);
        if( w==0 || w->bBreak ) break;
      }
      if( w->bLower ) mLower |= (u64)1 << k;
      if( w->iTokPoss!=ENT_NONE ){
        iChild = ent_child(d, iNode, w->iTokPoss);
        if( iChild && d->aNodeFirst[iChild] ){
          aCand[nCand].nPart = k+1; aCand[nCand].iNode = iChild;
          aCand[nCand].mLower = mLower;
          aCand[nCand++].bPoss = 1;
        }
      }
      if( w->iTok==ENT_NONE ) break;
      iChild = ent_child(d, iNode, w->iTok);
      if( iChild==0 ) break;
      if( d->aNodeFirst[iChild] ){
        aCand[nCand].nPart = k+1; aCand[nCand].iNode = iChild;
        aCand[nCand].mLower = mLower;
        aCand[nCand++].bPoss = 0;
      }
      iNode = iChild;
    }
    /* longest first; at equal length the whole word before its possessive */
    for(k=nCand-1; k>=0; k--){
      const EntCand *c = &aCand[k];
      rc = ent_select(p, c);
      if( rc ) return rc;
      if( p->nHit>0 && c->nPart==1
       && (d->aEntry[p->aHit[0]].flags & ENT_DATE_WORD)
       && ent_in_date(p, ENT_PART(p, p->iPos)->part.iStart,
                      ENT_PART(p, p->iPos)->part.iEnd) ){
        p->nHit = 0;                  /* "on Wednesday": a date */
      }
      if( p->nHit>0 ){
        const EntWinPart *wFirst = ENT_PART(p, p->iPos);
        const EntWinPart *wLast = ENT_PART(p, p->iPos+c->nPart-1);
        p->iStart = wFirst->part.iStart;
        p->iCharStart = wFirst->part.iCharStart;
        p->iEnd = wLast->part.iEnd;
        p->iCharEnd = wLast->part.iCharEnd;
        if( c->bPoss ){
          p->iEnd -= wLast->nPossByte;
          p->iCharEnd -= news_utf8_count(p->z+p->iEnd, wLast->nPossByte);
        }
        ent_advance(p, c->nPart);
        return SQLITE_OK;
      }
    }
    ent_advance(p, 1);
  }
}

static int entNext(NewsTvfCursor *cur){
  EntCursor *p = (EntCursor*)cur;
  if( p->iHit+1<p->nHit ){
    p->iHit++;
    return SQLITE_OK;
  }
  return ent_find(p);
}

/*
** Parse the options argument: words separated by spaces or commas.
** Returns NULL, or an error message (sqlite3_free() it) for zFunc.
*/
static char *ent_parse_options(const char *zFunc, const char *z, int n, int *pmOpt){
  int i = 0;
  *pmOpt = 0;
  while( i<n ){
    int j;
    while( i<n && (z[i]==' ' || z[i]==',' || z[i]=='\t') ) i++;
    for(j=i; j<n && z[j]!=' ' && z[j]!=',' && z[j]!='\t'; j++){}
    if( j==i ) break;
    if( j-i==17 && sqlite3_strnicmp(z+i, "ignore_diacritics", 17)==0 ){
      *pmOpt |= ENT_OPT_DIACRITICS;
    }else{
      char *zErr = sqlite3_mprintf("%s(): unknown option '%.*s' (known: ignore_diacritics)",
                                   zFunc, j-i, z+i);
      return zErr ? zErr : sqlite3_mprintf("out of memory");
    }
    i = j;
  }
  return 0;
}

/* Called before each scan and at close: buffers are freed each time, which
** costs little next to a scan and keeps no memory between statements. */
static void entReset(NewsTvfCursor *cur){
  EntCursor *p = (EntCursor*)cur;
  ent_dict_release(p->pDict);
  p->pDict = 0;
  sqlite3_free(p->aHit);
  p->aHit = 0;
  sqlite3_free(p->aEv);
  p->aEv = 0;
  p->nEv = p->nEvSlot = 0;
  sqlite3_free(p->aPart);
  p->aPart = 0;
  p->nPart = p->nPartAlloc = 0;
  p->nHit = p->nHitAlloc = p->iHit = 0;
  news_buf_free(&p->key);
  news_buf_free(&p->textCase);
  news_buf_free(&p->textExact);
  news_buf_free(&p->aliasCase);
  news_buf_free(&p->aliasExact);
}

/*
** Each scan takes a reference to the compiled dictionary from the cache.
** Only the first scan of a cursor (the first row of a join: once per
** statement) checks it for freshness; later scans of the same cursor find
** the same compilation and trust it.
*/
static int entStart(NewsTvfCursor *cur, sqlite3_value **apArg){
  EntCursor *p = (EntCursor*)cur;
  EntCache *pCache = (EntCache*)cur->pAux;
  const char *zText, *zName, *zOpt;
  int nText, nName, nOpt, mOpt = 0, rc;
  char *zErr = 0;

  rc = news_tvf_arg_text(cur, apArg, 0, &zText, &nText);
  if( rc==SQLITE_OK ) rc = news_tvf_arg_text(cur, apArg, 1, &zName, &nName);
  if( rc==SQLITE_OK ) rc = news_tvf_arg_text(cur, apArg, 2, &zOpt, &nOpt);
  if( rc ) return rc;
  if( zName==0 ){
    return news_tvf_error(cur, "entity_mentions(): argument 2 (dictionary)"
                          " must be a table name, not NULL");
  }
  if( zOpt && (zErr = ent_parse_options("entity_mentions", zOpt, nOpt, &mOpt))!=0 ){
    rc = news_tvf_error(cur, "%s", zErr);
    sqlite3_free(zErr);
    return rc;
  }
  rc = ent_cache_get(pCache, cur->db, zName, mOpt, p->iGenChecked,
                     &p->pDict, &zErr);
  if( rc ){
    if( zErr && strncmp(zErr, "entity_mentions(): ", 19)==0 ){
      rc = news_tvf_error(cur, "%s", zErr);   /* from a nested call */
    }else if( zErr ){
      rc = news_tvf_error(cur, "entity_mentions(): dictionary \"%s\": %s",
                          zName, zErr);
    }
    sqlite3_free(zErr);
    return rc;
  }
  p->iGenChecked = p->pDict->iGen;
  if( zText==0 ){ cur->bEof = 1; return SQLITE_OK; }
  p->z = zText;
  p->n = nText;
  ent_parts_init(&p->it, zText, nText);
  p->bItEof = 0;
  p->iPrevEnd = 0;
  p->iBase = p->iPos = 0;
  p->nPart = 0;
  p->rc = SQLITE_OK;
  p->nHit = p->iHit = 0;
  p->bEvidence = 0;
  p->nEv = 0;
  if( p->aEv ) memset(p->aEv, 0, (size_t)p->nEvSlot*sizeof(EntEvidence));
  p->iClassLine = -1;
  /* Read ahead: a text of up to ENT_READ_AHEAD parts is read once, with
  ** its capitalization evidence; a longer one is streamed. */
  ent_part_at(p, ENT_READ_AHEAD-1);
  if( p->rc ) return p->rc;
  return ent_find(p);
}

static int entColumn(NewsTvfCursor *cur, sqlite3_context *ctx, int iCol){
  EntCursor *p = (EntCursor*)cur;
  const EntDict *d = p->pDict;
  const EntEntry *e = &d->aEntry[p->aHit[p->iHit]];
  switch( iCol ){
    case 0:
      sqlite3_result_text(ctx, news_intern_str(&d->str, e->iEntity), -1, SQLITE_TRANSIENT);
      break;
    case 1:
      sqlite3_result_text(ctx, news_intern_str(&d->str, e->iAlias), -1, SQLITE_TRANSIENT);
      break;
    case 2:
      if( e->iKind!=ENT_NONE ){
        sqlite3_result_text(ctx, news_intern_str(&d->str, e->iKind), -1, SQLITE_TRANSIENT);
      }
      break;
    case 3:
      sqlite3_result_text(ctx, p->z + p->iStart, p->iEnd - p->iStart,
                          SQLITE_TRANSIENT);
      break;
    case 4:
      sqlite3_result_int64(ctx, p->iCharStart);
      break;
    default:
      sqlite3_result_int64(ctx, p->iCharEnd);
      break;
  }
  return SQLITE_OK;
}

static const NewsTvfModule entModule = {
  /* zName        */ "entity_mentions",
  /* zColumns     */ "entity TEXT, alias TEXT, kind TEXT, text TEXT,"
                     " start INTEGER, \"end\" INTEGER",
  /* nColumn      */ 6,
  /* azArg        */ {"document", "dictionary", "options"},
  /* nArg         */ 3,
  /* nRequired    */ 2,
  /* nRowEstimate */ 10,
  /* szCursor     */ sizeof(EntCursor),
  /* xStart       */ entStart,
  /* xNext        */ entNext,
  /* xColumn      */ entColumn,
  /* xReset       */ entReset
};

/*
** entity_dictionary(dictionary [, options]) -> JSON: what the compiled
** dictionary holds, compiling it if needed:
**   {"rows":..,"aliases":..,"skipped":..,"words":..,"nodes":..,"bytes":..}
** rows read, dictionary entries kept (identical rows count once), aliases
** without a letter (never matched), distinct folded words, trie nodes,
** and the memory it holds.
*/
static void entDictionaryFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  EntCache *pCache = (EntCache*)sqlite3_user_data(ctx);
  const char *zName, *zOpt = 0;
  int nName, nOpt = 0, mOpt = 0, rc;
  EntDict *p = 0;
  char *zErr = 0, *zJson;
  if( news_arg_text(ctx, "entity_dictionary", 1, "dictionary", argv[0], &zName, &nName) ) return;
  if( argc>1 && news_arg_text(ctx, "entity_dictionary", 2, "options", argv[1], &zOpt, &nOpt) ){
    return;
  }
  if( zName==0 ) return;
  if( zOpt && (zErr = ent_parse_options("entity_dictionary", zOpt, nOpt, &mOpt))!=0 ){
    sqlite3_result_error(ctx, zErr, -1);
    sqlite3_free(zErr);
    return;
  }
  rc = ent_cache_get(pCache, sqlite3_context_db_handle(ctx), zName, mOpt, 0, &p, &zErr);
  if( rc ){
    if( zErr ){
      char *zMsg = sqlite3_mprintf("entity_dictionary(): dictionary \"%s\": %s", zName, zErr);
      sqlite3_result_error(ctx, zMsg ? zMsg : "out of memory", -1);
      sqlite3_free(zMsg);
    }else{
      sqlite3_result_error_code(ctx, rc);
    }
    sqlite3_free(zErr);
    return;
  }
  zJson = sqlite3_mprintf("{\"rows\":%lld,\"aliases\":%u,\"skipped\":%lld,"
                          "\"words\":%u,\"nodes\":%u,\"bytes\":%lld}",
                          p->nRow, p->nEntry, p->nSkipped, p->tok.nString,
                          p->nNode+1, p->nByte);
  ent_dict_release(p);
  if( zJson==0 ){ sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_text(ctx, zJson, -1, sqlite3_free);
}

int news_entities_register(sqlite3 *db){
  EntCache *pCache = sqlite3_malloc(sizeof(*pCache));
  int rc;
  if( pCache==0 ) return SQLITE_NOMEM;
  memset(pCache, 0, sizeof(*pCache));
  rc = news_tvf_register(db, &entModule, pCache, ent_cache_destroy);
  /* the cache lives as long as the module, which outlives the function's
  ** calls: both go when the connection closes */
  if( rc==SQLITE_OK ){
    rc = sqlite3_create_function(db, "entity_dictionary", 1, SQLITE_UTF8, pCache,
                                 entDictionaryFunc, 0, 0);
  }
  if( rc==SQLITE_OK ){
    rc = sqlite3_create_function(db, "entity_dictionary", 2, SQLITE_UTF8, pCache,
                                 entDictionaryFunc, 0, 0);
  }
  return rc;
}
