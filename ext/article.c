/*
** article.c - article(raw) and the article_*() scalars: a news page, as
** raw HTML or as the visible text of a page, parsed into its parts.
**
**   SELECT title, source, published, body FROM article(:page);
**   SELECT article_published(raw) FROM pages;
**   SELECT article_json(raw) FROM pages;
**
** article(raw) returns one row (none when raw is NULL) with the columns
**
**   title      headline, without the site name
**   source     outlet or site name
**   published  ISO 8601 date (YYYY-MM-DD) or date-time of publication
**   updated    ISO 8601 date or date-time of the last update
**   author     author or authors, comma separated
**   section    section of the site ("Politics", "News")
**   language   language tag the page declares, else a guess from the body
**   url        canonical URL the page declares (HTML only)
**   body       the article text, paragraphs separated by one blank line
**   lead       the first paragraph of body
**   words      number of words of body (word, abbreviation and number
**              tokens of the text core)
**   format     'html' or 'text'
**
** Every field that cannot be found is NULL; body is '' for a page without
** article text.  Each scalar article_<column>(raw) returns one column, and
** article_json(raw) all of them as a JSON object.  Several scalars over the
** same page parse it once: the last page parsed on the connection is kept.
**
** The format is told from the content: markup ('<' followed by a tag near
** the start, or tags such as <p> and </a> in the first 64 KB) means HTML.
*/
#include "article.h"
#include "html.h"
#include "textdump.h"
#include "text.h"
#include "tvf.h"
#include "dates.h"
#include "stopwords.h"
#include <string.h>

/*************************************************************************
** The C interface
*/

static NewsBuf *article_field(NewsArticle *p, int i);
#define ARTICLE_NFIELD 9          /* NewsBuf fields, in column order */

void news_article_init(NewsArticle *p){
  memset(p, 0, sizeof(*p));
}

void news_article_clear(NewsArticle *p){
  int i;
  for(i=0; i<ARTICLE_NFIELD; i++) news_buf_free(article_field(p, i));
  news_article_init(p);
}

static void article_reset(NewsArticle *p){
  int i;
  for(i=0; i<ARTICLE_NFIELD; i++) news_buf_reset(article_field(p, i));
  p->eFormat = 0;
  p->nLead = 0;
  p->nWords = 0;
}

/* Field i in the order of the columns of article(). */
static NewsBuf *article_field(NewsArticle *p, int i){
  switch( i ){
    case 0: return &p->title;
    case 1: return &p->source;
    case 2: return &p->published;
    case 3: return &p->updated;
    case 4: return &p->author;
    case 5: return &p->section;
    case 6: return &p->language;
    case 7: return &p->url;
    default: return &p->body;
  }
}

static int article_rc(NewsArticle *p){
  int i;
  for(i=0; i<ARTICLE_NFIELD; i++){
    if( article_field(p, i)->rc ) return article_field(p, i)->rc;
  }
  return SQLITE_OK;
}

void news_article_set(NewsBuf *pField, const char *z, int n){
  news_buf_reset(pField);
  news_buf_append(pField, z, n);
}

void news_article_set_clean(NewsBuf *pField, const char *z, int n){
  int i, bSpace = 0;
  news_buf_reset(pField);
  for(i=0; i<n; i++){
    char c = z[i];
    if( c==' ' || c=='\t' || c=='\n' || c=='\r' || c=='\f' || c==0 ){
      bSpace = 1;
      continue;
    }
    if( bSpace && pField->n>0 ) news_buf_appendc(pField, ' ');
    bSpace = 0;
    news_buf_appendc(pField, c);
  }
}

int news_article_is_html(const char *z, int n){
  static const char *const azTag[] = {
    "<p>", "</p>", "<p ", "<br", "<div", "</div>", "</a>", "<a href",
    "<html", "<body", "<head", "<meta", "<title", "<!doctype", "<span",
    "<table", "<li>", "<h1", "<h2", "<script", "<article", 0
  };
  int i = 0, k, nTag = 0;
  if( n>=3 && memcmp(z, "\xef\xbb\xbf", 3)==0 ) i = 3;
  while( i<n && (z[i]==' ' || z[i]=='\t' || z[i]=='\n' || z[i]=='\r') ) i++;
  if( i<n && z[i]=='<' && i+1<n ){
    char c = z[i+1];
    if( c=='!' || c=='?' || (c>='a' && c<='z') || (c>='A' && c<='Z') ){
      return 1;
    }
  }
  if( n>65536 ) n = 65536;
  for(i=0; i<n && nTag<3; i++){
    if( z[i]!='<' ) continue;
    for(k=0; azTag[k]; k++){
      int m = (int)strlen(azTag[k]);
      if( i+m<=n && sqlite3_strnicmp(z+i, azTag[k], m)==0 ){ nTag++; break; }
    }
  }
  return nTag>=3;
}

void news_article_finish(NewsArticle *p){
  NewsTokenizer tk;
  NewsToken t;
  const char *z = p->body.z;
  int n = (int)p->body.n;
  const char *zBreak;
  p->nWords = 0;
  p->nLead = 0;
  if( n==0 ) return;
  zBreak = strstr(z, "\n\n");
  p->nLead = zBreak ? (zBreak-z) : n;
  news_tokenizer_init(&tk, z, n, 0);
  while( news_tokenizer_next(&tk, &t) ){
    if( t.eKind==NEWS_TOKEN_WORD || t.eKind==NEWS_TOKEN_ABBREV
     || t.eKind==NEWS_TOKEN_NUMBER ){
      p->nWords++;
    }
  }
}

int news_article_parse(const char *z, int n, NewsArticle *p){
  int rc;
  article_reset(p);
  if( z==0 ) n = 0;
  if( news_article_is_html(z, n) ){
    rc = news_html_parse(z, n, p);
  }else{
    rc = news_textdump_parse(z, n, p);
  }
  if( rc==SQLITE_OK ) news_article_finish(p);
  if( rc==SQLITE_OK ) rc = article_rc(p);
  return rc;
}

/*************************************************************************
** Dates: the one place that calls the date parser.
*/

/*
** Date options for the article.  Month and day names of every language
** the date parser knows are accepted (a page's dates need not be in the
** language of its body: English month names are everywhere).  Numeric
** dates are read month-first for English without a day-first region,
** year-first for Chinese, Japanese, Korean and Hungarian, else day-first.
*/
static void article_date_options(const NewsArticle *pArt, NewsDateOptions *pOpt){
  const char *zLang = pArt ? pArt->language.z : 0;
  news_date_options_default(pOpt);
  pOpt->bRefs = 0;
  pOpt->mLang = NEWS_LANG_ALL;
  if( pArt==0 ) return;
  if( zLang==0 || pArt->language.n<2 ){
    pOpt->eOrder = NEWS_DATE_ORDER_DMY;
    return;
  }
  if( sqlite3_strnicmp(zLang, "en", 2)==0 ){
    static const char *const azDayFirst[] = {
      "-gb", "-ie", "-au", "-nz", "-in", "-za", "-ng", "-ke", "-pk", "-sg",
      "-my", "-ph", "-hk", 0
    };
    int k;
    for(k=0; azDayFirst[k]; k++){
      if( pArt->language.n==5 && sqlite3_strnicmp(zLang+2, azDayFirst[k], 3)==0 ){
        pOpt->eOrder = NEWS_DATE_ORDER_DMY;
      }
    }
    return;
  }
  pOpt->eOrder = NEWS_DATE_ORDER_DMY;
  if( sqlite3_strnicmp(zLang, "zh", 2)==0 || sqlite3_strnicmp(zLang, "ja", 2)==0
   || sqlite3_strnicmp(zLang, "ko", 2)==0 || sqlite3_strnicmp(zLang, "hu", 2)==0 ){
    pOpt->eOrder = NEWS_DATE_ORDER_YMD;
  }
}

/* A match precise to the day, with a value: copy it to zOut. */
static int article_date_ok(const NewsDateMatch *m, char *zOut){
  if( m->zValue[0]==0 ) return 0;
  if( m->eGranularity!=NEWS_GRAN_DAY && m->eGranularity!=NEWS_GRAN_TIME ) return 0;
  sqlite3_snprintf(NEWS_ARTICLE_DATE_MAX, zOut, "%s", m->zValue);
  return 1;
}

/* Swap month and day of an ISO value ("2025-04-03..." -> "2025-03-04..."). */
static void date_flip(char *z){
  char c0 = z[5], c1 = z[6];
  z[5] = z[8]; z[6] = z[9];
  z[8] = c0; z[9] = c1;
}

void news_article_date_flip(NewsArticleDate *pDate){
  date_flip(pDate->zValue);
  pDate->eAmbiguous = pDate->eAmbiguous==NEWS_ARTICLE_MDY ? NEWS_ARTICLE_DMY
                                                          : NEWS_ARTICLE_MDY;
}

/*
** The separator of the all-numeric date that starts the match z[0..n)
** ("04.03.2025, 10 Uhr" -> '.'), or 0 when it is not one.
*/
static char numeric_date_separator(const char *z, int n){
  char cSep = 0;
  int i, nDigit = 0;
  for(i=0; i<n && z[i]!=' ' && z[i]!=','; i++){
    char c = z[i];
    if( c>='0' && c<='9' ){ nDigit++; continue; }
    if( c!='.' && c!='/' && c!='-' ) return 0;
    if( cSep && c!=cSep ) return 0;
    cSep = c;
  }
  return nDigit>=4 ? cSep : 0;
}

/*
** An ambiguous all-numeric date (both orders valid, 04.03.2025) read with
** eOrder: dotted dates are day-first in every language that writes them
** so, whatever the order chosen for slashes.  Returns 1 for a dotted date
** (zValue is then day-first), 0 for another.
*/
static int dotted_day_first(const char *zMatch, int nMatch, int eOrder,
                            char *zValue){
  if( numeric_date_separator(zMatch, nMatch)!='.' ) return 0;
  if( eOrder==NEWS_DATE_ORDER_MDY ) date_flip(zValue);
  return 1;
}

int news_article_date_value(const NewsArticle *pArt, const char *z, int n,
                            char *zOut){
  NewsDateOptions opt;
  NewsDateMatch m;
  zOut[0] = 0;
  if( z==0 || n<=0 ) return 0;
  article_date_options(pArt, &opt);
  /* Machine-written values with slashes ("11/01/2023 12:43:42" in a
  ** <meta>) follow the US order whatever the page's language. */
  if( opt.eOrder==NEWS_DATE_ORDER_DMY && memchr(z, '/', n) ){
    opt.eOrder = NEWS_DATE_ORDER_MDY;
  }
  if( !news_date_parse(z, n, 0, &opt, &m) ){
    /* "2022-01-10T22:06:08:684Z": a machine-written value whose time is
    ** malformed still gives its day */
    while( n>0 && (z[0]==' ' || z[0]=='"') ){ z++; n--; }
    if( n>10 && (z[10]=='T' || z[10]==' ') && z[4]=='-' && z[7]=='-'
     && news_date_parse(z, 10, 0, &opt, &m) && article_date_ok(&m, zOut) ){
      return 1;
    }
    return 0;
  }
  if( !article_date_ok(&m, zOut) ) return 0;
  if( m.bAmbiguous ){
    dotted_day_first(z+m.iStart, m.iEnd-m.iStart, opt.eOrder, zOut);
  }
  return 1;
}

int news_article_is_date(const char *z, int n){
  NewsDateOptions opt;
  NewsDateMatch m;
  if( z==0 || n<=0 ) return 0;
  news_date_options_default(&opt);
  opt.mLang = NEWS_LANG_ALL;
  return news_date_parse(z, n, 0, &opt, &m);
}

/* Words just before a date that say what the date is. */
static const char *const azPublishedCue[] = {
  "published", "posted", "publication", "erschienen", "ver\xc3\xb6""ffentlicht",
  "publi\xc3\xa9", "mise en ligne", "publicado", "pubblicato", "date:", 0
};
static const char *const azUpdatedCue[] = {
  "updated", "update:", "modified", "last revision", "revised",
  "aktualisiert", "\xc3\xa4nderung", "ge\xc3\xa4ndert", "mis \xc3\xa0 jour",
  "modifi\xc3\xa9", "actualizado", "aggiornato", 0
};

/* Dates of something else than the page: a member's registration, the
** time the page was shown, an appointment. */
static const char *const azOtherCue[] = {
  "registered", "joined", "member since", "registriert", "mitglied seit",
  "dabei seit", "inscrit", "registrado", "iscritto", "current time",
  "aktuelle zeit", "termin", "deadline", 0
};

/* Cues that follow the date in languages that put the verb last: "am 5.
** Mai 2025 veröffentlicht", "op 5 mei 2025 gepubliceerd". */
static const char *const azPublishedAfter[] = {
  "ver\xc3\xb6""ffentlicht", "publiziert", "erschienen", "gepubliceerd",
  "geplaatst", 0
};

static int is_ascii_letter(char c){
  return ((c|0x20)>='a' && (c|0x20)<='z');
}

/* Lower-case the Latin-1 capitals of UTF-8 text in place (the ASCII ones
** are already): "Änderung" -> "änderung". */
static void cue_fold(char *z, int n){
  int i;
  for(i=0; i+1<n; i++){
    unsigned char c1 = (unsigned char)z[i+1];
    if( (unsigned char)z[i]==0xC3 && c1>=0x80 && c1<=0x9E && c1!=0x97 ){
      z[i+1] = (char)(c1+0x20);
      i++;
    }
  }
}

/* Does a cue of azCue start a word of the folded text zLow? ("termin"
** in "Termin: 5. Mai", not in "determined") */
static int cue_in(const char *zLow, const char *const *azCue){
  int k;
  for(k=0; azCue[k]; k++){
    const char *zAt = zLow;
    while( (zAt = strstr(zAt, azCue[k]))!=0 ){
      if( zAt==zLow || !is_ascii_letter(zAt[-1]) ) return 1;
      zAt++;
    }
  }
  return 0;
}

/* 1 if a cue of azCue is within the 48 bytes before z[iAt] (and after
** z[iFrom], the end of the previous date). */
static int date_cue_before(const char *z, int iFrom, int iAt,
                           const char *const *azCue){
  char zLow[64];
  int i, n;
  if( iAt-iFrom>48 ) iFrom = iAt-48;
  n = iAt-iFrom;
  for(i=0; i<n; i++){
    char c = z[iFrom+i];
    zLow[i] = (c>='A' && c<='Z') ? c+32 : c;
  }
  zLow[n] = 0;
  cue_fold(zLow, n);
  return cue_in(zLow, azCue);
}

/* Runs of digits in z[0..n): a date on a page writes its day and year
** ("Christmas 2023" is a day, but not one a page is dated with). */
static int digit_groups(const char *z, int n){
  int i, nGroup = 0;
  for(i=0; i<n; i++){
    if( z[i]>='0' && z[i]<='9' && (i==0 || z[i-1]<'0' || z[i-1]>'9') ) nGroup++;
  }
  return nGroup;
}

/* 1 if a cue of azCue is within the 40 bytes after z[iAt-1], in the same
** sentence (no '.' or '!' or '?' between them) and before z[n]. */
static int date_cue_after(const char *z, int n, int iAt,
                          const char *const *azCue){
  char zLow[48];
  int i;
  for(i=0; i<40 && iAt+i<n; i++){
    char c = z[iAt+i];
    if( c=='.' || c=='!' || c=='?' || c=='\n' ) break;
    zLow[i] = (c>='A' && c<='Z') ? c+32 : c;
  }
  zLow[i] = 0;
  cue_fold(zLow, i);
  return cue_in(zLow, azCue);
}

typedef struct DateScan DateScan;
struct DateScan {
  const char *z;            /* the text scanned */
  int n;
  int eOrder;               /* NEWS_DATE_ORDER_* the scan reads with */
  int iPrevEnd;             /* end of the previous date */
  int (*xDate)(void*, const NewsArticleDate*);
  void *pCtx;
};

/*
** One date of the text as the date parser reports it, passed on when it
** is absolute, precise to the day or better, written with numbers for
** the day and the year, and not before 1991 (the web), with the cue just
** before it.
*/
static int article_date_match(void *pCtx, const NewsDateMatch *m){
  DateScan *s = (DateScan*)pCtx;
  NewsArticleDate d;
  int iFrom = s->iPrevEnd;
  s->iPrevEnd = m->iEnd;
  if( m->eKind!=NEWS_DATE_ABSOLUTE ) return 0;
  if( memcmp(m->zValue, "1991", 4)<0 ) return 0;
  if( digit_groups(s->z+m->iStart, m->iEnd-m->iStart)<2 ) return 0;
  if( m->iEnd<s->n && (s->z[m->iEnd]=='_' || s->z[m->iEnd]=='.')
   && m->iEnd+1<s->n && s->z[m->iEnd+1]>='0' && s->z[m->iEnd+1]<='9' ){
    return 0;                           /* 1.9.22_1171, 1.2.2025.3: versions */
  }
  memset(&d, 0, sizeof(d));
  if( !article_date_ok(m, d.zValue) ) return 0;
  d.iStart = m->iStart;
  d.iEnd = m->iEnd;
  if( m->bAmbiguous
   && !dotted_day_first(s->z+m->iStart, m->iEnd-m->iStart, s->eOrder, d.zValue) ){
    d.eAmbiguous = s->eOrder==NEWS_DATE_ORDER_MDY ? NEWS_ARTICLE_MDY
                                                  : NEWS_ARTICLE_DMY;
  }
  if( date_cue_before(s->z, iFrom, m->iStart, azOtherCue) ){
    d.eCue = NEWS_ARTICLE_CUE_OTHER;
  }else if( date_cue_before(s->z, iFrom, m->iStart, azUpdatedCue) ){
    d.eCue = NEWS_ARTICLE_CUE_UPDATED;
  }else if( date_cue_before(s->z, iFrom, m->iStart, azPublishedCue)
         || date_cue_after(s->z, s->n, m->iEnd, azPublishedAfter) ){
    d.eCue = NEWS_ARTICLE_CUE_PUBLISHED;
  }
  return s->xDate(s->pCtx, &d);
}

int news_article_dates(const NewsArticle *pArt, const char *z, int n,
                       int (*xDate)(void*, const NewsArticleDate*),
                       void *pCtx){
  NewsDateOptions opt;
  DateScan s;
  if( z==0 || n<=0 ) return 0;
  article_date_options(pArt, &opt);
  memset(&s, 0, sizeof(s));
  s.z = z;
  s.n = n;
  s.eOrder = opt.eOrder;
  s.xDate = xDate;
  s.pCtx = pCtx;
  return news_dates_scan(z, n, 0, &opt, article_date_match, &s);
}

/* The first date that news_article_date_published() accepts. */
typedef struct DateFirst DateFirst;
struct DateFirst {
  int bNeedCue;             /* 1: after a publication cue only; -1: any */
  NewsArticleDate d;
};

static int article_date_first(void *pCtx, const NewsArticleDate *pDate){
  DateFirst *f = (DateFirst*)pCtx;
  if( pDate->eCue==NEWS_ARTICLE_CUE_OTHER ) return 0;
  if( f->bNeedCue>=0 ){
    if( pDate->eCue==NEWS_ARTICLE_CUE_UPDATED ) return 0;
    if( f->bNeedCue && pDate->eCue!=NEWS_ARTICLE_CUE_PUBLISHED ) return 0;
  }
  f->d = *pDate;
  return 1;                                   /* stop the scan */
}

static int article_date_scan(const NewsArticle *pArt, const char *z, int n,
                             int bNeedCue, char *zOut, int *piStart,
                             int *piEnd){
  DateFirst f;
  memset(&f, 0, sizeof(f));
  f.bNeedCue = bNeedCue;
  zOut[0] = 0;
  if( piStart ) *piStart = 0;
  if( piEnd ) *piEnd = 0;
  if( news_article_dates(pArt, z, n, article_date_first, &f)!=1 ) return 0;
  memcpy(zOut, f.d.zValue, NEWS_ARTICLE_DATE_MAX);
  if( piStart ) *piStart = f.d.iStart;
  if( piEnd ) *piEnd = f.d.iEnd;
  return 1;
}

int news_article_date_find(const NewsArticle *pArt, const char *z, int n,
                           char *zOut, int *piStart, int *piEnd){
  return article_date_scan(pArt, z, n, -1, zOut, piStart, piEnd);
}

int news_article_date_published(const NewsArticle *pArt, const char *z,
                                int n, int bNeedCue, char *zOut,
                                int *piStart, int *piEnd){
  return article_date_scan(pArt, z, n, bNeedCue!=0, zOut, piStart, piEnd);
}

/*
** How a page writes its dates, from those that tell: an all-numeric date
** that reads one way only (23/01/2020 is day-first, 01/23/2020
** month-first), and a day number before a month name (23 January 2020,
** 23. Januar) or after one (January 23, 2020).  Numeric dates count
** double: they are what the answer is for.
*/
#define ARTICLE_DATE_ORDER_SCAN (256*1024)   /* bytes of a page read */

typedef struct DateOrder DateOrder;
struct DateOrder {
  const char *z;
  int nMdy, nDmy;
};

/* Digits at z[i..n) (at most 5): their count, value in *pv. */
static int order_digits(const char *z, int n, int i, int *pv){
  int k = 0;
  *pv = 0;
  while( i+k<n && k<5 && z[i+k]>='0' && z[i+k]<='9' ){
    *pv = *pv*10 + z[i+k]-'0';
    k++;
  }
  return k;
}

/* The order of the dates of the region of the time zone that ends the
** date z[0..n) (a date and a time): GMT, BST, CET day-first; ET, PT,
** EST, PDT month-first; else 0. */
static int zone_order(const char *z, int n){
  static const char *const azDmy[] = {
    "GMT", "BST", "WET", "WEST", "CET", "CEST", "EET", "EEST", "AEST",
    "AEDT", "NZST", "NZDT", 0
  };
  static const char *const azMdy[] = {
    "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST",
    "PDT", 0
  };
  int i = n, k;
  while( i>0 && z[i-1]>='A' && z[i-1]<='Z' ) i--;
  if( i==n || i==0 || z[i-1]!=' ' ) return 0;
  for(k=0; azDmy[k]; k++){
    if( (int)strlen(azDmy[k])==n-i && memcmp(azDmy[k], z+i, n-i)==0 ) return NEWS_ARTICLE_DMY;
  }
  for(k=0; azMdy[k]; k++){
    if( (int)strlen(azMdy[k])==n-i && memcmp(azMdy[k], z+i, n-i)==0 ) return NEWS_ARTICLE_MDY;
  }
  return 0;
}

static int article_date_order_vote(void *pCtx, const NewsArticleDate *pDate){
  DateOrder *o = (DateOrder*)pCtx;
  const char *z = o->z + pDate->iStart;
  int n = pDate->iEnd - pDate->iStart, i, v1, v2, n1, n2;
  char cSep = numeric_date_separator(z, n);
  if( cSep=='/' || cSep=='-' ){
    /* "02/11/2023 2:00pm GMT": the zone tells where the page is from */
    int eZone = zone_order(z, n);
    if( eZone==NEWS_ARTICLE_DMY ) o->nDmy += 2;
    if( eZone==NEWS_ARTICLE_MDY ) o->nMdy += 2;
    n1 = order_digits(z, n, 0, &v1);
    if( n1<=2 && n1<n ){
      n2 = order_digits(z, n, n1+1, &v2);
      if( n2>0 && n2<=2 ){
        if( v1>12 && v2<=12 ) o->nDmy += 2;
        if( v2>12 && v1<=12 ) o->nMdy += 2;
      }
    }
    return 0;
  }
  if( cSep ) return 0;
  /* the first number of one or two digits: the day */
  for(i=0; i<n; i++){
    int k;
    if( z[i]<'0' || z[i]>'9' || (i>0 && z[i-1]>='0' && z[i-1]<='9') ) continue;
    k = order_digits(z, n, i, &v1);
    if( k>2 ) return 0;                     /* a year first */
    k += i;
    while( k<n && is_ascii_letter(z[k]) ) k++;    /* 23rd */
    if( k<n && z[k]=='.' ) k++;
    if( k+1<n && z[k]==' ' && (is_ascii_letter(z[k+1]) || (unsigned char)z[k+1]>=0x80) ){
      o->nDmy++;                            /* 23 January */
    }else if( i>1 && z[i-1]==' '
           && (is_ascii_letter(z[i-2]) || (unsigned char)z[i-2]>=0x80 || z[i-2]=='.') ){
      o->nMdy++;                            /* January 23, Jan. 23 */
    }
    return 0;
  }
  return 0;
}

/*
** Words spelt one way in British and Commonwealth English (which write
** dates day-first) and another in American English (month-first).  Only
** words that the other variety does not also use.
*/
static const char *const azSpellingGb[] = {
  "colour", "colours", "coloured", "favourite", "favourites", "centre",
  "centres", "organisation", "organisations", "organised", "organise",
  "realise", "realised", "defence", "programme", "programmes", "travelled",
  "travelling", "honour", "honoured", "behaviour", "neighbour", "neighbours",
  "recognise", "recognised", "apologise", "analyse", "catalogue", "theatre",
  "metres", "kilometres", "grey", "whilst", "criticise", "criticised",
  "prioritise", "emphasise", "jewellery", "aluminium", "sceptical",
  "paediatric", "manoeuvre", "licence", "cheque", "mum", 0
};
static const char *const azSpellingUs[] = {
  "color", "colors", "colored", "favorite", "favorites", "center", "centers",
  "organization", "organizations", "organized", "organize", "realize",
  "realized", "defense", "honor", "honored", "behavior", "neighbor",
  "neighbors", "recognize", "recognized", "apologize", "analyze", "theater",
  "kilometers", "gray", "criticize", "criticized", "prioritize",
  "emphasize", "jewelry", "aluminum", "skeptical", "pediatric", "maneuver",
  "mom", 0
};

static int spelling_in(const char *z, int n, const char *const *az){
  int k;
  for(k=0; az[k]; k++){
    if( az[k][0]==z[0] && (int)strlen(az[k])==n && memcmp(az[k], z, n)==0 ){
      return 1;
    }
  }
  return 0;
}

/* NEWS_ARTICLE_DMY if English text z[0..n) spells more words the British
** way than the American way, NEWS_ARTICLE_MDY for the reverse, else 0. */
static int english_spelling_order(const char *z, int n){
  NewsTokenizer tk;
  NewsToken t;
  int nGb = 0, nUs = 0;
  news_tokenizer_init(&tk, z, n, 0);
  while( news_tokenizer_next(&tk, &t) ){
    char zLow[16];
    int i, m = t.iEnd - t.iStart;
    if( t.eKind!=NEWS_TOKEN_WORD || m<3 || m>=(int)sizeof(zLow) ) continue;
    for(i=0; i<m; i++){
      char c = z[t.iStart+i];
      zLow[i] = (c>='A' && c<='Z') ? c+32 : c;
    }
    if( spelling_in(zLow, m, azSpellingGb) ) nGb++;
    else if( spelling_in(zLow, m, azSpellingUs) ) nUs++;
  }
  return nGb>nUs ? NEWS_ARTICLE_DMY : nUs>nGb ? NEWS_ARTICLE_MDY : 0;
}

int news_article_date_order(const NewsArticle *pArt, const char *z, int n){
  DateOrder o;
  memset(&o, 0, sizeof(o));
  o.z = z;
  if( n>ARTICLE_DATE_ORDER_SCAN ) n = ARTICLE_DATE_ORDER_SCAN;
  news_article_dates(pArt, z, n, article_date_order_vote, &o);
  if( o.nDmy>o.nMdy ) return NEWS_ARTICLE_DMY;
  if( o.nMdy>o.nDmy ) return NEWS_ARTICLE_MDY;
  if( pArt && pArt->language.n>=2 && sqlite3_strnicmp(pArt->language.z, "en", 2)==0 ){
    return english_spelling_order(z, n);
  }
  return 0;
}

/* A few thousand bytes of prose are enough to tell the language. */
#define ARTICLE_LANGUAGE_SAMPLE 2000

const char *news_article_language_of(const char *z, int n){
  n = news_utf8_floor(z, n, ARTICLE_LANGUAGE_SAMPLE);
  return news_guess_language(z, n);
}

void news_article_guess_language(NewsArticle *p){
  const char *zIso;
  if( p->language.n>0 || p->body.n==0 ) return;
  zIso = news_article_language_of(p->body.z, (int)p->body.n);
  if( zIso ) news_article_set(&p->language, zIso, (int)strlen(zIso));
}

/*************************************************************************
** SQL: the last page parsed on a connection, shared by the scalars
*/

typedef struct ArticleCache ArticleCache;
struct ArticleCache {
  char *zRaw;                 /* Copy of the page parsed last */
  int nRaw;
  int bValid;
  int nRef;                   /* Functions that use it */
  NewsArticle a;
};

static void article_cache_unref(void *p){
  ArticleCache *pCache = (ArticleCache*)p;
  if( pCache && --pCache->nRef<=0 ){
    sqlite3_free(pCache->zRaw);
    news_article_clear(&pCache->a);
    sqlite3_free(pCache);
  }
}

/* The parse of z[0..n), from the cache or parsed now; NULL on error
** (already reported through ctx). */
static NewsArticle *article_cached(sqlite3_context *ctx, const char *z, int n){
  ArticleCache *pCache = (ArticleCache*)sqlite3_user_data(ctx);
  int rc;
  if( pCache->bValid && pCache->nRaw==n
   && (n==0 || memcmp(pCache->zRaw, z, n)==0) ){
    return &pCache->a;
  }
  pCache->bValid = 0;
  if( n>pCache->nRaw || pCache->zRaw==0 ){
    char *zNew = sqlite3_realloc64(pCache->zRaw, (sqlite3_uint64)n+1);
    if( zNew==0 ){ sqlite3_result_error_nomem(ctx); return 0; }
    pCache->zRaw = zNew;
  }
  rc = news_article_parse(z, n, &pCache->a);
  if( rc!=SQLITE_OK ){
    if( rc==SQLITE_NOMEM ) sqlite3_result_error_nomem(ctx);
    else sqlite3_result_error_code(ctx, rc);
    return 0;
  }
  if( n>0 ) memcpy(pCache->zRaw, z, n);
  pCache->nRaw = n;
  pCache->bValid = 1;
  return &pCache->a;
}

static const char *const azFormat[] = { "", "text", "html" };

#define COL_TITLE      0
#define COL_SOURCE     1
#define COL_PUBLISHED  2
#define COL_UPDATED    3
#define COL_AUTHOR     4
#define COL_SECTION    5
#define COL_LANGUAGE   6
#define COL_URL        7
#define COL_BODY       8
#define COL_LEAD       9
#define COL_WORDS      10
#define COL_FORMAT     11
#define COL_COUNT      12

static const char *const azColumn[COL_COUNT] = {
  "title", "source", "published", "updated", "author", "section",
  "language", "url", "body", "lead", "words", "format"
};

/* Column iCol of a parsed page as the result of ctx. */
static void article_result(sqlite3_context *ctx, NewsArticle *a, int iCol){
  NewsBuf *pField;
  switch( iCol ){
    case COL_BODY:
      sqlite3_result_text64(ctx, a->body.z ? a->body.z : "",
                            (sqlite3_uint64)a->body.n, SQLITE_TRANSIENT,
                            SQLITE_UTF8);
      return;
    case COL_LEAD:
      if( a->nLead==0 ){ sqlite3_result_null(ctx); return; }
      sqlite3_result_text64(ctx, a->body.z, (sqlite3_uint64)a->nLead,
                            SQLITE_TRANSIENT, SQLITE_UTF8);
      return;
    case COL_WORDS:
      sqlite3_result_int64(ctx, a->nWords);
      return;
    case COL_FORMAT:
      sqlite3_result_text(ctx, azFormat[a->eFormat], -1, SQLITE_STATIC);
      return;
  }
  pField = article_field(a, iCol);
  if( pField->n==0 ){
    sqlite3_result_null(ctx);
  }else{
    sqlite3_result_text64(ctx, pField->z, (sqlite3_uint64)pField->n,
                          SQLITE_TRANSIENT, SQLITE_UTF8);
  }
}

static void article_json_result(sqlite3_context *ctx, NewsArticle *a){
  NewsBuf out;
  int i;
  news_buf_init(&out);
  news_buf_appendc(&out, '{');
  for(i=0; i<COL_COUNT; i++){
    if( i ) news_buf_appendc(&out, ',');
    news_buf_append_json_string(&out, azColumn[i], (int)strlen(azColumn[i]));
    news_buf_appendc(&out, ':');
    if( i==COL_WORDS ){
      news_buf_appendf(&out, "%lld", a->nWords);
    }else if( i==COL_FORMAT ){
      news_buf_appendf(&out, "\"%s\"", azFormat[a->eFormat]);
    }else if( i==COL_LEAD ){
      if( a->nLead ) news_buf_append_json_string(&out, a->body.z, a->nLead);
      else news_buf_append(&out, "null", 4);
    }else if( i==COL_BODY ){
      news_buf_append_json_string(&out, a->body.z ? a->body.z : "", a->body.n);
    }else{
      NewsBuf *pField = article_field(a, i);
      if( pField->n ) news_buf_append_json_string(&out, pField->z, pField->n);
      else news_buf_append(&out, "null", 4);
    }
  }
  news_buf_appendc(&out, '}');
  news_buf_result(&out, ctx);
  if( out.rc==SQLITE_OK ) sqlite3_result_subtype(ctx, 'J');
  news_buf_free(&out);
}

/* The scalar functions; sqlite3_user_data() is the cache, the column is
** found from the function's name. */
typedef struct ArticleScalar ArticleScalar;
struct ArticleScalar {
  const char *zName;
  int iCol;                   /* COL_*, or -1 for article_json */
};
static const ArticleScalar aScalar[] = {
  {"article_title", COL_TITLE},       {"article_source", COL_SOURCE},
  {"article_published", COL_PUBLISHED}, {"article_updated", COL_UPDATED},
  {"article_author", COL_AUTHOR},     {"article_section", COL_SECTION},
  {"article_language", COL_LANGUAGE}, {"article_url", COL_URL},
  {"article_body", COL_BODY},         {"article_lead", COL_LEAD},
  {"article_words", COL_WORDS},       {"article_format", COL_FORMAT},
  {"article_json", -1},
};

static void article_scalar_func(sqlite3_context *ctx, int argc,
                                sqlite3_value **argv, int iScalar){
  const ArticleScalar *s = &aScalar[iScalar];
  const char *z;
  int n;
  NewsArticle *a;
  (void)argc;
  if( news_arg_text(ctx, s->zName, 1, "raw", argv[0], &z, &n) ) return;
  if( z==0 ) return;                          /* NULL -> NULL */
  a = article_cached(ctx, z, n);
  if( a==0 ) return;
  if( s->iCol<0 ) article_json_result(ctx, a);
  else article_result(ctx, a, s->iCol);
}

/* One C function per scalar, so that each knows its column. */
#define ARTICLE_SCALAR(i) \
  static void article_scalar_##i(sqlite3_context *c, int n, sqlite3_value **v){ \
    article_scalar_func(c, n, v, i); \
  }
ARTICLE_SCALAR(0) ARTICLE_SCALAR(1) ARTICLE_SCALAR(2) ARTICLE_SCALAR(3)
ARTICLE_SCALAR(4) ARTICLE_SCALAR(5) ARTICLE_SCALAR(6) ARTICLE_SCALAR(7)
ARTICLE_SCALAR(8) ARTICLE_SCALAR(9) ARTICLE_SCALAR(10) ARTICLE_SCALAR(11)
ARTICLE_SCALAR(12)
static void (*const axScalar[])(sqlite3_context*, int, sqlite3_value**) = {
  article_scalar_0, article_scalar_1, article_scalar_2, article_scalar_3,
  article_scalar_4, article_scalar_5, article_scalar_6, article_scalar_7,
  article_scalar_8, article_scalar_9, article_scalar_10, article_scalar_11,
  article_scalar_12
};

/*************************************************************************
** SQL: article(raw)
*/

typedef struct ArticleCursor ArticleCursor;
struct ArticleCursor {
  NewsTvfCursor base;         /* Base class - must be first */
  NewsArticle a;
};

static int articleStart(NewsTvfCursor *cur, sqlite3_value **apArg){
  ArticleCursor *pCur = (ArticleCursor*)cur;
  const char *z;
  int n, rc;
  rc = news_tvf_arg_text(cur, apArg, 0, &z, &n);
  if( rc ) return rc;
  if( z==0 ){ cur->bEof = 1; return SQLITE_OK; }
  rc = news_article_parse(z, n, &pCur->a);
  if( rc!=SQLITE_OK ) return rc;
  return SQLITE_OK;
}

static int articleNext(NewsTvfCursor *cur){
  cur->bEof = 1;
  return SQLITE_OK;
}

static int articleColumn(NewsTvfCursor *cur, sqlite3_context *ctx, int i){
  article_result(ctx, &((ArticleCursor*)cur)->a, i);
  return SQLITE_OK;
}

static void articleReset(NewsTvfCursor *cur){
  news_article_clear(&((ArticleCursor*)cur)->a);
}

static const NewsTvfModule articleModule = {
  /* zName        */ "article",
  /* zColumns     */ "title TEXT, source TEXT, published TEXT, updated TEXT,"
                     " author TEXT, section TEXT, language TEXT, url TEXT,"
                     " body TEXT, lead TEXT, words INTEGER, format TEXT",
  /* nColumn      */ COL_COUNT,
  /* azArg        */ {"raw"},
  /* nArg         */ 1,
  /* nRequired    */ 1,
  /* nRowEstimate */ 1,
  /* szCursor     */ sizeof(ArticleCursor),
  /* xStart       */ articleStart,
  /* xNext        */ articleNext,
  /* xColumn      */ articleColumn,
  /* xReset       */ articleReset
};

int news_article_register(sqlite3 *db){
  ArticleCache *pCache;
  int rc, i;
  pCache = sqlite3_malloc64(sizeof(ArticleCache));
  if( pCache==0 ) return SQLITE_NOMEM;
  memset(pCache, 0, sizeof(*pCache));
  /* The cache is shared by all the scalars, each holding a reference that
  ** SQLite drops when the function is replaced or the connection closes;
  ** one extra reference is held during registration. */
  pCache->nRef = 1;
  for(i=0; i<(int)(sizeof(aScalar)/sizeof(aScalar[0])); i++){
    pCache->nRef++;
    rc = sqlite3_create_function_v2(db, aScalar[i].zName, 1,
           NEWS_SCALAR, pCache, axScalar[i], 0, 0, article_cache_unref);
    if( rc!=SQLITE_OK ) break;        /* the destructor already ran */
  }
  article_cache_unref(pCache);
  if( rc!=SQLITE_OK ) return rc;
  return news_tvf_register(db, &articleModule, 0, 0);
}
