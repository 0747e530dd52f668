/*
** article_metric.h - the body metric of the article-extraction benchmark,
** exactly as ../shared/eval/score_articles.py computes it, shared by
** eval_article.c and bench_article.c (header-only, static functions).
**
** Word tokens are runs of Unicode word characters (letters, numbers, '_'
** as Python's \w; case kept); shingles are the 4-token windows with their
** counts (a text of 1-3 tokens is one shorter shingle); per page TP, FP
** and FN are normalised to sum 1; precision is the mean over pages with a
** non-empty prediction, recall the mean over pages with a non-empty gold
** body, F1 their harmonic mean.
*/
#ifndef NEWS_ARTICLE_METRIC_H
#define NEWS_ARTICLE_METRIC_H

#include <stdlib.h>
#include <string.h>
#include "text.h"

typedef struct ShingleSet ShingleSet;
struct ShingleSet {
  sqlite3_uint64 *a;
  int n, nAlloc;
  sqlite3_uint64 hSeq;        /* hash of the whole token sequence */
};

/* Python's \w: letters, digits and other numbers, '_'. */
static int is_word_char(uint32_t cp){
  NewsCharClass cc;
  if( cp=='_' ) return 1;
  cc = news_char_class(cp);
  return cc==NEWS_CC_LETTER || cc==NEWS_CC_DIGIT || cc==NEWS_CC_NUMERIC;
}

static sqlite3_uint64 hash_bytes(const unsigned char *z, int n){
  sqlite3_uint64 h = 14695981039346656037ULL;
  int i;
  for(i=0; i<n; i++){ h ^= z[i]; h *= 1099511628211ULL; }
  return h;
}

static sqlite3_uint64 mix(sqlite3_uint64 h, sqlite3_uint64 x){
  h ^= x + 0x9e3779b97f4a7c15ULL + (h<<6) + (h>>2);
  return h*0xff51afd7ed558ccdULL;
}

static int cmp_u64(const void *a, const void *b){
  sqlite3_uint64 x = *(const sqlite3_uint64*)a, y = *(const sqlite3_uint64*)b;
  return x<y ? -1 : x>y;
}

/* Shingle hashes of text z, sorted; returns the token count. */
static int shingles(const char *z, ShingleSet *p){
  const unsigned char *u = (const unsigned char*)z;
  int n = z ? (int)strlen(z) : 0;
  sqlite3_uint64 *aTok = 0;
  int nTok = 0, nTokAlloc = 0, i = 0, k;
  p->n = 0;
  p->hSeq = 0;
  while( i<n ){
    uint32_t cp;
    int len = news_utf8_decode(u, n, i, &cp);
    if( is_word_char(cp) ){
      int j = i+len;
      while( j<n ){
        len = news_utf8_decode(u, n, j, &cp);
        if( !is_word_char(cp) ) break;
        j += len;
      }
      if( nTok>=nTokAlloc ){
        nTokAlloc = nTokAlloc ? nTokAlloc*2 : 256;
        aTok = realloc(aTok, nTokAlloc*sizeof(aTok[0]));
      }
      aTok[nTok] = hash_bytes(u+i, j-i);
      p->hSeq = mix(p->hSeq, aTok[nTok++]);
      i = j;
    }else{
      i += len;
    }
  }
  if( nTok>0 ){
    int nSh = nTok>=4 ? nTok-3 : 1;
    if( nSh>p->nAlloc ){
      p->nAlloc = nSh;
      p->a = realloc(p->a, nSh*sizeof(p->a[0]));
    }
    for(k=0; k<nSh; k++){
      int m = nTok-k<4 ? nTok-k : 4, t;
      sqlite3_uint64 h = (sqlite3_uint64)m;
      for(t=0; t<m; t++) h = mix(h, aTok[k+t]);
      p->a[k] = h;
    }
    p->n = nSh;
    qsort(p->a, nSh, sizeof(p->a[0]), cmp_u64);
  }
  free(aTok);
  return nTok;
}

typedef struct BodyScore BodyScore;
struct BodyScore {
  int nPage;                  /* pages with gold body */
  double sumP; int nP;        /* precision over non-empty predictions */
  double sumR; int nR;        /* recall over non-empty gold */
  int nEmpty;                 /* empty predictions */
  int nExact;
  double tp, fp, fn;          /* pooled, normalised per page */
};

/* Score one page; returns its F1 (2TP/(2TP+FP+FN)). */
static double body_page(BodyScore *s, const char *zGold, const char *zPred,
                        ShingleSet *g, ShingleSet *q, double *pP, double *pR){
  int nGold = shingles(zGold, g);
  int nPred = shingles(zPred, q);
  double tp = 0, fp = 0, fn = 0, sum, d;
  int i = 0, j = 0;
  while( i<g->n || j<q->n ){
    if( j>=q->n || (i<g->n && g->a[i]<q->a[j]) ){ fn++; i++; }
    else if( i>=g->n || q->a[j]<g->a[i] ){ fp++; j++; }
    else{ tp++; i++; j++; }
  }
  sum = tp+fp+fn;
  if( sum>0 ){ tp /= sum; fp /= sum; fn /= sum; }
  s->nPage++;
  s->tp += tp; s->fp += fp; s->fn += fn;
  if( nPred==0 ) s->nEmpty++;
  *pP = *pR = -1;
  if( tp+fp>0 ){
    double p = (fp==0 && fn==0) ? 1.0 : tp/(tp+fp);
    s->sumP += p; s->nP++; *pP = p;
  }
  if( tp+fn>0 ){
    double r = (fp==0 && fn==0) ? 1.0 : tp/(tp+fn);
    s->sumR += r; s->nR++; *pR = r;
  }
  if( nGold==nPred && g->hSeq==q->hSeq ) s->nExact++;   /* same tokens */
  d = 2*tp+fp+fn;
  return d>0 ? 2*tp/d : 1.0;
}

static double body_f1(const BodyScore *s, double *pP, double *pR){
  double p = s->nP ? s->sumP/s->nP : 0, r = s->nR ? s->sumR/s->nR : 0;
  *pP = p; *pR = r;
  return p+r>0 ? 2*p*r/(p+r) : 0;
}

#endif /* NEWS_ARTICLE_METRIC_H */
