/*
** eval_stem.c - stem() and the FTS5 tokenizer `snowball` against
** Snowball's reference vocabularies.
**
**   build/tests/eval_stem --corpus ../shared/corpus [--errors N]
**
** For every CORPUS/snowball/<language>/voc.txt with its output.txt (the
** expected stem on the same line):
**
**   exact    stem(word, language) through SQL = expected stem
**   upper!=  words for which stem(UPPER(word)) != stem(word), upper-casing
**            with the simple Unicode mapping (Turkish: i -> İ)
**   title!=  the same for Title(word), first character title-cased
**   fts5     the tokenizer 'snowball <language> remove_diacritics 0' turns
**            the word into exactly one term, equal to the expected stem
**            ("split": words the tokenizer splits on purpose, hyphenated
**            ones, which are not counted as errors of the stemmer)
**   words/s  stem() calls per second through SQL (one statement, stepped
**            per word)
**
** Mismatches of a word that is not in lower case in voc.txt are counted
** apart ("not lower"): stem() lower-cases by design, the reference does
** not.  --errors N prints up to N mismatches per language (corpus words:
** for the terminal, not for files that are committed).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "support.h"
#include "text.h"
#include "stem.h"

typedef struct Counts Counts;
struct Counts {
  int nWord, nExact, nNotLower, nUpper, nTitle;
  int nFts, nFtsSplit;
  double tStem;
};

/* Lines of a file, without their newline; NULL if it cannot be read. */
static char **read_lines(const char *zPath, int *pn){
  FILE *f = fopen(zPath, "rb");
  char **az = 0, *zLine = 0;
  size_t nCap = 0;
  ssize_t len;
  int n = 0, nAlloc = 0;
  if( f==0 ) return 0;
  while( (len = getline(&zLine, &nCap, f))>=0 ){
    while( len>0 && (zLine[len-1]=='\n' || zLine[len-1]=='\r') ) zLine[--len] = 0;
    if( n>=nAlloc ){
      nAlloc = nAlloc ? 2*nAlloc : 1024;
      az = realloc(az, nAlloc*sizeof(char*));
    }
    az[n++] = strdup(zLine);
  }
  free(zLine);
  fclose(f);
  *pn = n;
  return az;
}

/* Upper-case (bAll) or title-case (first character) of z, malloc'd. */
static char *recase(const char *z, int bAll, int bTurkic){
  const unsigned char *zu = (const unsigned char*)z;
  int n = (int)strlen(z), i = 0, k = 0;
  unsigned char *zOut = malloc(4*n+1);
  while( i<n ){
    uint32_t cp;
    i += news_utf8_decode(zu, n, i, &cp);
    if( bAll || k==0 ){
      if( bTurkic && cp=='i' ) cp = 0x130;
      else if( bAll ) cp = (uint32_t)utf8proc_toupper((utf8proc_int32_t)cp);
      else cp = (uint32_t)utf8proc_totitle((utf8proc_int32_t)cp);
    }
    k += news_utf8_encode(cp, zOut+k);
  }
  zOut[k] = 0;
  return (char*)zOut;
}

/* stem(z, zLang) through the prepared statement; malloc'd copy. */
static char *sql_stem(sqlite3_stmt *p, const char *z){
  char *zRet = 0;
  sqlite3_bind_text(p, 1, z, -1, SQLITE_STATIC);
  if( sqlite3_step(p)==SQLITE_ROW ){
    zRet = strdup((const char*)sqlite3_column_text(p, 0));
  }else{
    fprintf(stderr, "eval_stem: %s\n", sqlite3_errmsg(sqlite3_db_handle(p)));
    exit(1);
  }
  sqlite3_reset(p);
  return zRet;
}

/* Collects the terms the tokenizer emits for one word. */
typedef struct Terms Terms;
struct Terms { int n; char z[256]; };

static int collect_term(void *pCtx, int tflags, const char *z, int n,
                        int iStart, int iEnd){
  Terms *t = (Terms*)pCtx;
  (void)iStart; (void)iEnd;
  if( tflags & FTS5_TOKEN_COLOCATED ) return SQLITE_OK;
  if( t->n++==0 && n<(int)sizeof(t->z) ){
    memcpy(t->z, z, n);
    t->z[n] = 0;
  }
  return SQLITE_OK;
}

static fts5_api *get_fts5(sqlite3 *db){
  fts5_api *pApi = 0;
  sqlite3_stmt *p;
  sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &p, 0);
  sqlite3_bind_pointer(p, 1, (void*)&pApi, "fts5_api_ptr", 0);
  sqlite3_step(p);
  sqlite3_finalize(p);
  return pApi;
}

static void eval_language(sqlite3 *db, const char *zDir, const char *zLang,
                          int nErrors, Counts *c){
  char zPath[4096];
  char **azVoc, **azOut;
  int nVoc = 0, nOut = 0, i, nShown = 0;
  int bTurkic = strcmp(zLang, "turkish")==0;
  sqlite3_stmt *pStem;
  fts5_api *pApi = get_fts5(db);
  fts5_tokenizer tok;
  Fts5Tokenizer *pTok = 0;
  void *pUser = 0;
  const char *azArg[3];
  double t0;

  memset(c, 0, sizeof(*c));
  snprintf(zPath, sizeof(zPath), "%s/voc.txt", zDir);
  azVoc = read_lines(zPath, &nVoc);
  snprintf(zPath, sizeof(zPath), "%s/output.txt", zDir);
  azOut = read_lines(zPath, &nOut);
  if( azVoc==0 || azOut==0 || nVoc!=nOut ){
    fprintf(stderr, "eval_stem: %s: voc.txt and output.txt differ in length\n",
            zDir);
    exit(1);
  }
  {
    char *zSql = sqlite3_mprintf("SELECT stem(?1, %Q)", zLang);
    sqlite3_prepare_v2(db, zSql, -1, &pStem, 0);
    sqlite3_free(zSql);
  }
  azArg[0] = zLang; azArg[1] = "remove_diacritics"; azArg[2] = "0";
  if( pApi->xFindTokenizer(pApi, "snowball", &pUser, &tok)
   || tok.xCreate(pUser, azArg, 3, &pTok) ){
    fprintf(stderr, "eval_stem: no snowball tokenizer for %s\n", zLang);
    exit(1);
  }

  /* exact, timed */
  t0 = support_now();
  for(i=0; i<nVoc; i++){
    char *z = sql_stem(pStem, azVoc[i]);
    if( strcmp(z, azOut[i])==0 ){
      c->nExact++;
    }else{
      /* a word is "not lower" if lower-casing changes it */
      int bNotLower;
      NewsBuf b;
      news_buf_init(&b);
      news_fold(&b, azVoc[i], (int)strlen(azVoc[i]),
                NEWS_FOLD_LOWER | (bTurkic ? NEWS_FOLD_TURKIC : 0));
      bNotLower = b.z && strcmp(b.z, azVoc[i])!=0;
      news_buf_free(&b);
      if( bNotLower ) c->nNotLower++;
      if( nShown<nErrors ){
        printf("    %s: line %d: '%s' -> '%s', expected '%s'%s\n", zLang, i+1, azVoc[i], z,
               azOut[i], bNotLower ? " (not lower case)" : "");
        nShown++;
      }
    }
    free(z);
  }
  c->tStem = support_now() - t0;
  c->nWord = nVoc;

  /* case agreement */
  for(i=0; i<nVoc; i++){
    char *zBase = sql_stem(pStem, azVoc[i]);
    char *zU = recase(azVoc[i], 1, bTurkic);
    char *zT = recase(azVoc[i], 0, bTurkic);
    char *zSU = sql_stem(pStem, zU);
    char *zST = sql_stem(pStem, zT);
    if( strcmp(zSU, zBase)==0 ) c->nUpper++;
    else if( nShown<2*nErrors ){
      printf("    %s upper: '%s' -> '%s' but '%s' -> '%s'\n", zLang, zU, zSU,
             azVoc[i], zBase);
      nShown++;
    }
    if( strcmp(zST, zBase)==0 ) c->nTitle++;
    free(zBase); free(zU); free(zT); free(zSU); free(zST);
  }

  /* the FTS5 tokenizer path */
  for(i=0; i<nVoc; i++){
    Terms t;
    t.n = 0;
    t.z[0] = 0;
    tok.xTokenize(pTok, &t, FTS5_TOKENIZE_DOCUMENT, azVoc[i],
                  (int)strlen(azVoc[i]), collect_term);
    if( t.n!=1 ) c->nFtsSplit++;
    else if( strcmp(t.z, azOut[i])==0 ) c->nFts++;
  }

  tok.xDelete(pTok);
  sqlite3_finalize(pStem);
  support_free_list(azVoc, nVoc);
  support_free_list(azOut, nOut);
}

static double pct(int a, int b){ return b ? 100.0*a/b : 0.0; }

int main(int argc, char **argv){
  const char *zCorpus = support_corpus_dir(argc, argv);
  sqlite3 *db = support_open();
  char **azDir;
  int nDir, i, nErrors = 0, nLang = 0, nPerfect = 0;
  Counts tot;

  for(i=1; i<argc-1; i++){
    if( strcmp(argv[i], "--errors")==0 ) nErrors = atoi(argv[i+1]);
  }
  azDir = support_glob(zCorpus, "snowball/*/voc.txt", &nDir);
  if( nDir==0 ){
    fprintf(stderr, "eval_stem: no snowball/*/voc.txt under %s\n", zCorpus);
    return 1;
  }
  memset(&tot, 0, sizeof(tot));
  printf("stem(): Snowball reference vocabularies in %s/snowball\n", zCorpus);
  printf("  %-11s %7s %8s %8s %8s %8s %8s %6s %9s\n", "language", "words",
         "exact%", "notlower", "upper!=", "title!=", "fts5%", "split",
         "words/s");
  for(i=0; i<nDir; i++){
    char *zDir = strdup(azDir[i]);
    char *zLang;
    Counts c;
    *strrchr(zDir, '/') = 0;
    zLang = strrchr(zDir, '/') + 1;
    if( news_stem_language_find(zLang, (int)strlen(zLang))<0 ){
      printf("  %-11s skipped: not an algorithm of this libstemmer\n", zLang);
      free(zDir);
      continue;
    }
    eval_language(db, zDir, zLang, nErrors, &c);
    printf("  %-11s %7d %8.3f %8d %8d %8d %8.3f %6d %9.0f\n", zLang,
           c.nWord, pct(c.nExact, c.nWord), c.nNotLower,
           c.nWord - c.nUpper, c.nWord - c.nTitle,
           pct(c.nFts, c.nWord - c.nFtsSplit), c.nFtsSplit,
           c.nWord/c.tStem);
    nLang++;
    if( c.nExact==c.nWord ) nPerfect++;
    tot.nWord += c.nWord; tot.nExact += c.nExact; tot.nNotLower += c.nNotLower;
    tot.nUpper += c.nUpper; tot.nTitle += c.nTitle; tot.nFts += c.nFts;
    tot.nFtsSplit += c.nFtsSplit; tot.tStem += c.tStem;
    free(zDir);
  }
  printf("  %-11s %7d %8.3f %8d %8d %8d %8.3f %6d %9.0f\n", "overall",
         tot.nWord, pct(tot.nExact, tot.nWord), tot.nNotLower,
         tot.nWord - tot.nUpper, tot.nWord - tot.nTitle,
         pct(tot.nFts, tot.nWord - tot.nFtsSplit), tot.nFtsSplit,
         tot.nWord/tot.tStem);
  printf("  %d languages, %d at 100%% exact; exact mismatches not explained"
         " by a non-lower-case reference word: %d\n", nLang, nPerfect,
         tot.nWord - tot.nExact - tot.nNotLower);
  support_free_list(azDir, nDir);
  sqlite3_close(db);
  return 0;
}
