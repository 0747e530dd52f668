/*
** eval_dates.c - accuracy of dates() on the TimeML corpora and the seed.
**
**   build/tests/eval_dates --corpus ../shared/corpus
**
** 1. CORPUS/timeml/ *.jsonl: runs dates(text, dct) over every document and
**    scores it exactly as ../shared/eval/score_dates.py defines (its
**    docstring): gold = DATE and TIME timexes; a prediction overlapping no
**    gold DATE/TIME but some DURATION/SET is ignored; strict extent
**    (identical span, one-to-one), relaxed extent (one-to-one matching
**    that maximizes matched pairs, then overlapping characters: the same
**    successive-shortest-path min-cost flow, in the same order, so ties
**    resolve the same way), value (relaxed pair with equal normalized
**    value) and lenient value (prefix relation at the same anchor).
**    Printed per file and over all files.
** 2. CORPUS/seed/ *.expected.json: dates() over the .txt of the same stem
**    with reference = "published", restricted to the body span, must give
**    exactly "dates_in_body" (span and value); "optional_dates_in_body"
**    may be reported or not.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "support.h"

/*************************************************************************
** Spans and the relaxed matching of score_dates.py
*/

typedef struct Span { int s, e; } Span;

static int overlap_len(Span a, Span b){
  int lo = a.s>b.s ? a.s : b.s, hi = a.e<b.e ? a.e : b.e;
  return hi>lo ? hi-lo : 0;
}

typedef struct Edge { int i, j, w; } Edge;

/* overlap_edges(A, B): for each a in order, the B spans by stable order
** of start within [a.s - maxlen, a.e). */
static Edge *overlap_edges(const Span *A, int nA, const Span *B, int nB, int *pn){
  int *order = malloc(sizeof(int)*(nB+1)), i, k, maxlen = 0, n = 0, cap = 16;
  Edge *aE = malloc(sizeof(Edge)*cap);
  for(i=0; i<nB; i++) order[i] = i;
  for(i=1; i<nB; i++){                      /* stable insertion sort */
    int v = order[i], k2 = i;
    while( k2>0 && B[order[k2-1]].s > B[v].s ){ order[k2] = order[k2-1]; k2--; }
    order[k2] = v;
  }
  for(i=0; i<nB; i++) if( B[i].e-B[i].s>maxlen ) maxlen = B[i].e-B[i].s;
  for(i=0; i<nA; i++){
    for(k=0; k<nB; k++){
      int j = order[k], w;
      if( B[j].s < A[i].s - maxlen ) continue;
      if( B[j].s >= A[i].e ) break;
      w = overlap_len(A[i], B[j]);
      if( w>0 ){
        if( n==cap ){ cap *= 2; aE = realloc(aE, sizeof(Edge)*cap); }
        aE[n].i = i; aE[n].j = j; aE[n].w = w; n++;
      }
    }
  }
  free(order);
  *pn = n;
  return aE;
}

/* Graph of _match_component(): edges [to, cap, cost, rev]. */
typedef struct GEdge { int to, cap; long cost; int rev; } GEdge;
typedef struct Graph { GEdge **a; int *n, *cap; int nNode; } Graph;

static void g_add1(Graph *g, int u, int v, int cap, long cost, int rev){
  if( g->n[u]==g->cap[u] ){
    g->cap[u] = g->cap[u] ? 2*g->cap[u] : 4;
    g->a[u] = realloc(g->a[u], sizeof(GEdge)*g->cap[u]);
  }
  g->a[u][g->n[u]].to = v; g->a[u][g->n[u]].cap = cap;
  g->a[u][g->n[u]].cost = cost; g->a[u][g->n[u]].rev = rev;
  g->n[u]++;
}
static void g_add(Graph *g, int u, int v, long cost){
  int iu = g->n[u], iv = g->n[v];
  g_add1(g, u, v, 1, cost, iv);
  g_add1(g, v, u, 0, -cost, iu);
}

static int cmp_int(const void *a, const void *b){
  return *(const int*)a - *(const int*)b;
}

/* Max cardinality, then max total weight, as score_dates.py does it.
** Writes match[a] = b for the pairs found. */
static void match_component(const int *na, int nNa, const int *nb, int nNb,
                            const Edge *es, int nEs, int *match){
  Graph g;
  int S = 0, T = nNa + nNb + 1, n = T + 1, k, u;
  long big = 1, INF = 0x7fffffffffffffL;
  long *dist = malloc(sizeof(long)*n);
  int *prevU = malloc(sizeof(int)*n), *prevE = malloc(sizeof(int)*n);
  memset(&g, 0, sizeof(g));
  g.nNode = n;
  g.a = calloc(n, sizeof(GEdge*)); g.n = calloc(n, sizeof(int)); g.cap = calloc(n, sizeof(int));
  for(k=0; k<nEs; k++) big += es[k].w;
  #define IA(x) (1 + (int)((const int*)bsearch(&(x), na, nNa, sizeof(int), cmp_int) - na))
  #define IB(x) (nNa + 1 + (int)((const int*)bsearch(&(x), nb, nNb, sizeof(int), cmp_int) - nb))
  for(k=0; k<nNa; k++) g_add(&g, S, 1+k, 0);
  for(k=0; k<nNb; k++) g_add(&g, nNa+1+k, T, 0);
  for(k=0; k<nEs; k++) g_add(&g, IA(es[k].i), IB(es[k].j), -(big + es[k].w));
  for(;;){
    int it, v;
    for(k=0; k<n; k++){ dist[k] = INF; prevU[k] = -1; }
    dist[S] = 0;
    for(it=0; it<n; it++){                  /* Bellman-Ford, in place */
      int changed = 0;
      for(u=0; u<n; u++){
        int ei;
        if( dist[u]==INF ) continue;
        for(ei=0; ei<g.n[u]; ei++){
          GEdge *e = &g.a[u][ei];
          if( e->cap>0 && dist[u] + e->cost < dist[e->to] ){
            dist[e->to] = dist[u] + e->cost;
            prevU[e->to] = u; prevE[e->to] = ei;
            changed = 1;
          }
        }
      }
      if( !changed ) break;
    }
    if( dist[T]==INF || dist[T]>=0 ) break;
    for(v=T; v!=S; v=prevU[v]){
      GEdge *e = &g.a[prevU[v]][prevE[v]];
      e->cap -= 1;
      g.a[v][e->rev].cap += 1;
    }
  }
  for(k=0; k<nNa; k++){
    int ei;
    for(ei=0; ei<g.n[1+k]; ei++){
      GEdge *e = &g.a[1+k][ei];
      if( e->to>nNa && e->to<T && e->cap==0 ) match[na[k]] = nb[e->to - nNa - 1];
    }
  }
  #undef IA
  #undef IB
  for(k=0; k<n; k++) free(g.a[k]);
  free(g.a); free(g.n); free(g.cap); free(dist); free(prevU); free(prevE);
}

static int uf_find(int *parent, int x){
  while( parent[x]!=x ){ parent[x] = parent[parent[x]]; x = parent[x]; }
  return x;
}

/* relaxed_matching(A, B): match[i] = j or -1. */
static void relaxed_matching(const Span *A, int nA, const Span *B, int nB, int *match){
  int nE, k, *parent = malloc(sizeof(int)*(nA+nB+1));
  Edge *aE = overlap_edges(A, nA, B, nB, &nE);
  for(k=0; k<nA; k++) match[k] = -1;
  for(k=0; k<nA+nB; k++) parent[k] = k;
  /* union-find over a-nodes 0..nA-1 and b-nodes nA.. */
  for(k=0; k<nE; k++){
    int ra = uf_find(parent, aE[k].i), rb = uf_find(parent, nA + aE[k].j);
    if( ra!=rb ) parent[ra] = rb;
  }
  {
    int *done = calloc(nA+nB+1, sizeof(int));
    for(k=0; k<nE; k++){
      int root = uf_find(parent, aE[k].i), m, nEs = 0, nNa = 0, nNb = 0;
      Edge *es;
      int *na, *nb;
      if( done[root] ) continue;
      done[root] = 1;
      es = malloc(sizeof(Edge)*nE); na = malloc(sizeof(int)*nE); nb = malloc(sizeof(int)*nE);
      for(m=k; m<nE; m++){
        if( uf_find(parent, aE[m].i)==root ) es[nEs++] = aE[m];
      }
      if( nEs==1 ){
        match[es[0].i] = es[0].j;
      }else{
        int x, y;
        for(m=0; m<nEs; m++){
          for(x=0; x<nNa && na[x]!=es[m].i; x++){}
          if( x==nNa ) na[nNa++] = es[m].i;
          for(y=0; y<nNb && nb[y]!=es[m].j; y++){}
          if( y==nNb ) nb[nNb++] = es[m].j;
        }
        qsort(na, nNa, sizeof(int), cmp_int);
        qsort(nb, nNb, sizeof(int), cmp_int);
        match_component(na, nNa, nb, nNb, es, nEs, match);
      }
      free(es); free(na); free(nb);
    }
    free(done);
  }
  free(aE);
  free(parent);
}

/*************************************************************************
** Values: N(v), exact and lenient comparison
*/

/* N(v) into z (at least strlen(v)+2 bytes): strip, upper case, W7 ->
** W07, drop a zero seconds field.  Empty when v is NULL or blank. */
static void norm_value(const char *v, char *z){
  int n, i, k = 0;
  z[0] = 0;
  if( v==0 ) return;
  while( *v && isspace((unsigned char)*v) ) v++;
  n = (int)strlen(v);
  while( n>0 && isspace((unsigned char)v[n-1]) ) n--;
  for(i=0; i<n; i++){
    z[k++] = (char)toupper((unsigned char)v[i]);
    /* -W<digit> followed by end or '-' */
    if( k>=2 && z[k-2]=='-' && z[k-1]=='W' && i+1<n && isdigit((unsigned char)v[i+1])
     && (i+2==n || v[i+2]=='-') ){
      z[k++] = '0';
    }
  }
  z[k] = 0;
  /* (T\d\d:\d\d):00(\.0+)?$ */
  {
    char *t = strrchr(z, 'T');
    if( t && strlen(t)>=9 && isdigit((unsigned char)t[1]) && isdigit((unsigned char)t[2])
     && t[3]==':' && isdigit((unsigned char)t[4]) && isdigit((unsigned char)t[5])
     && t[6]==':' && t[7]=='0' && t[8]=='0' ){
      char *r = t+9;
      int ok = *r==0;
      if( *r=='.' ){
        r++;
        ok = *r!=0;
        while( *r=='0' ) r++;
        ok = ok && *r==0;
      }
      if( ok ) t[6] = 0;
    }
  }
}

static int value_exact(const char *g, const char *p){
  char zg[64], zp[64];
  if( g==0 || p==0 || strlen(g)>60 || strlen(p)>60 ) return 0;
  norm_value(g, zg); norm_value(p, zp);
  return zg[0] && zp[0] && strcmp(zg, zp)==0;
}

/* Split on - T : ; anchored = 4-digit year first, no empty part. */
static int components(const char *v, char azPart[][16], int *pn){
  int n = 0, len = 0, i;
  for(i=0; ; i++){
    char c = v[i];
    if( c==0 || c=='-' || c=='T' || c==':' ){
      if( n>=16 ) return 0;
      azPart[n][len] = 0;
      if( len==0 ) return 0;
      n++; len = 0;
      if( c==0 ) break;
    }else{
      if( len>=15 ) return 0;
      azPart[n][len++] = c;
    }
  }
  if( strlen(azPart[0])!=4 ) return 0;
  for(i=0; i<4; i++) if( !isdigit((unsigned char)azPart[0][i]) ) return 0;
  *pn = n;
  return 1;
}

static int value_lenient(const char *g, const char *p){
  char zg[64], zp[64], ag[16][16], ap[16][16];
  int ng, np, i;
  if( value_exact(g, p) ) return 1;
  if( g==0 || p==0 || strlen(g)>60 || strlen(p)>60 ) return 0;
  norm_value(g, zg); norm_value(p, zp);
  if( !zg[0] || !zp[0] ) return 0;
  if( !components(zg, ag, &ng) || !components(zp, ap, &np) ) return 0;
  if( ng==np ) return 0;
  for(i=0; i<ng && i<np; i++) if( strcmp(ag[i], ap[i]) ) return 0;
  return 1;
}

/*************************************************************************
** Scoring
*/

typedef struct Score {
  int nDoc, nGold, nOther, nPred, nIgnored, nCounted;
  int tpStrict, tpRelaxed, tpValue, tpLenient;
  int nType[2], tpTypeRelaxed[2], tpTypeValue[2];    /* DATE, TIME */
  int nMismatch;                /* predicted text != text[start:end] */
} Score;

static void score_add(Score *a, const Score *b){
  int k;
  a->nDoc += b->nDoc; a->nGold += b->nGold; a->nOther += b->nOther;
  a->nPred += b->nPred; a->nIgnored += b->nIgnored; a->nCounted += b->nCounted;
  a->tpStrict += b->tpStrict; a->tpRelaxed += b->tpRelaxed;
  a->tpValue += b->tpValue; a->tpLenient += b->tpLenient;
  a->nMismatch += b->nMismatch;
  for(k=0; k<2; k++){
    a->nType[k] += b->nType[k];
    a->tpTypeRelaxed[k] += b->tpTypeRelaxed[k];
    a->tpTypeValue[k] += b->tpTypeValue[k];
  }
}

static void prf(int tp, int nPred, int nGold, double *p, double *r, double *f){
  *p = nPred ? (double)tp/nPred : 0.0;
  *r = nGold ? (double)tp/nGold : 0.0;
  *f = (*p + *r)>0 ? 2*(*p)*(*r)/(*p + *r) : 0.0;
}

static void score_print(const char *zName, const Score *s){
  static const char *const azMetric[] = { "strict extent", "relaxed extent",
    "value (exact)", "value (lenient)" };
  int aTp[4], k;
  aTp[0] = s->tpStrict; aTp[1] = s->tpRelaxed;
  aTp[2] = s->tpValue; aTp[3] = s->tpLenient;
  printf("-- %s: %d documents, gold DATE/TIME %d (DURATION/SET %d not scored),"
         " predictions %d: counted %d, ignored %d\n", zName, s->nDoc, s->nGold,
         s->nOther, s->nPred, s->nCounted, s->nIgnored);
  printf("   %-16s %5s %7s %7s %7s\n", "metric", "TP", "P", "R", "F1");
  for(k=0; k<4; k++){
    double p, r, f;
    prf(aTp[k], s->nCounted, s->nGold, &p, &r, &f);
    printf("   %-16s %5d %7.4f %7.4f %7.4f\n", azMetric[k], aTp[k], p, r, f);
  }
  printf("   recall DATE relaxed %.3f value %.3f (n=%d); TIME relaxed %.3f"
         " value %.3f (n=%d)\n",
         s->nType[0] ? (double)s->tpTypeRelaxed[0]/s->nType[0] : 0.0,
         s->nType[0] ? (double)s->tpTypeValue[0]/s->nType[0] : 0.0, s->nType[0],
         s->nType[1] ? (double)s->tpTypeRelaxed[1]/s->nType[1] : 0.0,
         s->nType[1] ? (double)s->tpTypeValue[1]/s->nType[1] : 0.0, s->nType[1]);
  if( s->nMismatch ) printf("   WARNING: %d predictions whose text differs from the span\n",
                            s->nMismatch);
}

typedef struct Gold { Span sp; int eType; char *zValue; } Gold;

/* Score one document (its id is row iDoc of table docs). */
static void score_doc(sqlite3 *db, sqlite3_stmt *pGold, sqlite3_stmt *pPred,
                      sqlite3_int64 iDoc, Score *s){
  Gold *aG = 0;
  Span *aGs = 0, *aO = 0, *aP = 0;
  char **azPv = 0;
  int nG = 0, nO = 0, nP = 0, nAlloc, k, m, *match, *strictG;
  (void)db;
  s->nDoc++;
  sqlite3_bind_int64(pGold, 1, iDoc);
  nAlloc = 16;
  aG = malloc(sizeof(Gold)*nAlloc); aO = malloc(sizeof(Span)*nAlloc);
  while( sqlite3_step(pGold)==SQLITE_ROW ){
    const char *zType = (const char*)sqlite3_column_text(pGold, 2);
    Span sp;
    sp.s = sqlite3_column_int(pGold, 0);
    sp.e = sqlite3_column_int(pGold, 1);
    if( nG==nAlloc || nO==nAlloc ){
      nAlloc *= 2;
      aG = realloc(aG, sizeof(Gold)*nAlloc); aO = realloc(aO, sizeof(Span)*nAlloc);
    }
    if( strcmp(zType, "DATE")==0 || strcmp(zType, "TIME")==0 ){
      aG[nG].sp = sp;
      aG[nG].eType = zType[0]=='T';
      aG[nG].zValue = strdup((const char*)sqlite3_column_text(pGold, 3));
      nG++;
    }else{
      aO[nO++] = sp;
    }
  }
  sqlite3_reset(pGold);
  s->nGold += nG;
  s->nOther += nO;

  sqlite3_bind_int64(pPred, 1, iDoc);
  nAlloc = 16;
  aP = malloc(sizeof(Span)*nAlloc); azPv = malloc(sizeof(char*)*nAlloc);
  while( sqlite3_step(pPred)==SQLITE_ROW ){
    Span sp;
    int bHitG = 0, bHitO = 0;
    sp.s = sqlite3_column_int(pPred, 0);
    sp.e = sqlite3_column_int(pPred, 1);
    s->nPred++;
    if( sqlite3_column_int(pPred, 3)==0 ) s->nMismatch++;
    for(k=0; k<nG; k++) if( overlap_len(sp, aG[k].sp) ) bHitG = 1;
    for(k=0; k<nO; k++) if( overlap_len(sp, aO[k]) ) bHitO = 1;
    if( !bHitG && bHitO ){ s->nIgnored++; continue; }
    if( nP==nAlloc ){
      nAlloc *= 2;
      aP = realloc(aP, sizeof(Span)*nAlloc); azPv = realloc(azPv, sizeof(char*)*nAlloc);
    }
    aP[nP] = sp;
    azPv[nP] = sqlite3_column_type(pPred, 2)==SQLITE_NULL ? 0
             : strdup((const char*)sqlite3_column_text(pPred, 2));
    nP++;
  }
  sqlite3_reset(pPred);
  s->nCounted += nP;

  /* strict: gidx maps a span to its first gold index */
  strictG = calloc(nG+1, sizeof(int));
  for(k=0; k<nP; k++){
    for(m=0; m<nG; m++){
      if( aG[m].sp.s==aP[k].s && aG[m].sp.e==aP[k].e ) break;
    }
    if( m<nG && !strictG[m] ){ strictG[m] = 1; s->tpStrict++; }
  }
  /* relaxed and values */
  aGs = malloc(sizeof(Span)*(nG+1));
  for(k=0; k<nG; k++) aGs[k] = aG[k].sp;
  match = malloc(sizeof(int)*(nG+1));
  relaxed_matching(aGs, nG, aP, nP, match);
  for(k=0; k<nG; k++){
    s->nType[aG[k].eType]++;
    if( match[k]<0 ) continue;
    s->tpRelaxed++;
    s->tpTypeRelaxed[aG[k].eType]++;
    if( value_exact(aG[k].zValue, azPv[match[k]]) ){
      s->tpValue++;
      s->tpTypeValue[aG[k].eType]++;
    }
    if( value_lenient(aG[k].zValue, azPv[match[k]]) ) s->tpLenient++;
  }
  for(k=0; k<nG; k++) free(aG[k].zValue);
  for(k=0; k<nP; k++) free(azPv[k]);
  free(aG); free(aGs); free(aO); free(aP); free(azPv); free(match); free(strictG);
}

static int eval_timeml(sqlite3 *db, const char *zCorpus, Score *pAll){
  char **azFile;
  int nFile, i;
  double t0 = support_now(), tDates = 0;
  azFile = support_glob(zCorpus, "timeml/*.jsonl", &nFile);
  if( nFile==0 ){
    fprintf(stderr, "eval_dates: no timeml/*.jsonl under %s\n", zCorpus);
    return 1;
  }
  printf("dates() on TimeML (%s/timeml), scored as score_dates.py\n", zCorpus);
  for(i=0; i<nFile; i++){
    Score s;
    sqlite3_stmt *pDoc, *pGold, *pPred;
    const char *zBase = strrchr(azFile[i], '/') ? strrchr(azFile[i], '/')+1 : azFile[i];
    double t1;
    memset(&s, 0, sizeof(s));
    support_exec(db, "DROP TABLE IF EXISTS raw; DROP TABLE IF EXISTS pred;");
    if( support_load_jsonl(db, azFile[i], "raw")<0 ){
      fprintf(stderr, "eval_dates: cannot read %s\n", azFile[i]);
      return 1;
    }
    t1 = support_now();
    support_exec(db,
      "CREATE TABLE pred AS SELECT r.rowid AS doc, d.start, d.\"end\", d.value,"
      " d.text = substr(r.j->>'text', d.start+1, d.\"end\"-d.start) AS same"
      " FROM raw r, dates(r.j->>'text', r.j->>'dct') d;"
      "CREATE INDEX pred_doc ON pred(doc)");
    tDates += support_now() - t1;
    sqlite3_prepare_v2(db, "SELECT rowid FROM raw ORDER BY rowid", -1, &pDoc, 0);
    sqlite3_prepare_v2(db,
      "SELECT t.value->>'start', t.value->>'end', t.value->>'type', t.value->>'value'"
      " FROM raw, json_each(raw.j->'timexes') t WHERE raw.rowid=?1 ORDER BY t.key",
      -1, &pGold, 0);
    sqlite3_prepare_v2(db,
      "SELECT start, \"end\", value, same FROM pred WHERE doc=?1 ORDER BY rowid",
      -1, &pPred, 0);
    while( sqlite3_step(pDoc)==SQLITE_ROW ){
      score_doc(db, pGold, pPred, sqlite3_column_int64(pDoc, 0), &s);
    }
    sqlite3_finalize(pDoc); sqlite3_finalize(pGold); sqlite3_finalize(pPred);
    score_print(zBase, &s);
    score_add(pAll, &s);
  }
  score_print("all files", pAll);
  printf("   (dates() ran in %.2f s; whole evaluation %.2f s)\n",
         tDates, support_now()-t0);
  support_free_list(azFile, nFile);
  return 0;
}

/*************************************************************************
** Seed
*/

static char *read_file(const char *zPath){
  FILE *f = fopen(zPath, "rb");
  long n;
  char *z;
  if( f==0 ) return 0;
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  z = malloc(n+1);
  if( fread(z, 1, n, f)!=(size_t)n ){ fclose(f); free(z); return 0; }
  z[n] = 0;
  fclose(f);
  return z;
}

/* Returns the number of failed seed files. */
static int eval_seed(sqlite3 *db, const char *zCorpus){
  char **azFile;
  int nFile, i, nFail = 0;
  azFile = support_glob(zCorpus, "seed/*.expected.json", &nFile);
  printf("\nSeed (%s/seed): dates() over the page with reference = published,"
         " inside the body\n", zCorpus);
  for(i=0; i<nFile; i++){
    char zTxt[4096];
    char *zJson, *zText;
    sqlite3_stmt *p;
    int nMissing = 0, nExtra = 0, nOk = 0;
    size_t n = strlen(azFile[i]) - strlen(".expected.json");
    snprintf(zTxt, sizeof(zTxt), "%.*s.txt", (int)n, azFile[i]);
    zJson = read_file(azFile[i]);
    zText = read_file(zTxt);
    if( zJson==0 || zText==0 ){
      printf("   %s: cannot read it or %s\n", azFile[i], zTxt);
      nFail++;
      free(zJson); free(zText);
      continue;
    }
    /* expected rows, each missing from the predictions; predicted rows
    ** in the body, each neither expected nor optional */
    sqlite3_prepare_v2(db,
      "WITH e(j) AS (SELECT ?1), t(x) AS (SELECT ?2),"
      " p AS (SELECT d.* FROM e, t, dates(t.x, e.j->>'published') d"
      "       WHERE d.start>=e.j->>'$.body.char_start'"
      "         AND d.\"end\"<=e.j->>'$.body.char_end'),"
      " want AS (SELECT k.value->>'text' AS text, k.value->>'char_start' AS s,"
      "          k.value->>'char_end' AS en, k.value->>'value' AS v"
      "          FROM e, json_each(e.j->'dates_in_body') k),"
      " opt AS (SELECT k.value->>'char_start' AS s, k.value->>'char_end' AS en"
      "         FROM e, json_each(e.j->'optional_dates_in_body') k)"
      " SELECT 'missing', w.text, w.s, w.en, w.v FROM want w WHERE NOT EXISTS"
      "   (SELECT 1 FROM p WHERE p.start=w.s AND p.\"end\"=w.en AND p.value IS w.v)"
      " UNION ALL SELECT 'extra', p.text, p.start, p.\"end\", p.value FROM p"
      "   WHERE NOT EXISTS (SELECT 1 FROM want w WHERE w.s=p.start AND w.en=p.\"end\""
      "                     AND w.v IS p.value)"
      "     AND NOT EXISTS (SELECT 1 FROM opt o WHERE o.s=p.start AND o.en=p.\"end\")"
      " UNION ALL SELECT 'ok', count(*), NULL, NULL, NULL FROM want w WHERE EXISTS"
      "   (SELECT 1 FROM p WHERE p.start=w.s AND p.\"end\"=w.en AND p.value IS w.v)",
      -1, &p, 0);
    sqlite3_bind_text(p, 1, zJson, -1, SQLITE_STATIC);
    sqlite3_bind_text(p, 2, zText, -1, SQLITE_STATIC);
    while( sqlite3_step(p)==SQLITE_ROW ){
      const char *zKind = (const char*)sqlite3_column_text(p, 0);
      if( strcmp(zKind, "ok")==0 ){ nOk = sqlite3_column_int(p, 1); continue; }
      if( zKind[0]=='m' ) nMissing++; else nExtra++;
      printf("   %s: %s [%d,%d) value %s\n", zKind, sqlite3_column_text(p, 1),
             sqlite3_column_int(p, 2), sqlite3_column_int(p, 3),
             sqlite3_column_text(p, 4) ? (const char*)sqlite3_column_text(p, 4) : "NULL");
    }
    if( sqlite3_finalize(p)!=SQLITE_OK ){
      printf("   %s: %s\n", azFile[i], sqlite3_errmsg(db));
      nMissing++;
    }
    printf("   %s: %s (%d expected dates found, %d missing, %d unexpected)\n",
           strrchr(zTxt, '/') ? strrchr(zTxt, '/')+1 : zTxt,
           nMissing+nExtra ? "FAIL" : "PASS", nOk, nMissing, nExtra);
    if( nMissing+nExtra ) nFail++;
    free(zJson); free(zText);
  }
  if( nFile==0 ) printf("   no seed/*.expected.json\n");
  support_free_list(azFile, nFile);
  return nFail;
}

int main(int argc, char **argv){
  const char *zCorpus = support_corpus_dir(argc, argv);
  sqlite3 *db = support_open();
  Score all;
  int rc;
  memset(&all, 0, sizeof(all));
  rc = eval_timeml(db, zCorpus, &all);
  if( rc==0 ) eval_seed(db, zCorpus);
  sqlite3_close(db);
  return rc;
}
