/*
** eval_entities.c - accuracy of entity_mentions() and entity_candidates()
** on CORPUS/conll2003/ *.jsonl (Reuters news with gold entity spans).
**
**   build/tests/eval_entities --corpus ../shared/corpus
**
** Gazetteer protocol (as ../shared/eval/make_gazetteer.py + score_entities.py
** --mode gazetteer): the dictionary of a file is every distinct gold
** entity string of that file (entity = alias = the string, kind = its most
** frequent gold type, ties to the alphabetically first); entity_mentions()
** runs on every document; its spans are scored against the gold spans,
** untyped: strict (same start and end, one-to-one) and overlap (a maximum
** one-to-one matching of overlapping spans) precision, recall and F1.  The
** remaining errors are then sorted by cause.
**
** Discovery protocol (score_entities.py --mode discovery): the spans of
** entity_candidates() scored the same way, and the kind guess compared with
** the gold type of strictly matched PER, ORG and LOC mentions
** (person/organization/place; unknown counts as wrong).
**
** Prints per file and overall; deterministic.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"

typedef struct Span Span;
struct Span {
  int s, e;             /* character offsets */
  char zType[16];       /* gold type, or predicted kind */
  char *zText;          /* gold or predicted text (malloc'd) */
  int iMatch;           /* strict partner, -1 */
  int iRelaxed;         /* overlap partner, -1 */
};

typedef struct Counts Counts;
struct Counts {
  long nGold, nPred, nStrict, nRelaxed;
  long nKindGold, nKindOk, nKindGuessed;      /* discovery: PER/ORG/LOC */
  long aKind[3][4];                            /* gold PER/ORG/LOC x guess */
  long aCause[8];                              /* gazetteer errors by cause */
};

/* Causes of gazetteer errors. */
enum {
  C_FP_AMBIGUOUS,       /* an alias where the annotators saw no entity */
  C_FP_HYPHEN,          /* part of a hyphenated word */
  C_BOUNDARY_LONGER,    /* a longer alias overlapped the gold span */
  C_BOUNDARY_OTHER,     /* other overlap (shorter match, split gold) */
  C_FN_LINEBREAK,       /* the gold span crosses a line break */
  C_FN_NOLETTER,        /* alias without a letter (never matched) */
  C_FN_CASE,            /* rejected by a capitalization rule */
  C_FN_OTHER
};
static const char *azCause[] = {
  "FP: alias used where the gold has no entity (ambiguity)",
  "FP: name inside a hyphenated word (pro-Moscow)",
  "boundary: a longer alias covered the gold mention",
  "boundary: other overlap",
  "FN: gold mention crosses a line break",
  "FN: alias without a letter (digits, punctuation)",
  "FN: read as a common word (capital forced by position)",
  "FN: other",
};

/* Top error strings, for the report. */
#define MAX_TOP 4000
typedef struct Top Top;
struct Top { char *z; int n; };
static Top aTopFp[MAX_TOP], aTopFn[MAX_TOP];
static int nTopFp = 0, nTopFn = 0;

static void top_add(Top *a, int *pn, const char *z){
  int i;
  for(i=0; i<*pn; i++){
    if( strcmp(a[i].z, z)==0 ){ a[i].n++; return; }
  }
  if( *pn<MAX_TOP ){
    a[*pn].z = strdup(z);
    a[*pn].n = 1;
    (*pn)++;
  }
}

static int top_cmp(const void *pa, const void *pb){
  const Top *a = pa, *b = pb;
  if( a->n!=b->n ) return b->n - a->n;
  return strcmp(a->z, b->z);
}

static void top_clear(Top *a, int *pn){
  int i;
  for(i=0; i<*pn; i++) free(a[i].z);
  *pn = 0;
}

static void top_print(const char *zLabel, Top *a, int *pn, int nShow){
  int i;
  qsort(a, *pn, sizeof(Top), top_cmp);
  printf("    %s:", zLabel);
  for(i=0; i<*pn && i<nShow; i++) printf(" %s (%d)%s", a[i].z, a[i].n, i+1<nShow && i+1<*pn ? "," : "");
  printf("\n");
  top_clear(a, pn);
}

static int overlap(const Span *a, const Span *b){
  return a->s<b->e && b->s<a->e;
}

/* Kuhn's augmenting paths: maximum one-to-one matching of overlaps. */
static int augment(Span *aG, int nG, Span *aP, int nP, int g, char *aSeen){
  int p;
  for(p=0; p<nP; p++){
    if( aSeen[p] || !overlap(&aG[g], &aP[p]) ) continue;
    aSeen[p] = 1;
    if( aP[p].iRelaxed<0 || augment(aG, nG, aP, nP, aP[p].iRelaxed, aSeen) ){
      aP[p].iRelaxed = g;
      aG[g].iRelaxed = p;
      return 1;
    }
  }
  return 0;
}

static void match(Span *aG, int nG, Span *aP, int nP, Counts *c){
  int g, p;
  char *aSeen = calloc(nP+1, 1);
  for(g=0; g<nG; g++){ aG[g].iMatch = -1; aG[g].iRelaxed = -1; }
  for(p=0; p<nP; p++){ aP[p].iMatch = -1; aP[p].iRelaxed = -1; }
  for(g=0; g<nG; g++){
    for(p=0; p<nP; p++){
      if( aP[p].iMatch<0 && aP[p].s==aG[g].s && aP[p].e==aG[g].e ){
        aP[p].iMatch = g; aG[g].iMatch = p; c->nStrict++;
        break;
      }
    }
  }
  for(g=0; g<nG; g++){
    memset(aSeen, 0, nP+1);
    if( augment(aG, nG, aP, nP, g, aSeen) ) c->nRelaxed++;
  }
  free(aSeen);
  c->nGold += nG;
  c->nPred += nP;
}

static void free_spans(Span *a, int n){
  int i;
  for(i=0; i<n; i++) free(a[i].zText);
  free(a);
}

/* Spans of one query: (doc, start, end, type, text) rows ordered by doc. */
static Span *read_spans(sqlite3_stmt *p, int iDoc, int *pn, int *pbMore){
  Span *a = 0;
  int n = 0, nAlloc = 0;
  while( *pbMore && sqlite3_column_int(p, 0)==iDoc ){
    const char *zType = (const char*)sqlite3_column_text(p, 3);
    const char *zText = (const char*)sqlite3_column_text(p, 4);
    if( n==nAlloc ){
      nAlloc = nAlloc ? 2*nAlloc : 64;
      a = realloc(a, nAlloc*sizeof(Span));
    }
    a[n].s = sqlite3_column_int(p, 1);
    a[n].e = sqlite3_column_int(p, 2);
    snprintf(a[n].zType, sizeof(a[n].zType), "%s", zType ? zType : "");
    a[n].zText = strdup(zText ? zText : "");
    n++;
    *pbMore = sqlite3_step(p)==SQLITE_ROW;
  }
  *pn = n;
  return a;
}

static int has_letter(const char *z){
  for(; *z; z++){
    if( (*z>='a' && *z<='z') || (*z>='A' && *z<='Z') || (unsigned char)*z>=0x80 ) return 1;
  }
  return 0;
}

/* Why was gold mention g (of text zDoc) missed or a prediction wrong? */
static void gazetteer_causes(const char *zDoc, Span *aG, int nG, Span *aP, int nP,
                             Counts *c){
  int g, p;
  for(p=0; p<nP; p++){
    if( aP[p].iMatch>=0 ) continue;
    if( aP[p].iRelaxed<0 ){
      int bHyphen = (aP[p].s>0 && zDoc[aP[p].s-1]=='-') || zDoc[aP[p].e]=='-';
      c->aCause[bHyphen ? C_FP_HYPHEN : C_FP_AMBIGUOUS]++;
      top_add(aTopFp, &nTopFp, aP[p].zText);
    }else{
      const Span *pg = &aG[aP[p].iRelaxed];
      c->aCause[(aP[p].s<=pg->s && aP[p].e>=pg->e) ? C_BOUNDARY_LONGER : C_BOUNDARY_OTHER]++;
    }
  }
  for(g=0; g<nG; g++){
    if( aG[g].iMatch>=0 || aG[g].iRelaxed>=0 ) continue;
    if( memchr(zDoc+aG[g].s, '\n', aG[g].e-aG[g].s) ) c->aCause[C_FN_LINEBREAK]++;
    else if( !has_letter(aG[g].zText) ) c->aCause[C_FN_NOLETTER]++;
    else{
      /* the alias is the gold string itself: the capitalization rules
      ** (a capital only position explains, on a word the document also
      ** writes in lower case) are what rejects it */
      c->aCause[C_FN_CASE]++;
      top_add(aTopFn, &nTopFn, aG[g].zText);
    }
  }
}

static const char *azGoldType[3] = { "PER", "ORG", "LOC" };
static const char *azGuess[4] = { "person", "organization", "place", "unknown" };

static void kinds(Span *aG, int nG, Span *aP, Counts *c){
  int g, t, k;
  for(g=0; g<nG; g++){
    const Span *pp;
    for(t=0; t<3 && strcmp(aG[g].zType, azGoldType[t])!=0; t++){}
    if( t==3 || aG[g].iMatch<0 ) continue;
    pp = &aP[aG[g].iMatch];
    for(k=0; k<3 && strncmp(pp->zType, azGuess[k], strlen(azGuess[k]))!=0; k++){}
    c->nKindGold++;
    c->aKind[t][k]++;
    if( k<3 ) c->nKindGuessed++;
    if( k==t ) c->nKindOk++;
  }
}

static void print_prf(const char *zLabel, long tp, long nPred, long nGold){
  double p = nPred ? (double)tp/nPred : 0, r = nGold ? (double)tp/nGold : 0;
  double f = p+r>0 ? 2*p*r/(p+r) : 0;
  printf("    %-8s TP %6ld  P %.4f  R %.4f  F1 %.4f\n", zLabel, tp, p, r, f);
}

static void print_counts(const char *zName, const Counts *c, int bGazetteer){
  int t;
  printf("  %s: %ld gold mentions, %ld predictions\n", zName, c->nGold, c->nPred);
  print_prf("strict", c->nStrict, c->nPred, c->nGold);
  print_prf("overlap", c->nRelaxed, c->nPred, c->nGold);
  if( !bGazetteer && c->nKindGold ){
    printf("    kind: %ld of %ld strictly matched PER/ORG/LOC mentions right (%.4f);"
           " guessed for %.1f%%, right when guessed %.4f\n",
           c->nKindOk, c->nKindGold, (double)c->nKindOk/c->nKindGold,
           100.0*c->nKindGuessed/c->nKindGold,
           c->nKindGuessed ? (double)c->nKindOk/c->nKindGuessed : 0.0);
    printf("      gold \\ guess   person  organization   place  unknown\n");
    for(t=0; t<3; t++){
      printf("      %-10s %9ld %13ld %7ld %8ld\n", azGoldType[t], c->aKind[t][0],
             c->aKind[t][1], c->aKind[t][2], c->aKind[t][3]);
    }
  }
}

static void add_counts(Counts *a, const Counts *b){
  int i;
  a->nGold += b->nGold; a->nPred += b->nPred;
  a->nStrict += b->nStrict; a->nRelaxed += b->nRelaxed;
  a->nKindGold += b->nKindGold; a->nKindOk += b->nKindOk;
  a->nKindGuessed += b->nKindGuessed;
  for(i=0; i<8; i++) a->aCause[i] += b->aCause[i];
  for(i=0; i<12; i++) a->aKind[i/4][i%4] += b->aKind[i/4][i%4];
}

static void prepare(sqlite3 *db, const char *zSql, sqlite3_stmt **pp){
  if( sqlite3_prepare_v2(db, zSql, -1, pp, 0)!=SQLITE_OK ){
    fprintf(stderr, "eval_entities: %s\n  %s\n", sqlite3_errmsg(db), zSql);
    exit(1);
  }
}

/* Score one protocol over the documents of table raw. */
static void run(sqlite3 *db, const char *zPredSql, int bGazetteer, Counts *c){
  sqlite3_stmt *pDoc, *pGold, *pPred;
  int bGold, bPred;
  prepare(db, "SELECT rowid, j->>'text' FROM raw ORDER BY rowid", &pDoc);
  prepare(db, "SELECT raw.rowid, e.value->>'start', e.value->>'end',"
              " e.value->>'type', e.value->>'text'"
              " FROM raw, json_each(raw.j->'entities') e ORDER BY 1", &pGold);
  prepare(db, zPredSql, &pPred);
  bGold = sqlite3_step(pGold)==SQLITE_ROW;
  bPred = sqlite3_step(pPred)==SQLITE_ROW;
  while( sqlite3_step(pDoc)==SQLITE_ROW ){
    int iDoc = sqlite3_column_int(pDoc, 0), nG, nP;
    const char *zDoc = (const char*)sqlite3_column_text(pDoc, 1);
    Span *aG = read_spans(pGold, iDoc, &nG, &bGold);
    Span *aP = read_spans(pPred, iDoc, &nP, &bPred);
    match(aG, nG, aP, nP, c);
    if( bGazetteer ) gazetteer_causes(zDoc, aG, nG, aP, nP, c);
    else kinds(aG, nG, aP, c);
    free_spans(aG, nG);
    free_spans(aP, nP);
  }
  if( sqlite3_errcode(db)!=SQLITE_OK && sqlite3_errcode(db)!=SQLITE_DONE
   && sqlite3_errcode(db)!=SQLITE_ROW ){
    fprintf(stderr, "eval_entities: %s\n", sqlite3_errmsg(db));
    exit(1);
  }
  sqlite3_finalize(pDoc);
  sqlite3_finalize(pGold);
  sqlite3_finalize(pPred);
}

int main(int argc, char **argv){
  const char *zCorpus = support_corpus_dir(argc, argv);
  sqlite3 *db = support_open();
  char **azFile;
  int nFile, i, k;
  Counts gazAll, discAll;
  memset(&gazAll, 0, sizeof(gazAll));
  memset(&discAll, 0, sizeof(discAll));
  azFile = support_glob(zCorpus, "conll2003/*.jsonl", &nFile);
  if( nFile==0 ){
    fprintf(stderr, "eval_entities: no conll2003/*.jsonl under %s\n", zCorpus);
    return 1;
  }
  printf("entity_mentions() and entity_candidates() on %s/conll2003\n", zCorpus);
  for(i=0; i<nFile; i++){
    Counts gaz, disc;
    const char *zName = strrchr(azFile[i], '/') ? strrchr(azFile[i], '/')+1 : azFile[i];
    double t0;
    memset(&gaz, 0, sizeof(gaz));
    memset(&disc, 0, sizeof(disc));
    support_exec(db, "DROP TABLE IF EXISTS raw; DROP TABLE IF EXISTS aliases;");
    support_load_jsonl(db, azFile[i], "raw");
    /* make_gazetteer.py: one row per distinct surface string */
    support_exec(db,
      "CREATE TABLE aliases AS"
      " WITH g AS (SELECT e.value->>'text' AS t, e.value->>'type' AS ty, count(*) AS c"
      "   FROM raw, json_each(raw.j->'entities') e GROUP BY 1, 2),"
      " r AS (SELECT t, ty, row_number() OVER (PARTITION BY t ORDER BY c DESC, ty) AS rn"
      "   FROM g)"
      " SELECT t AS entity, t AS alias, ty AS kind FROM r"
      " WHERE rn=1 AND instr(t, char(9))=0 AND instr(t, char(10))=0 AND trim(t)<>''"
      " ORDER BY t");
    printf("\n%s: %lld documents, %lld dictionary aliases\n", zName,
           support_int(db, "SELECT count(*) FROM raw"),
           support_int(db, "SELECT count(*) FROM aliases"));
    t0 = support_now();
    run(db, "SELECT raw.rowid, m.start, m.\"end\", m.kind, m.text"
            " FROM raw, entity_mentions(raw.j->>'text', 'aliases') m ORDER BY 1", 1, &gaz);
    printf("  gazetteer (entity_mentions, %.2f s):\n", support_now()-t0);
    print_counts("spans", &gaz, 1);
    printf("    errors by cause:\n");
    for(k=0; k<8; k++){
      if( gaz.aCause[k] ) printf("      %5ld  %s\n", gaz.aCause[k], azCause[k]);
    }
    top_print("most frequent false positives", aTopFp, &nTopFp, 12);
    top_print("most frequent misses", aTopFn, &nTopFn, 8);
    t0 = support_now();
    run(db, "SELECT raw.rowid, m.start, m.\"end\", m.kind, m.text"
            " FROM raw, entity_candidates(raw.j->>'text') m ORDER BY 1", 0, &disc);
    printf("  discovery (entity_candidates, %.2f s):\n", support_now()-t0);
    print_counts("spans", &disc, 0);
    top_clear(aTopFp, &nTopFp);
    top_clear(aTopFn, &nTopFn);
    add_counts(&gazAll, &gaz);
    add_counts(&discAll, &disc);
  }
  printf("\noverall (%d files):\n  gazetteer:\n", nFile);
  print_counts("spans", &gazAll, 1);
  printf("  discovery:\n");
  print_counts("spans", &discAll, 0);
  support_free_list(azFile, nFile);
  sqlite3_close(db);
  return 0;
}
