/*
** dates.c - dates(document [, reference [, options]]) and
** date_parse(text [, reference [, options]]): date expressions in news
** text, normalized to TIMEX3 values against a reference date.
**
**     SELECT text, value, granularity, kind, first_day, last_day
**       FROM dates('Talks resumed last week and end on 5 December.',
**                  '2025-11-05');
**
** Columns: text, start, end (character offsets, end exclusive), value
** (TIMEX3: 2025-11-05, 2025-11, 2025-W45, 2025-Q3, 2025-SU, 199, 19,
** 2025-11-05T15:30, 2025-11-05TMO, PAST_REF ...; NULL when the expression
** needs a reference and none was given), granularity, kind (absolute,
** relative, partial), first_day and last_day (the ISO days bounding the
** period), ambiguous (1 when a numeric date reads both d/m and m/d) and
** mod (early, mid, late, approx).  Hidden arguments: document, reference,
** options.  README "dates" documents the rules and options.
**
** How it works.  The text core's tokens (ext/text.h; hyphenated words are
** split again at their hyphens) become "atoms" held in a small ring
** buffer; each word atom carries its folded form and its lexicon entries
** (date_lexicon.c: the words of every language, as data).  At each atom
** that can start a date, a set of small recursive-descent parsers try
** their patterns over word categories, and the longest match wins
** (leftmost-longest, no overlaps).  Every parser looks at most a bounded
** number of atoms ahead, so a scan is linear in the text, and memory does
** not grow with it: dates() streams its rows as SQLite steps.  Most of a
** news text holds no date: a pre-scan of the bytes (next_window()) finds
** the next digit or head word, and atoms are made only from the few words
** before it on (NewsDateOptions.bFullScan makes them all; the results are
** the same).
**
** Resolution.  Relative and partial expressions are resolved against the
** reference: yesterday, last week (ISO week), two months ago, Friday (the
** latest Friday on or before the reference by default), November 11 and
** bare month names (the nearest such date, before or after; after
** "since", "until" or a verb in the future, the one on that side), the
** third quarter (the reference year).  Financial text talks about a
** quarter and then "a year ago", "the year-earlier quarter", "the latest
** period": those follow the quarter in focus, the last one mentioned.
*/
#include "dates.h"
#include "date_lexicon.h"
#include "text.h"
#include "tvf.h"
#include <string.h>
#include <stddef.h>

typedef sqlite3_int64 i64;
#define KIND_BIT(k) ((sqlite3_uint64)1<<(k))

/*************************************************************************
** Calendar arithmetic (proleptic Gregorian; days counted from 1970-01-01)
*/

static int is_leap(int y){
  return (y%4==0 && y%100!=0) || y%400==0;
}

static int month_days(int y, int m){
  static const unsigned char aDays[12] = {31,28,31,30,31,30,31,31,30,31,30,31};
  return (m==2 && is_leap(y)) ? 29 : aDays[m-1];
}

static int valid_ymd(int y, int m, int d){
  return y>=1 && y<=9999 && m>=1 && m<=12 && d>=1 && d<=month_days(y, m);
}

/* Howard Hinnant's days_from_civil / civil_from_days. */
static i64 days_from_civil(int y, int m, int d){
  i64 era, yoe, doy, doe;
  y -= m<=2;
  era = (y>=0 ? y : y-399)/400;
  yoe = y - era*400;
  doy = (153*(m + (m>2 ? -3 : 9)) + 2)/5 + d - 1;
  doe = yoe*365 + yoe/4 - yoe/100 + doy;
  return era*146097 + doe - 719468;
}

static void civil_from_days(i64 z, int *py, int *pm, int *pd){
  i64 era, doe, yoe, y, doy, mp, d, m;
  z += 719468;
  era = (z>=0 ? z : z-146096)/146097;
  doe = z - era*146097;
  yoe = (doe - doe/1460 + doe/36524 - doe/146096)/365;
  y = yoe + era*400;
  doy = doe - (365*yoe + yoe/4 - yoe/100);
  mp = (5*doy + 2)/153;
  d = doy - (153*mp + 2)/5 + 1;
  m = mp<10 ? mp+3 : mp-9;
  *py = (int)(y + (m<=2));
  *pm = (int)m;
  *pd = (int)d;
}

/* 1 = Monday .. 7 = Sunday (1970-01-01 was a Thursday). */
static int weekday_of(i64 days){
  return (int)(((days % 7) + 7 + 3) % 7) + 1;
}

static void iso_week(i64 days, int *pY, int *pW){
  i64 thu = days + 4 - weekday_of(days);      /* Thursday of that week */
  int y, m, d;
  civil_from_days(thu, &y, &m, &d);
  *pY = y;
  *pW = (int)((thu - days_from_civil(y, 1, 1))/7) + 1;
}

static i64 iso_week_monday(int y, int w){
  i64 jan4 = days_from_civil(y, 1, 4);
  return jan4 - (weekday_of(jan4) - 1) + 7*(i64)(w - 1);
}

/* Easter Sunday (anonymous Gregorian algorithm). */
static i64 easter_days(int y){
  int a = y%19, b = y/100, c = y%100, d = b/4, e = b%4;
  int f = (b+8)/25, g = (b-f+1)/3, h = (19*a+b-d-g+15)%30;
  int i = c/4, k = c%4, l = (32+2*e+2*i-h-k)%7, m = (a+11*h+22*l)/451;
  int month = (h+l-7*m+114)/31, day = (h+l-7*m+114)%31 + 1;
  return days_from_civil(y, month, day);
}

/* The n-th (5: last) weekday wd of month m of year y, counting from day
** d0 of the month (1: all of it). */
static i64 nth_weekday(int y, int m, int n, int wd, int d0){
  i64 first;
  if( n>=5 ){
    i64 last = days_from_civil(y, m, month_days(y, m));
    return last - ((weekday_of(last) - wd + 7) % 7);
  }
  first = days_from_civil(y, m, d0>1 && d0<=28 ? d0 : 1);
  return first + ((wd - weekday_of(first) + 7) % 7) + 7*(n-1);
}

/* Season of a day: 1 spring (Mar-May) .. 4 winter (Dec-Feb, named after
** the year it starts in).  Returns a running index y*4 + s-1. */
static int season_index(int y, int m){
  if( m<=2 ) return (y-1)*4 + 3;
  if( m==12 ) return y*4 + 3;
  return y*4 + (m-3)/3;
}

/*************************************************************************
** Values
*/

typedef struct DateValue DateValue;
struct DateValue {
  int gran;                 /* NEWS_GRAN_* */
  int y, m, d;              /* y is the ISO year for weeks */
  int n;                    /* week, quarter, half, season 1..4, decade
                            ** (199), century (19), or the REF kind */
  int bWeekend;             /* 2025-W45-WE */
  int hh, mi, ss;           /* TIME; hh<0 with pod for parts of the day */
  int pod;                  /* NEWS_POD_* */
  int y2;                   /* a year range 2014/2015: the last year */
};

static const char *const azPod[] = { "", "MO", "AF", "EV", "NI", "MI" };
static const char *const azSeason[] = { "", "SP", "SU", "FA", "WI" };
static const char *const azRef[] = { "", "PAST_REF", "PRESENT_REF", "FUTURE_REF" };

/* Write v (0..9999) as exactly nDigit digits at z; returns the end.
** (Values are formatted for every match: sqlite3_snprintf() cost more
** than the rest of a match.) */
static char *put_digits(char *z, int v, int nDigit){
  int k;
  for(k=nDigit-1; k>=0; k--){ z[k] = (char)('0' + v%10); v /= 10; }
  return z + nDigit;
}

static char *put_str(char *z, const char *zStr){
  while( *zStr ) *z++ = *zStr++;
  return z;
}

/* YYYY-MM-DD at z; returns the end. */
static char *put_ymd(char *z, int y, int m, int d){
  z = put_digits(z, y, 4);
  *z++ = '-';
  z = put_digits(z, m, 2);
  *z++ = '-';
  return put_digits(z, d, 2);
}

/* TIMEX3 value of v into z[24]; returns 0 if it cannot be written (a
** year outside 1..9999). */
static int format_value(const DateValue *v, char *z){
  int y = v->y;
  if( v->gran!=NEWS_GRAN_REF && v->gran!=NEWS_GRAN_DECADE
   && v->gran!=NEWS_GRAN_CENTURY && (y<1 || y>9999) ) return 0;
  switch( v->gran ){
    case NEWS_GRAN_TIME:
      z = put_ymd(z, y, v->m, v->d);
      *z++ = 'T';
      if( v->hh<0 ){
        z = put_str(z, azPod[v->pod]);
      }else{
        z = put_digits(z, v->hh, 2);
        *z++ = ':';
        z = put_digits(z, v->mi, 2);
        if( v->ss ){
          *z++ = ':';
          z = put_digits(z, v->ss, 2);
        }
      }
      break;
    case NEWS_GRAN_DAY:
      z = put_ymd(z, y, v->m, v->d);
      break;
    case NEWS_GRAN_WEEK:
      z = put_digits(z, y, 4);
      z = put_str(z, "-W");
      z = put_digits(z, v->n, 2);
      if( v->bWeekend ) z = put_str(z, "-WE");
      break;
    case NEWS_GRAN_MONTH:
      z = put_digits(z, y, 4);
      *z++ = '-';
      z = put_digits(z, v->m, 2);
      break;
    case NEWS_GRAN_QUARTER:
    case NEWS_GRAN_HALF:
      z = put_digits(z, y, 4);
      z = put_str(z, v->gran==NEWS_GRAN_QUARTER ? "-Q" : "-H");
      z = put_digits(z, v->n, 1);
      break;
    case NEWS_GRAN_SEASON:
      z = put_digits(z, y, 4);
      *z++ = '-';
      z = put_str(z, azSeason[v->n]);
      break;
    case NEWS_GRAN_YEAR:
      z = put_digits(z, y, 4);
      if( v->y2 ){
        if( v->y2<1 || v->y2>9999 ) return 0;
        *z++ = '/';
        z = put_digits(z, v->y2, 4);
      }
      break;
    case NEWS_GRAN_DECADE:
      if( v->n<1 || v->n>999 ) return 0;
      z = put_digits(z, v->n, 3);
      break;
    case NEWS_GRAN_CENTURY:
      if( v->n<0 || v->n>99 ) return 0;
      z = put_digits(z, v->n, 2);
      break;
    case NEWS_GRAN_REF:
      z = put_str(z, azRef[v->n]);
      break;
    default:
      return 0;
  }
  *z = 0;
  return 1;
}

static void format_day(i64 days, char *z){
  int y, m, d;
  civil_from_days(days, &y, &m, &d);
  if( y<1 || y>9999 ){ z[0] = 0; return; }
  *put_ymd(z, y, m, d) = 0;
}

/*
** The first and last day of the period v names, narrowed to its first,
** middle or last third for early/mid/late.  PAST_REF is open before the
** reference, FUTURE_REF after it.  Returns 0 when unbounded on both ends.
*/
static int value_bounds(const DateValue *v, int eMod, const NewsDateRef *pRef,
                        i64 *pFirst, i64 *pLast, int *pbOpenStart,
                        int *pbOpenEnd){
  i64 a = 0, b = 0;
  int y = v->y;
  *pbOpenStart = *pbOpenEnd = 0;
  switch( v->gran ){
    case NEWS_GRAN_TIME:
    case NEWS_GRAN_DAY:
      a = b = days_from_civil(y, v->m, v->d);
      break;
    case NEWS_GRAN_WEEK:
      a = iso_week_monday(y, v->n);
      b = a + 6;
      if( v->bWeekend ) a += 5;
      break;
    case NEWS_GRAN_MONTH:
      a = days_from_civil(y, v->m, 1);
      b = days_from_civil(y, v->m, month_days(y, v->m));
      break;
    case NEWS_GRAN_QUARTER:
      a = days_from_civil(y, 3*v->n-2, 1);
      b = days_from_civil(y, 3*v->n, month_days(y, 3*v->n));
      break;
    case NEWS_GRAN_HALF:
      a = days_from_civil(y, 6*v->n-5, 1);
      b = days_from_civil(y, 6*v->n, month_days(y, 6*v->n));
      break;
    case NEWS_GRAN_SEASON:
      if( v->n==4 ){
        a = days_from_civil(y, 12, 1);
        b = days_from_civil(y+1, 3, 1) - 1;
      }else{
        a = days_from_civil(y, 3*v->n, 1);
        b = days_from_civil(y, 3*v->n+2, month_days(y, 3*v->n+2));
      }
      break;
    case NEWS_GRAN_YEAR:
      a = days_from_civil(y, 1, 1);
      b = days_from_civil(v->y2 ? v->y2 : y, 12, 31);
      break;
    case NEWS_GRAN_DECADE:
      a = days_from_civil(v->n*10, 1, 1);
      b = days_from_civil(v->n*10+9, 12, 31);
      break;
    case NEWS_GRAN_CENTURY:
      a = days_from_civil(v->n>0 ? v->n*100 : 1, 1, 1);
      b = days_from_civil(v->n*100+99, 12, 31);
      break;
    case NEWS_GRAN_REF:
      if( pRef==0 ) return 0;
      a = b = days_from_civil(pRef->y, pRef->m, pRef->d);
      if( v->n==NEWS_REF_PAST ) *pbOpenStart = 1;
      if( v->n==NEWS_REF_FUTURE ) *pbOpenEnd = 1;
      break;
    default:
      return 0;
  }
  if( eMod && eMod!=NEWS_MOD_APPROX && b-a>=2 && v->gran!=NEWS_GRAN_REF ){
    /* thirds: days 1-10/11-20/21- of a month, months 1-4/5-8/9-12 of a
    ** year, else thirds of the days */
    if( v->gran==NEWS_GRAN_MONTH ){
      if( eMod==NEWS_MOD_START ) b = a + 9;
      else if( eMod==NEWS_MOD_MID ){ a += 10; b = a + 9; }
      else a += 20;
    }else if( v->gran==NEWS_GRAN_YEAR && v->y2==0 ){
      int m0 = 4*(eMod-1) + 1;
      a = days_from_civil(y, m0, 1);
      b = days_from_civil(y, m0+3, month_days(y, m0+3));
    }else if( v->gran==NEWS_GRAN_DECADE || v->gran==NEWS_GRAN_CENTURY ){
      /* whole years: 0-3/4-6/7-9 of a decade, 0-32/33-65/66-99 */
      static const int aCut[2][4] = { {0, 4, 7, 10}, {0, 33, 66, 100} };
      const int *c = aCut[v->gran==NEWS_GRAN_CENTURY];
      int y0 = v->n * (v->gran==NEWS_GRAN_CENTURY ? 100 : 10);
      a = days_from_civil(y0 + c[eMod-1] ? y0 + c[eMod-1] : 1, 1, 1);
      b = days_from_civil(y0 + c[eMod] - 1, 12, 31);
    }else{
      i64 n = b - a + 1, a0 = a;
      if( eMod==NEWS_MOD_START ) b = a0 + n/3 - 1;
      else if( eMod==NEWS_MOD_MID ){ a = a0 + n/3; b = a0 + 2*n/3 - 1; }
      else a = a0 + 2*n/3;
    }
  }
  *pFirst = a;
  *pLast = b;
  return 1;
}

/*************************************************************************
** Atoms: the text core's tokens, hyphenated words split at the hyphens,
** with their lexicon entries.  Kept in a ring buffer.
*/

#define RING 128                /* atoms kept; power of two */
#define DETECT_WORDS 80         /* words sampled to detect the language */
#define LOOKBACK 8              /* atoms a parser may look back */

typedef struct Atom Atom;
struct Atom {
  int eKind;                    /* NEWS_TOKEN_* */
  int flags;                    /* NEWS_TF_* */
  int iStart, iEnd;             /* byte offsets */
  i64 iCharStart, iCharEnd;     /* character offsets */
  int bSpace;                   /* white space before it */
  int iNum;                     /* value of 1..9 plain ASCII digits, or -1 */
  int nDigit;                   /* their count */
  int nKey;                     /* folded form, 0 if none */
  char zKey[NEWS_DATE_KEY_MAX+1];
  const NewsDateWord *pWord;    /* first lexicon entry, or NULL */
  sqlite3_uint64 mKind;         /* KIND_BIT(eKind) for each kind among them */
  int nSuffix;                  /* bytes of a removed suffix clitic ('s) */
};

typedef struct Scanner Scanner;
struct Scanner {
  const char *z;                /* the text */
  int n;
  NewsDateRef ref;              /* reference, when bRef */
  int bRef;
  i64 refDays;
  NewsDateOptions opt;
  int mLang;                    /* languages in use */
  int bWhole;                   /* date_parse(): also compact forms */
  NewsPartTokenizer tk;         /* the text, hyphenated words split */
  int lastEnd;                  /* byte end of the last atom */
  i64 nAtom;                    /* atoms produced so far */
  int bEof;
  i64 iPos;                     /* next atom to try */
  i64 iFloor;                   /* first atom after skipped text */
  i64 iLow;                     /* first atom at() returns: the larger of
                                ** iFloor and the oldest one in the ring */
  int iHeadEnd;                 /* end of the head word that next_window()
                                ** found last: no new search before it */
  int iFirstHigh;               /* its first non-ASCII byte, or n */
  NewsBuf scratch;              /* for folding non-ASCII words */
  /* Discourse state */
  int bFocusQ;                  /* a quarter was mentioned: */
  int focusQy, focusQ;          /* ... this one */
  int focusAt;                  /* ... ending at this byte */
  int lastGran;                 /* granularity of the previous match, */
  i64 prevEnd;                  /* ... the atom after it, */
  int prevKind;                 /* ... its kind, */
  int bPrevMonthDay;            /* ... a month name and a day, */
  int bPrevDays;                /* ... its first day is lastDays */
  int bLast;                    /* a date was mentioned: */
  i64 lastDays;                 /* ... its first day */
  int bLastDay;                 /* a day was mentioned: */
  i64 lastDay;                  /* ... that day */
  int lastDayAt;                /* ... ending at this byte */
  int bInMod;                   /* parsing what "the end of" modifies */
  Atom aRing[RING];             /* last: not cleared by scanner_init() */
};

/* Byte classes for reading words from the bytes (next_window()): white
** space, lower-case and upper-case ASCII letters, digits, other ASCII,
** bytes of non-ASCII characters. */
enum { PS, PL, PU, PD, PO, PH };
static const unsigned char aPreClass[256] = {
  PO, PO, PO, PO, PO, PO, PO, PO, PO, PS, PS, PS, PS, PS, PO, PO,
  PO, PO, PO, PO, PO, PO, PO, PO, PO, PO, PO, PO, PO, PO, PO, PO,
  PS, PO, PO, PO, PO, PO, PO, PO, PO, PO, PO, PO, PO, PO, PO, PO,
  PD, PD, PD, PD, PD, PD, PD, PD, PD, PD, PO, PO, PO, PO, PO, PO,
  PO, PU, PU, PU, PU, PU, PU, PU, PU, PU, PU, PU, PU, PU, PU, PU,
  PU, PU, PU, PU, PU, PU, PU, PU, PU, PU, PU, PO, PO, PO, PO, PO,
  PO, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL,
  PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PO, PO, PO, PO, PO,
  PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH,
  PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH,
  PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH,
  PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH,
  PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH,
  PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH,
  PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH,
  PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH, PH,
};

/* The kinds of a's lexicon entries in the languages mLang. */
#define PHRASE_BIT KIND_BIT(NEWS_DW_PHRASE)    /* starts a phrase entry */
static void atom_set_kinds(Atom *a, int mLang){
  a->mKind = a->pWord ? news_date_lexicon_kinds(a->pWord, mLang) : 0;
}

static void atom_fill_key(Scanner *p, Atom *a){
  const char *z = p->z;
  a->nKey = 0;
  a->pWord = 0;
  a->mKind = 0;
  a->nSuffix = 0;
  if( a->eKind==NEWS_TOKEN_NUMBER || a->eKind==NEWS_TOKEN_URL
   || a->eKind==NEWS_TOKEN_EMAIL ) return;
  a->nKey = news_date_key_buf(z + a->iStart, a->iEnd - a->iStart, a->zKey,
                              &p->scratch);
  if( a->nKey==0 ) return;
  a->pWord = news_date_lexicon_find(a->zKey, a->nKey);
  if( a->pWord==0 && (a->flags & NEWS_TF_APOSTROPHE) ){
    a->pWord = news_date_lexicon_find_stripped(a->zKey, a->nKey, &a->nSuffix);
  }
  atom_set_kinds(a, p->mLang);
}

/* Bytes of a final possessive 's ('s, ’s, ʼs) of z[0..n), or 0. */
static int possessive_suffix(const char *z, int n){
  const unsigned char *u = (const unsigned char*)z;
  if( n<2 || (u[n-1]|0x20)!='s' ) return 0;
  if( u[n-2]=='\'' ) return 2;
  if( n>=4 && u[n-4]==0xE2 && u[n-3]==0x80 && u[n-2]==0x99 ) return 4;
  if( n>=3 && u[n-3]==0xCA && u[n-2]==0xBC ) return 3;
  return 0;
}

/* Produce the next atom into the ring; sets bEof at the end. */
static void fetch_atom(Scanner *p){
  NewsToken t;
  Atom *a;
  int k;
  if( !news_parts_next(&p->tk, &t) ){ p->bEof = 1; return; }
  a = &p->aRing[p->nAtom & (RING-1)];
  a->eKind = t.eKind;
  a->flags = t.flags;
  a->iStart = t.iStart;
  a->iEnd = t.iEnd;
  a->iCharStart = t.iCharStart;
  a->iCharEnd = t.iCharEnd;
  a->bSpace = p->nAtom==0 || t.iStart>p->lastEnd;
  p->lastEnd = t.iEnd;
  a->iNum = -1;
  a->nDigit = 0;
  if( (t.eKind==NEWS_TOKEN_NUMBER
       || (t.flags & (NEWS_TF_APOSTROPHE|NEWS_TF_DIGIT))==(NEWS_TF_APOSTROPHE|NEWS_TF_DIGIT))
   && t.iEnd-t.iStart<=12 ){
    int v = 0, nSuffix = t.eKind==NEWS_TOKEN_NUMBER ? 0
                       : possessive_suffix(p->z+t.iStart, t.iEnd-t.iStart);
    for(k=t.iStart; k<t.iEnd && p->z[k]>='0' && p->z[k]<='9'; k++){
      if( k-t.iStart<9 ) v = v*10 + (p->z[k]-'0');
    }
    if( k-t.iStart>9 ){
      /* 10 digits or more: no value (iNum counts 1..9 digits) */
    }else if( k==t.iEnd || (nSuffix && k==t.iEnd-nSuffix && k-t.iStart<=4
                      && !(k-t.iStart==4 && p->z[k-1]=='0')) ){
      /* 1990's stays a decade; Nov. 5's is the number 5 */
      a->iNum = v;
      a->nDigit = k - t.iStart;
    }
  }
  atom_fill_key(p, a);
  if( a->iNum>=0 && a->nDigit<a->iEnd-a->iStart ){
    a->nSuffix = a->iEnd - a->iStart - a->nDigit;
  }
  p->nAtom++;
  if( p->nAtom-RING+1>p->iLow ) p->iLow = p->nAtom-RING+1;
}

/* Atom i, or NULL past the end (or too far back, which parsers avoid). */
static Atom *at_fetch(Scanner *p, i64 i){
  while( p->nAtom<=i && !p->bEof ) fetch_atom(p);
  if( i>=p->nAtom || i<p->iLow ) return 0;
  return &p->aRing[i & (RING-1)];
}
static inline Atom *at(Scanner *p, i64 i){
  if( i<p->nAtom && i>=p->iLow ) return &p->aRing[i & (RING-1)];
  return at_fetch(p, i);
}

static int case_ok(const Atom *a, const NewsDateWord *w){
  if( (w->flags & NEWS_DWF_CAP) && !(a->flags & NEWS_TF_CAPITAL) ) return 0;
  if( (w->flags & NEWS_DWF_LOWER) && (a->flags & NEWS_TF_CAPITAL) ) return 0;
  if( (w->flags & NEWS_DWF_UPPER)
   && ((a->flags & NEWS_TF_LOWER) || !(a->flags & NEWS_TF_UPPER)) ) return 0;
  return 1;
}

/* Atoms matched by phrase w starting at atom i (whose key is its first
** token), or 0. */
static int phrase_len(Scanner *p, i64 i, const NewsDateWord *w){
  int k, nTok = news_date_word_ntoken(w);
  for(k=1; k<nTok; k++){
    int nT;
    const char *zT = news_date_word_token(w, k, &nT);
    Atom *a = at(p, i+k);
    if( a==0 || a->nKey!=nT || memcmp(a->zKey, zT, nT)!=0 ) return 0;
  }
  return nTok ? nTok : 1;
}

/*
** The longest lexicon entry of kind eKind starting at atom i, in one of
** the languages *pmLang (which is narrowed to the entry's).  *pj receives
** the atom after it.  The parsers ask this at every atom they look at:
** the test of the atom's kinds is inline, the search among its entries
** (rarely needed) is not.
*/
static const NewsDateWord *word_at_entries(Scanner *p, Atom *a, i64 i,
                                           int eKind, int *pmLang, i64 *pj){
  const NewsDateWord *w, *pBest = 0;
  int nBest = 0, mBest = 0;
  for(w=a->pWord; w; w=news_date_lexicon_next(w)){
    int nLen;
    if( w->eKind!=eKind || (w->mLang & *pmLang)==0 || !case_ok(a, w) ) continue;
    nLen = phrase_len(p, i, w);
    if( nLen>nBest ){ pBest = w; nBest = nLen; mBest = w->mLang; }
    else if( nLen==nBest && nLen>0 ) mBest |= w->mLang;  /* "de": fr and es */
  }
  if( pBest ){
    *pmLang &= mBest;
    *pj = i + nBest;
  }
  return pBest;
}
static inline const NewsDateWord *word_at(Scanner *p, i64 i, int eKind,
                                          int *pmLang, i64 *pj){
  Atom *a = at(p, i);
  if( a==0 || (a->mKind & KIND_BIT(eKind))==0 ) return 0;
  return word_at_entries(p, a, i, eKind, pmLang, pj);
}

/* word_at() without narrowing or position: is atom i such a word? */
static const NewsDateWord *is_word(Scanner *p, i64 i, int eKind){
  int mLang = p->mLang;
  i64 j;
  return word_at(p, i, eKind, &mLang, &j);
}

static int is_punct(Scanner *p, i64 i, char c){
  Atom *a = at(p, i);
  return a && a->eKind==NEWS_TOKEN_PUNCT && a->nKey==1 && a->zKey[0]==c;
}

/* A hyphen or an en dash, as in 2014-15 or 1939–45. */
static int is_dash(Scanner *p, i64 i){
  Atom *a = at(p, i);
  if( a==0 || a->eKind!=NEWS_TOKEN_PUNCT ) return 0;
  return (a->nKey==1 && a->zKey[0]=='-')
      || (a->iEnd-a->iStart==3 && memcmp(p->z+a->iStart, "\xE2\x80\x93", 3)==0);
}

/* Atom i follows the previous one without white space. */
static int is_adjacent(Scanner *p, i64 i){
  Atom *a = at(p, i);
  return a && !a->bSpace;
}

/* Plain digits at atom i: their count (0 if not), value in *pv. */
static int num_at(Scanner *p, i64 i, int *pv){
  Atom *a = at(p, i);
  if( a==0 || a->iNum<0 ) return 0;
  *pv = a->iNum;
  return a->nDigit;
}

/* Skip an optional article at i (the, la, der): the index after it. */
static i64 skip_article(Scanner *p, i64 i, int *pmLang){
  i64 j;
  int mLang = *pmLang;
  if( word_at(p, i, NEWS_DW_ARTICLE, &mLang, &j) ){ *pmLang = mLang; return j; }
  return i;
}

/*
** The atoms i..j-1 end exactly at byte iByte: returns j, or -1.  Used by
** the parsers of numeric forms, which read bytes (2025-11-05T09:30Z spans
** several tokens).
*/
static i64 atom_ending_at(Scanner *p, i64 i, int iByte){
  i64 j;
  for(j=i; j<i+24; j++){
    Atom *a = at(p, j);
    if( a==0 || a->iStart>=iByte ) return -1;
    if( a->iEnd==iByte ) return j+1;
    if( a->iEnd>iByte ) return -1;
  }
  return -1;
}

/*************************************************************************
** Expressions
*/

typedef struct Expr Expr;
struct Expr {
  i64 iFirst, iEnd;             /* atoms [iFirst, iEnd) */
  int eKind;                    /* NEWS_DATE_* */
  int eMod;                     /* NEWS_MOD_* */
  int bAmbig;
  int bValue;                   /* v is resolved (v.gran is always set) */
  int bInvalid;                 /* a date shape that is not a real date */
  int bAnchor;                  /* a quarter named outright (the focus) */
  int bMonthDay;                /* a month name and a day: April 24 */
  DateValue v;
};

static void expr_init(Expr *e, i64 i, int gran, int eKind){
  memset(e, 0, sizeof(*e));
  e->iFirst = i;
  e->iEnd = i;
  e->v.gran = gran;
  e->eKind = eKind;
}

static void set_day(Expr *e, i64 days){
  int y, m, d;
  civil_from_days(days, &y, &m, &d);
  e->v.gran = NEWS_GRAN_DAY;
  e->v.y = y; e->v.m = m; e->v.d = d;
  e->bValue = y>=1 && y<=9999;
}

static void set_week(Expr *e, i64 days, int bWeekend){
  int y, w;
  iso_week(days, &y, &w);
  e->v.gran = NEWS_GRAN_WEEK;
  e->v.y = y; e->v.n = w; e->v.bWeekend = bWeekend;
  e->bValue = 1;
}

/* Month by running index y*12 + m-1. */
static void set_month_index(Expr *e, int mi){
  e->v.gran = NEWS_GRAN_MONTH;
  e->v.y = mi/12; e->v.m = mi%12 + 1;
  e->bValue = 1;
}

static void set_gran_n(Expr *e, int gran, int y, int n){
  e->v.gran = gran;
  e->v.y = y; e->v.n = n;
  e->bValue = 1;
}

static void set_year(Expr *e, int y){
  e->v.gran = NEWS_GRAN_YEAR;
  e->v.y = y;
  e->bValue = y>=1 && y<=9999;
}

/* Turn a day value into a time of day (clock or part of day). */
static void set_time_of_day(Expr *e, int hh, int mi, int ss, int pod){
  if( e->v.gran!=NEWS_GRAN_DAY && e->v.gran!=NEWS_GRAN_TIME ) return;
  e->v.gran = NEWS_GRAN_TIME;
  e->v.hh = hh; e->v.mi = mi; e->v.ss = ss; e->v.pod = pod;
  if( hh==24 ){
    /* midnight: TIMEX3 writes T24:00 on the day that ends */
    e->v.mi = 0;
  }
}

/* Keep the longer of two candidates (the first on a tie). */
static void keep_longest(Expr *pBest, const Expr *e){
  if( e->iEnd>pBest->iEnd ) *pBest = *e;
}

/*************************************************************************
** Resolution helpers: pick the year of a partial date, the day of a
** weekday, relative units.
*/

/*
** The year of a month (and day) written without one: the year that puts
** the month within the seven months before or the four months after the
** reference month.  News looks back more than ahead: an article of
** November that mentions March means the March just past, one that
** mentions January means the coming one.  After a word that points back
** (since March, the year ended March 31) it is the latest such day on or
** before the reference; after one that points ahead (until June) the
** first on or after it: lean -1 / +1.  A day that does not exist in that
** year (February 29), or a weekday that does not match (Saturday, April
** 25), moves to the nearest year where it does.  0 if none.
*/
#define WINDOW_AHEAD 4

/* -1 after a word that points back (since, ended, seit), +1 after one that
** points ahead (until, bis), else 0: the word just before atom i. */
static int prep_lean(Scanner *p, i64 i){
  int mLang = p->mLang;
  const NewsDateWord *w;
  i64 j;
  if( i>0 && (w = word_at(p, i-1, NEWS_DW_PREP, &mLang, &j))!=0 && j==i ){
    return w->iVal<0 ? -1 : w->iVal>0 ? 1 : 0;
  }
  return 0;
}

static int tense_before(Scanner *p, int iByte);

/* The lexicon entry of kind eKind for key zKey in one of the languages
** *pmLang (narrowed to the entry's), or NULL. */
static const NewsDateWord *key_word(const char *zKey, int nKey, int eKind,
                                    int *pmLang){
  const NewsDateWord *w;
  for(w=nKey>0 ? news_date_lexicon_find(zKey, nKey) : 0; w; w=news_date_lexicon_next(w)){
    if( w->eKind==eKind && (w->mLang & *pmLang) ){
      *pmLang &= w->mLang;
      return w;
    }
  }
  return 0;
}

/*
** The words of the sentence around an expression, read from the bytes, not
** the atoms (the words may lie outside the atoms the scanner made, see
** next_window()).  key_before() reads the word before byte *pi and
** key_after() the word from it on, into zKey; both move *pi past the word
** and return its key's length (0 if it has none), or -1 at the end of the
** sentence or of the text.
*/
static int is_sentence_end(unsigned char c){
  return c=='.' || c=='!' || c=='?' || c==';' || c=='\n';
}
static int is_word_byte(unsigned char c){
  return c>=0x80 || aPreClass[c]==PL || aPreClass[c]==PU;
}
static int key_before(Scanner *p, int *pi, char *zKey){
  const unsigned char *z = (const unsigned char*)p->z;
  int i = *pi, iEnd;
  while( i>0 && !is_word_byte(z[i-1]) ){
    if( is_sentence_end(z[i-1]) ) return -1;
    i--;
  }
  if( i==0 ) return -1;
  iEnd = i;
  while( i>0 && is_word_byte(z[i-1]) ) i--;
  *pi = i;
  return news_date_key_buf(p->z+i, iEnd-i, zKey, &p->scratch);
}
static int key_after(Scanner *p, int *pi, char *zKey){
  const unsigned char *z = (const unsigned char*)p->z;
  int i = *pi, iStart;
  while( i<p->n && !is_word_byte(z[i]) ){
    if( is_sentence_end(z[i]) ) return -1;
    i++;
  }
  if( i==p->n ) return -1;
  iStart = i;
  while( i<p->n && is_word_byte(z[i]) ) i++;
  *pi = i;
  return news_date_key_buf(p->z+iStart, i-iStart, zKey, &p->scratch);
}

/* Does a past perfect follow the word that ends at byte iByte, within
** PERFECT_WORDS words of its sentence ("until Thursday, they had not")? */
#define PERFECT_WORDS 3
static int perfect_after(Scanner *p, int iByte){
  int i = iByte, nWord, nKey;
  char zKey[NEWS_DATE_KEY_MAX+1];
  for(nWord=0; nWord<PERFECT_WORDS && (nKey = key_after(p, &i, zKey))>=0; nWord++){
    int mLang = p->mLang;
    const NewsDateWord *w = key_word(zKey, nKey, NEWS_DW_TENSE, &mLang);
    if( w && w->iVal==-3 ) return 1;
  }
  return 0;
}

/* prep_lean(), or the tense of the verb before (they will meet in March,
** on Friday; he said Wednesday): which way a month or weekday without a
** year goes.  A past perfect after it undoes a lean ahead: "until
** Thursday, they had not called him a suspect" is the Thursday past. */
static int time_lean(Scanner *p, i64 i){
  int lean = prep_lean(p, i);
  if( lean==0 ) lean = tense_before(p, at(p, i)->iStart);
  if( lean>0 && perfect_after(p, at(p, i)->iEnd) ) lean = -1;
  return lean;
}

static int partial_year(Scanner *p, int m, int d, int wd, int lean){
  int y, best = 0, bestScore = 0;
  int cur = p->ref.y*12 + p->ref.m - 1;
  for(y=p->ref.y-1; y<=p->ref.y+1; y++){
    int off = y*12 + m-1 - cur, score;
    if( d && !valid_ymd(y, m, d) ) continue;
    if( d && wd && weekday_of(days_from_civil(y, m, d))!=wd ) continue;
    if( lean ){
      /* sign of (that day or month) - (the reference) */
      int cmp = off ? off : (d ? d - p->ref.d : 0);
      if( lean<0 ? cmp>0 : cmp<0 ) continue;
      score = off<0 ? -off : off;
    }else{
      score = (off>=WINDOW_AHEAD-11 && off<=WINDOW_AHEAD) ? 0 : (off<0 ? -off : off);
    }
    if( best==0 || score<bestScore ){ best = y; bestScore = score; }
  }
  if( best==0 && lean ) return partial_year(p, m, d, wd, 0);
  if( best==0 && wd ) return partial_year(p, m, d, 0, 0);
  return best;
}

/* The day of weekday wd seen from day base: shift -1 last (strictly
** before), +1 next (strictly after), 0 this (same ISO week), 2 the bare
** name (as the prefer option says), SHIFT_AHEAD / SHIFT_BEHIND the first
** on or after / on or before base ("until Friday", "since Friday"). */
#define SHIFT_AHEAD 3
#define SHIFT_BEHIND 4
static i64 weekday_day(Scanner *p, int wd, int shift, i64 base){
  int baseWd = weekday_of(base);
  i64 back = base - ((baseWd - wd + 7) % 7);      /* on or before */
  i64 fwd = base + ((wd - baseWd + 7) % 7);       /* on or after */
  switch( shift ){
    case -1: return back==base ? back-7 : back;
    case 1:  return fwd==base ? fwd+7 : fwd;
    case 0:  return base + (wd - baseWd);
    case SHIFT_AHEAD:  return fwd;
    case SHIFT_BEHIND: return back;
    default:
      if( p->opt.ePrefer==NEWS_DATE_PREFER_FUTURE ) return fwd;
      if( p->opt.ePrefer==NEWS_DATE_PREFER_NEAREST ){
        return (fwd - base < base - back) ? fwd : back;
      }
      /* the past, except the day after: "Tuesday" written on a Monday is
      ** tomorrow (six days back would be "last Tuesday") */
      return fwd==base+1 ? fwd : back;
  }
}

/* Resolve "shift unit" (last week, this quarter, next year; n units ago
** when n>1) into e, from the day base (the reference, or for "the
** following year" the date last mentioned).  shift is in units. */
static void resolve_unit(Scanner *p, Expr *e, int unit, int shift, i64 base){
  int y, m, d;
  civil_from_days(base, &y, &m, &d);
  switch( unit ){
    case NEWS_DU_MINUTE:
    case NEWS_DU_HOUR:
      if( p->ref.bTime && base==p->refDays ){
        i64 t = (p->refDays*24 + p->ref.hh)*60 + p->ref.mi, r;
        t += (i64)shift * (unit==NEWS_DU_HOUR ? 60 : 1);
        r = ((t % (24*60)) + 24*60) % (24*60);
        set_day(e, (t - r)/(24*60));
        if( e->bValue ) set_time_of_day(e, (int)(r/60), (int)(r%60), 0, 0);
      }else{
        set_day(e, base);
      }
      break;
    case NEWS_DU_DAY:
      set_day(e, base + shift);
      break;
    case NEWS_DU_WEEK:
      set_week(e, base + 7*(i64)shift, 0);
      break;
    case NEWS_DU_FORTNIGHT:
      set_week(e, base + 14*(i64)shift, 0);
      break;
    case NEWS_DU_WEEKEND:
      set_week(e, base + 7*(i64)shift, 1);
      break;
    case NEWS_DU_MONTH:
      set_month_index(e, y*12 + m-1 + shift);
      break;
    case NEWS_DU_QUARTER: {
      int qi = y*4 + (m-1)/3 + shift;
      set_gran_n(e, NEWS_GRAN_QUARTER, qi/4, qi%4 + 1);
      break;
    }
    case NEWS_DU_HALF: {
      int hi = y*2 + (m-1)/6 + shift;
      set_gran_n(e, NEWS_GRAN_HALF, hi/2, hi%2 + 1);
      break;
    }
    case NEWS_DU_YEAR:
      set_year(e, y + shift);
      break;
    case NEWS_DU_DECADE:
      set_gran_n(e, NEWS_GRAN_DECADE, 0, y/10 + shift);
      break;
    case NEWS_DU_CENTURY:
      set_gran_n(e, NEWS_GRAN_CENTURY, 0, y/100 + shift);
      break;
  }
}

/* The day a shift word counts from. */
static i64 shift_base(Scanner *p, const NewsDateWord *s){
  if( s && (s->flags & NEWS_DWF_ANAPHOR) && p->bLast ) return p->lastDays;
  return p->refDays;
}

static int unit_gran(int unit){
  switch( unit ){
    case NEWS_DU_MINUTE: case NEWS_DU_HOUR: return NEWS_GRAN_TIME;
    case NEWS_DU_DAY: return NEWS_GRAN_DAY;
    case NEWS_DU_WEEK: case NEWS_DU_WEEKEND: case NEWS_DU_FORTNIGHT:
      return NEWS_GRAN_WEEK;
    case NEWS_DU_MONTH: return NEWS_GRAN_MONTH;
    case NEWS_DU_QUARTER: case NEWS_DU_PERIOD: return NEWS_GRAN_QUARTER;
    case NEWS_DU_HALF: return NEWS_GRAN_HALF;
    case NEWS_DU_YEAR: return NEWS_GRAN_YEAR;
    case NEWS_DU_DECADE: return NEWS_GRAN_DECADE;
    default: return NEWS_GRAN_CENTURY;
  }
}

/*************************************************************************
** Numbers: days, years, counts
*/

/* Read up to maxd ASCII digits at z[*pi]; returns how many (0 if none or
** more than maxd). */
static int read_digits(const char *z, int n, int *pi, int maxd, int *pv){
  int k = 0, v = 0;
  while( *pi<n && z[*pi]>='0' && z[*pi]<='9' ){
    if( ++k>maxd ) return 0;
    v = v*10 + (z[*pi]-'0');
    (*pi)++;
  }
  *pv = v;
  return k;
}

/* True if the character at z[k] (k<n) is a letter, digit or mark, so that
** a number ending before it is glued to a word.  Unicode spaces and
** punctuation after a date (a no-break space, an em dash) are not. */
static int is_alnum_at(const char *z, int n, int k){
  uint32_t cp;
  NewsCharClass cc;
  news_utf8_decode((const unsigned char*)z, n, k, &cp);
  cc = news_char_class(cp);
  return cc==NEWS_CC_LETTER || cc==NEWS_CC_DIGIT || cc==NEWS_CC_NUMERIC
      || cc==NEWS_CC_MARK;
}

/*
** A token made of digits then letters (5th, 1er, 1990s, 90er): the digit
** value and count, and the lexicon entry of kind eKind for the letters.
*/
static const NewsDateWord *digits_suffix(Scanner *p, i64 i, int eKind,
                                         int *pmLang, int *pv, int *pnd){
  Atom *a = at(p, i);
  const NewsDateWord *w;
  char zKey[NEWS_DATE_KEY_MAX+1];
  int k, nKey;
  if( a==0 || a->eKind!=NEWS_TOKEN_WORD || !(a->flags & NEWS_TF_DIGIT) ) return 0;
  k = a->iStart;
  *pnd = read_digits(p->z, a->iEnd, &k, 4, pv);
  if( *pnd==0 || k>=a->iEnd ) return 0;
  nKey = news_date_key(p->z+k, a->iEnd-k, zKey);
  if( nKey==0 ) return 0;
  for(w=news_date_lexicon_find(zKey, nKey); w; w=news_date_lexicon_next(w)){
    if( w->eKind==eKind && (w->mLang & *pmLang) && news_date_word_ntoken(w)==1 ){
      *pmLang &= w->mLang;
      return w;
    }
  }
  return 0;
}

/* A cardinal written in words, 0..99: "six", "twenty-five", "a". */
static i64 number_words_at(Scanner *p, i64 i, int *pmLang, int *pv){
  const NewsDateWord *w;
  i64 j, j2;
  int mLang = *pmLang;
  w = word_at(p, i, NEWS_DW_NUMBER, &mLang, &j);
  if( w==0 ) return -1;
  *pv = w->iVal;
  if( w->iVal>=20 && w->iVal%10==0 && is_dash(p, j) && is_adjacent(p, j) ){
    int mLang2 = mLang;
    const NewsDateWord *w2 = word_at(p, j+1, NEWS_DW_NUMBER, &mLang2, &j2);
    if( w2 && w2->iVal>=1 && w2->iVal<=9 && is_adjacent(p, j+1) ){
      *pv += w2->iVal;
      mLang = mLang2;
      j = j2;
    }
  }
  *pmLang = mLang;
  return j;
}

/* A count: digits (up to 3) or number words; -1 for a vague quantity. */
static i64 count_at(Scanner *p, i64 i, int *pmLang, int *pv){
  int v, nd = num_at(p, i, &v);
  if( nd>0 && nd<=3 ){ *pv = v; return i+1; }
  return number_words_at(p, i, pmLang, pv);
}

/*
** A day of the month: 5, 05, 5th, 1er, fifth, twenty-first.  *pbOrd is
** set for the ordinal forms.  Returns the atom after it, or -1.
*/
static i64 day_at(Scanner *p, i64 i, int *pmLang, int *pd, int *pbOrd){
  const NewsDateWord *w;
  int v, nd, mLang = *pmLang;
  i64 j;
  *pbOrd = 0;
  nd = num_at(p, i, &v);
  if( nd>0 ){
    if( nd>2 || v<1 || v>31 ) return -1;
    *pd = v;
    return i+1;
  }
  if( digits_suffix(p, i, NEWS_DW_ORDSUFFIX, &mLang, &v, &nd) ){
    if( nd>2 || v<1 || v>31 ) return -1;
    *pd = v; *pbOrd = 1; *pmLang = mLang;
    return i+1;
  }
  w = word_at(p, i, NEWS_DW_ORDINAL, &mLang, &j);
  if( w ){
    *pd = w->iVal; *pbOrd = 1; *pmLang = mLang;
    return j;
  }
  /* twenty-first, thirty-first */
  w = word_at(p, i, NEWS_DW_NUMBER, &mLang, &j);
  if( w && (w->iVal==20 || w->iVal==30) && is_dash(p, j) && is_adjacent(p, j+1) ){
    const NewsDateWord *w2 = word_at(p, j+1, NEWS_DW_ORDINAL, &mLang, &j);
    if( w2 && w2->iVal<=9 && w->iVal + w2->iVal<=31 ){
      *pd = w->iVal + w2->iVal; *pbOrd = 1; *pmLang = mLang;
      return j;
    }
  }
  return -1;
}

/* Century for a two-digit year: the one that puts it nearest the
** reference (or 1950..2049 without one). */
static int expand_two_digit_year(Scanner *p, int yy){
  int base = p->bRef ? p->ref.y : 2000;
  int y = (base/100)*100 + yy;
  if( y>base+50 ) y -= 100;
  else if( y<=base-50 ) y += 100;
  return y;
}

/*
** A year in words: nineteen ninety-six, two thousand (and) one, twenty
** twenty-five.  Returns the atom after it or -1.
*/
static i64 year_words_at(Scanner *p, i64 i, int *pmLang, int *py, int *pbMult){
  int mLang = *pmLang, a, b = 0;
  i64 j, j2;
  const NewsDateWord *w;
  *pbMult = 0;
  j = number_words_at(p, i, &mLang, &a);
  if( j<0 ) return -1;
  if( a>=1 && a<=9 && (w = word_at(p, j, NEWS_DW_MULT, &mLang, &j2))!=0
   && w->iVal==1000 ){
    j = j2;
    if( is_word(p, j, NEWS_DW_PREP) && at(p, j)->nKey==3
     && memcmp(at(p, j)->zKey, "and", 3)==0 ){
      j2 = number_words_at(p, j+1, &mLang, &b);
      if( j2>0 ) j = j2;
    }else{
      j2 = number_words_at(p, j, &mLang, &b);
      if( j2>0 && b>=1 ) j = j2; else b = 0;
    }
    *py = a*1000 + b;
    *pmLang = mLang;
    *pbMult = 1;
    return j;
  }
  if( a<11 || a>20 ) return -1;
  if( (w = word_at(p, j, NEWS_DW_MULT, &mLang, &j2))!=0 && w->iVal==100 ){
    *py = a*100;
    *pmLang = mLang;
    *pbMult = 1;
    return j2;
  }
  j2 = number_words_at(p, j, &mLang, &b);
  if( j2<0 || b<10 ) return -1;
  *py = a*100 + b;
  *pmLang = mLang;
  return j2;
}

/*
** A year: four digits (1000..2999), '98 (after a month or a preposition),
** or words (bWords).  "two thousand", "twelve hundred" are more often
** counts than years: they need a word before that expects a year (in,
** since, the year, a month name).  Returns the atom after it or -1.
*/
static int has_context_before(Scanner *p, i64 i, int mLang);
static i64 year_at(Scanner *p, i64 i, int *pmLang, int *py, int bWords){
  int v, nd = num_at(p, i, &v);
  if( nd==4 ){
    if( v<1000 || v>2999 ) return -1;
    *py = v;
    return i+1;
  }
  if( nd==0 && is_punct(p, i, '\'') && num_at(p, i+1, &v)==2
   && is_adjacent(p, i+1) ){
    *py = expand_two_digit_year(p, v);
    return i+2;
  }
  if( bWords ){
    int bMult;
    i64 j = year_words_at(p, i, pmLang, py, &bMult);
    if( j>0 && bMult && !has_context_before(p, i, *pmLang)
     && !(i>0 && (is_word(p, i-1, NEWS_DW_YEARWORD) || is_word(p, i-1, NEWS_DW_MONTH))) ){
      return -1;
    }
    return j;
  }
  return -1;
}

/*************************************************************************
** Clock times: 3:30 p.m., 15:30, 3pm, 15h30, 15 Uhr, noon
*/

typedef struct Clock Clock;
struct Clock {
  int hh, mi, ss;
  int bStrong;              /* a.m./p.m., o'clock, a zone: surely a time */
};

/* The letters after the digits of a token (3pm, 15h30): their entry. */
static const NewsDateWord *letters_word(Scanner *p, int iFrom, int iTo,
                                        int eKind, int *pmLang){
  char zKey[NEWS_DATE_KEY_MAX+1];
  int nKey = news_date_key_buf(p->z+iFrom, iTo-iFrom, zKey, &p->scratch);
  return key_word(zKey, nKey, eKind, pmLang);
}

/* Apply a.m./p.m. to hour h (1..12): returns the 24-hour value or -1. */
static int apply_ampm(int h, int ampm){
  if( h<1 || h>12 ) return -1;
  if( ampm==12 ) return h==12 ? 12 : h+12;
  return h==12 ? 0 : h;
}

/* "in the morning", "at night" after an hour h (1..12) at atom i: the
** atom after it, with *ph made a 24-hour value; or -1. */
static i64 pod_after_clock(Scanner *p, i64 i, int *ph){
  int mLang = p->mLang, h = *ph;
  const NewsDateWord *w;
  i64 j, k;
  if( h<1 || h>12 || !word_at(p, i, NEWS_DW_PREP, &mLang, &j) ) return -1;
  j = skip_article(p, j, &mLang);
  if( (w = word_at(p, j, NEWS_DW_POD, &mLang, &k))==0 ) return -1;
  switch( w->iVal ){
    case NEWS_POD_MO: if( h==12 ) h = 0; break;
    case NEWS_POD_AF: case NEWS_POD_EV: if( h<12 ) h += 12; break;
    case NEWS_POD_NI: if( h>=6 && h<12 ) h += 12; else if( h==12 ) h = 0; break;
    default: return -1;
  }
  *ph = h;
  return k;
}

static i64 clock_at(Scanner *p, i64 i, int *pmLang, Clock *c){
  Atom *a = at(p, i);
  const NewsDateWord *w;
  int k, h, mi = 0, ss = 0, nd, mLang = *pmLang;
  i64 j, k2;
  memset(c, 0, sizeof(*c));
  if( a==0 ) return -1;
  if( (w = word_at(p, i, NEWS_DW_CLOCK, &mLang, &j))!=0 ){
    c->hh = w->iVal; c->bStrong = 1;
    *pmLang = mLang;
    return j;
  }
  if( !(a->flags & NEWS_TF_DIGIT) || p->z[a->iStart]<'0' || p->z[a->iStart]>'9' ){
    return -1;
  }
  k = a->iStart;
  nd = read_digits(p->z, a->iEnd, &k, 2, &h);
  if( nd==0 ) return -1;
  if( k<a->iEnd && (p->z[k]==':' || p->z[k]=='.') ){
    char sep = p->z[k++];
    if( read_digits(p->z, a->iEnd, &k, 2, &mi)!=2 || mi>59 ) return -1;
    if( sep=='.' ) c->bStrong = -1;     /* 3.30: needs a.m./Uhr to be a time */
    if( k<a->iEnd && p->z[k]==':' ){
      k++;
      if( read_digits(p->z, a->iEnd, &k, 2, &ss)!=2 || ss>59 ) return -1;
    }
  }else if( nd==2 && k==a->iEnd && p->bWhole==0 && h>24 ){
    return -1;
  }
  if( k<a->iEnd ){
    /* letters glued to the digits: 3pm, 15h30, 15h */
    int iL = k;
    while( k<a->iEnd && ((p->z[k]|0x20)>='a' && (p->z[k]|0x20)<='z') ) k++;
    if( (w = letters_word(p, iL, k, NEWS_DW_AMPM, &mLang))!=0 ){
      if( k!=a->iEnd ) return -1;
      h = apply_ampm(h, w->iVal);
      c->bStrong = 1;
    }else if( letters_word(p, iL, k, NEWS_DW_OCLOCK, &mLang) ){
      c->bStrong = 1;
      if( k<a->iEnd && read_digits(p->z, a->iEnd, &k, 2, &mi)!=2 ) return -1;
      if( k!=a->iEnd || mi>59 ) return -1;
    }else{
      return -1;
    }
    j = i+1;
  }else{
    j = i+1;
    if( (w = word_at(p, j, NEWS_DW_AMPM, &mLang, &j))!=0 ){
      h = apply_ampm(h, w->iVal);
      c->bStrong = 1;
    }else if( word_at(p, j, NEWS_DW_OCLOCK, &mLang, &j) ){
      c->bStrong = 1;
      if( num_at(p, j, &mi)==2 && mi<60 ) j++;      /* 15 h 30 */
    }else if( (k2 = pod_after_clock(p, j, &h))>0 ){
      c->bStrong = 1;                   /* 4 in the morning, 9 at night */
      j = k2;
    }else if( c->bStrong<0 || k==a->iStart+nd ){
      return -1;                        /* "3" or "3.30" alone: a number */
    }
  }
  if( h<0 || h>24 || (h==24 && (mi || ss)) ) return -1;
  if( c->bStrong<0 ) c->bStrong = 1;
  c->hh = h; c->mi = mi; c->ss = ss;
  /* a zone: EST, GMT, +0000, -05:00 */
  if( word_at(p, j, NEWS_DW_TZ, &mLang, &j) ){
    c->bStrong = 1;
  }
  {
    Atom *b = at(p, j);
    if( b && (b->eKind==NEWS_TOKEN_PUNCT || b->eKind==NEWS_TOKEN_SYMBOL)
     && b->nKey==1 && (b->zKey[0]=='+' || b->zKey[0]=='-') ){
      Atom *d = at(p, j+1);
      if( d && !d->bSpace && d->eKind==NEWS_TOKEN_NUMBER
       && (d->iEnd-d->iStart==4 || d->iEnd-d->iStart==5) ){
        j += 2;
        c->bStrong = 1;
      }
    }
  }
  *pmLang = mLang;
  return j;
}

/*************************************************************************
** Parsers.  Each tries one family of expressions at atom i and fills an
** Expr (iEnd > iFirst) or leaves e->iEnd == i.
*/

static void parse_day_phrase(Scanner *p, i64 i, Expr *e, int bWithTime);

/* Optional time after a day: "November 5, 2025, at 3 p.m.", "Friday 9:30". */
static void attach_time(Scanner *p, Expr *e){
  i64 j = e->iEnd;
  int mLang = p->mLang;
  Clock c;
  i64 k;
  if( e->v.gran!=NEWS_GRAN_DAY ) return;
  if( is_punct(p, j, ',') ) j++;
  if( is_word(p, j, NEWS_DW_PREP) ){
    Atom *a = at(p, j);
    /* at, um, à: prepositions that introduce a time */
    if( (a->nKey==2 && (memcmp(a->zKey, "at", 2)==0 || memcmp(a->zKey, "um", 2)==0))
     || (a->nKey==1 && a->zKey[0]=='a') ){
      j++;
    }
  }
  k = clock_at(p, j, &mLang, &c);
  if( k<0 || !c.bStrong ){
    /* a clock without a.m./p.m. after a date: 2025-11-05 09:30 */
    Atom *a = at(p, j);
    if( k<0 || a==0 || memchr(p->z+a->iStart, ':', a->iEnd-a->iStart)==0 ) return;
  }
  e->iEnd = k;
  if( e->bValue ) set_time_of_day(e, c.hh, c.mi, c.ss, 0);
  else e->v.gran = NEWS_GRAN_TIME;
}

/* Optional part of the day after a day: "Friday morning", "hier soir". */
static void attach_pod(Scanner *p, Expr *e, int *pmLang){
  const NewsDateWord *w;
  i64 j;
  int mLang = *pmLang;
  if( e->v.gran!=NEWS_GRAN_DAY ) return;
  w = word_at(p, e->iEnd, NEWS_DW_POD, &mLang, &j);
  if( w==0 ) return;
  e->iEnd = j;
  *pmLang = mLang;
  if( e->bValue ) set_time_of_day(e, -1, 0, 0, w->iVal);
  else e->v.gran = NEWS_GRAN_TIME;
}

/* ISO 8601 and numeric dates, read from the bytes at atom i. */
static void parse_numeric(Scanner *p, i64 i, Expr *e){
  Atom *a = at(p, i);
  const char *z = p->z;
  int n = p->n, k, k0, v1, v2, v3, n1, n2, n3, y, m, d, bAmbig = 0;
  char sep;
  i64 j;
  if( a==0 || z[a->iStart]<'0' || z[a->iStart]>'9' ) return;
  if( a->iStart>0 && (z[a->iStart-1]=='.' || z[a->iStart-1]=='/'
                   || z[a->iStart-1]=='-') && a->iStart>1
   && z[a->iStart-2]>='0' && z[a->iStart-2]<='9' ) return;  /* 1.2.3.4 */
  k = k0 = a->iStart;
  if( p->bWhole && a->nDigit==8 ){
    /* compact 20251105 */
    if( read_digits(z, n, &k, 8, &v1)!=8 ) return;
    y = v1/10000; m = (v1/100)%100; d = v1%100;
    if( !valid_ymd(y, m, d) ){ return; }
    j = atom_ending_at(p, i, k);
    if( j<0 ) return;
    expr_init(e, i, NEWS_GRAN_DAY, NEWS_DATE_ABSOLUTE);
    e->iEnd = j;
    set_day(e, days_from_civil(y, m, d));
    return;
  }
  n1 = read_digits(z, n, &k, 4, &v1);
  if( n1==0 || k>=n ) return;
  sep = z[k];
  if( sep!='-' && sep!='/' && sep!='.' ) return;
  k++;
  n2 = read_digits(z, n, &k, 2, &v2);
  if( n2==0 ) return;
  if( k>=n || z[k]!=sep ){
    /* 2025-11 (year-month): only in date_parse(); in text it is a range */
    if( p->bWhole && n1==4 && sep=='-' && n2==2 && (k>=n || !is_alnum_at(z, n, k))
     && v2>=1 && v2<=12 ){
      j = atom_ending_at(p, i, k);
      if( j<0 ) return;
      expr_init(e, i, NEWS_GRAN_MONTH, NEWS_DATE_ABSOLUTE);
      e->iEnd = j;
      set_month_index(e, v1*12 + v2-1);
    }
    return;
  }
  k++;
  n3 = read_digits(z, n, &k, 4, &v3);
  if( n3==0 ) return;
  if( k<n && (is_alnum_at(z, n, k) && z[k]!='T') ) return;
  if( k+1<n && z[k]==sep && z[k+1]>='0' && z[k+1]<='9' ) return;
  if( n1==4 ){
    if( n3>2 ) return;
    y = v1; m = v2; d = v3;
  }else if( n1>2 || (n3!=2 && n3!=4) ){
    return;
  }else{
    int yy = n3==2 ? expand_two_digit_year(p, v3) : v3;
    int bMdy = valid_ymd(yy, v1, v2), bDmy = valid_ymd(yy, v2, v1);
    int eOrder = p->opt.eOrder;
    /* Dots are day first wherever dates are written with them (5.11.2025
    ** in German, Russian, Turkish...); the order option decides / and -. */
    if( sep=='.' && eOrder==NEWS_DATE_ORDER_MDY ) eOrder = NEWS_DATE_ORDER_DMY;
    if( eOrder==NEWS_DATE_ORDER_YMD ){
      /* 25/11/05 */
      if( n3!=2 ) return;
      y = expand_two_digit_year(p, v1); m = v2; d = v3;
    }else if( eOrder==NEWS_DATE_ORDER_DMY ? bDmy : !bMdy && bDmy ){
      y = yy; m = v2; d = v1;
    }else{
      y = yy; m = v1; d = v2;
    }
    bAmbig = bMdy && bDmy && v1!=v2 && eOrder!=NEWS_DATE_ORDER_YMD
          && sep!='.';
  }
  j = -1;
  if( n1==4 && sep=='-' && k<n && (z[k]=='T' || z[k]==' ') ){
    /* ISO time: T09:30[:00[.000]][Z|+01:00] */
    int kt = k+1, hh, mi, ss = 0, f;
    if( read_digits(z, n, &kt, 2, &hh)==2 && kt<n && z[kt]==':'
     && (kt++, read_digits(z, n, &kt, 2, &mi))==2 ){
      if( kt<n && z[kt]==':' ){
        kt++;
        if( read_digits(z, n, &kt, 2, &ss)!=2 ) kt = -1;
        if( kt>0 && kt<n && (z[kt]=='.' || z[kt]==',') ){
          kt++;
          if( read_digits(z, n, &kt, 9, &f)==0 ) kt = -1;
        }
      }
      if( kt>0 && kt<n && z[kt]=='Z' ) kt++;
      else if( kt>0 && kt<n && (z[kt]=='+' || z[kt]=='-') ){
        int kz = kt+1, oh, om;
        if( read_digits(z, n, &kz, 4, &oh)==4 ) kt = kz;
        else{
          kz = kt+1;
          if( read_digits(z, n, &kz, 2, &oh)==2 && kz<n && z[kz]==':'
           && (kz++, read_digits(z, n, &kz, 2, &om))==2 ) kt = kz;
        }
      }
      if( kt>0 && hh<=24 && mi<=59 && ss<=59 && (kt>=n || !is_alnum_at(z, n, kt)) ){
        j = atom_ending_at(p, i, kt);
        if( j>=0 ){
          expr_init(e, i, NEWS_GRAN_DAY, NEWS_DATE_ABSOLUTE);
          e->iEnd = j;
          if( !valid_ymd(y, m, d) ){ e->bInvalid = 1; return; }
          set_day(e, days_from_civil(y, m, d));
          set_time_of_day(e, hh, mi, ss, 0);
          return;
        }
      }
    }
  }
  if( k<n && z[k]=='T' ) return;
  j = atom_ending_at(p, i, k);
  if( j<0 ) return;
  expr_init(e, i, NEWS_GRAN_DAY, NEWS_DATE_ABSOLUTE);
  e->iEnd = j;
  e->bAmbig = bAmbig;
  if( !valid_ymd(y, m, d) ){ e->bInvalid = 1; return; }
  set_day(e, days_from_civil(y, m, d));
  attach_time(p, e);
}

/* A month name at i (with the dot of an abbreviation). */
static i64 month_at(Scanner *p, i64 i, int *pmLang, int *pm, int *pFlags){
  const NewsDateWord *w;
  i64 j;
  w = word_at(p, i, NEWS_DW_MONTH, pmLang, &j);
  if( w==0 ) return -1;
  if( (w->flags & NEWS_DWF_ABBR) && is_punct(p, j, '.') && is_adjacent(p, j) ) j++;
  *pm = w->iVal;
  *pFlags = w->flags;
  return j;
}

/* Is w (NEWS_DWF_CLASH) used alone where other languages are in use
** too?  Then it needs a context word.  w==0: any such word. */
static int clash_alone(Scanner *p, const NewsDateWord *w){
  if( w && !(w->flags & NEWS_DWF_CLASH) ) return 0;
  return (p->mLang & (p->mLang-1))!=0;    /* more than one language */
}

/* A context word before atom i (in May, cet été, im Mai). */
static int has_context_before(Scanner *p, i64 i, int mLang){
  int m = mLang;
  i64 j;
  if( i<=0 ) return 0;
  if( word_at(p, i-1, NEWS_DW_PREP, &m, &j) && j==i ) return 1;
  m = mLang;
  if( word_at(p, i-1, NEWS_DW_SHIFT, &m, &j) && j==i ) return 1;
  m = mLang;
  if( word_at(p, i-1, NEWS_DW_MOD, &m, &j) && j==i ) return 1;
  return 0;
}

/* "the March for Life", "the March of the Combatant Mothers": a month name
** with a preposition and a capitalized word that is no date word after
** it names an event (a march), unless a context word before it makes it
** the month ("in March for health reasons"). */
static int names_event(Scanner *p, i64 iMonth, i64 j, int mLang){
  int m = mLang;
  i64 k;
  Atom *a;
  if( has_context_before(p, iMonth, mLang) ) return 0;
  if( is_word(p, j, NEWS_DW_AND) || is_word(p, j, NEWS_DW_SHIFT) ) return 0;
  if( !word_at(p, j, NEWS_DW_PREP, &m, &k) ){
    m = mLang;
    if( !word_at(p, j, NEWS_DW_OF, &m, &k) ) return 0;
  }
  k = skip_article(p, k, &m);
  a = at(p, k);
  return a && a->eKind==NEWS_TOKEN_WORD && (a->flags & NEWS_TF_CAPITAL)
      && a->mKind==0;
}

/* "this year", "last year's", "l'année dernière": a year relative to the
** reference.  Returns the atom after it, *pShift the shift. */
static i64 shift_year_at(Scanner *p, i64 i, int *pmLang, int *pShift){
  const NewsDateWord *s, *u;
  int mLang = *pmLang;
  i64 j, k;
  k = skip_article(p, i, &mLang);
  if( (s = word_at(p, k, NEWS_DW_SHIFT, &mLang, &j))!=0
   && !(s->flags & NEWS_DWF_AFTER && !(s->flags & NEWS_DWF_BEFORE))
   && (u = word_at(p, j, NEWS_DW_UNIT, &mLang, &j))!=0 && u->iVal==NEWS_DU_YEAR ){
    *pShift = s->iVal; *pmLang = mLang;
    return j;
  }
  mLang = *pmLang;
  if( (u = word_at(p, k, NEWS_DW_UNIT, &mLang, &j))!=0 && u->iVal==NEWS_DU_YEAR
   && (s = word_at(p, j, NEWS_DW_SHIFT, &mLang, &j))!=0
   && (s->flags & NEWS_DWF_AFTER) ){
    *pShift = s->iVal; *pmLang = mLang;
    return j;
  }
  return -1;
}

/* Does atom i follow the previous expression, joined to it by "and",
** "or", "to" or a dash (April 24 and 25, March to May)? */
static int joined_to_previous(Scanner *p, i64 i){
  return p->prevEnd>0 && p->prevEnd==i-1
      && (is_dash(p, i-1) || is_word(p, i-1, NEWS_DW_AND));
}

/* The year of month m (and day d, 0 for the month alone) written as the
** end of a range right after a month or a month and day ("between March
** and May", "from Dec. 20 to Jan. 5"; not "a revision Friday to
** December's figures"): the first on or after the range's start; 0 if
** atom i does not end a range. */
static int range_year(Scanner *p, i64 i, int m, int d){
  int y0, m0, d0, y;
  if( !joined_to_previous(p, i) || !p->bPrevDays
   || !(p->bPrevMonthDay || p->lastGran==NEWS_GRAN_MONTH) ){
    return 0;
  }
  civil_from_days(p->lastDays, &y0, &m0, &d0);
  for(y=y0; y<=y0+1; y++){
    if( d==0 ? y*12 + m >= y0*12 + m0
             : valid_ymd(y, m, d) && days_from_civil(y, m, d)>=p->lastDays ){
      return y;
    }
  }
  return 0;
}

/*
** Calendar dates with a month name:
**   [weekday[,]] month day[,] [year]        November 5, 2025; Nov. 5th
**   [weekday[,]] [the] day [of] month [year] 5 November 2025; 5. März
**   month [of|,] year                        November 2025; noviembre de 2025
**   month [of] last year                     January this year
**   month                                    (in) November
*/
static void parse_calendar(Scanner *p, i64 i, Expr *e){
  int mLang = p->mLang, wd = 0, m = 0, d = 0, y = 0, bOrd = 0, mFlags = 0;
  int yShift = 0, bYearShift = 0;
  i64 k = i, j, jd, jy;
  const NewsDateWord *w;
  Expr c;

  if( (w = word_at(p, k, NEWS_DW_WEEKDAY, &mLang, &j))!=0 ){
    wd = w->iVal;
    k = j;
    if( is_punct(p, k, '.') && is_adjacent(p, k) ) k++;
    if( is_punct(p, k, ',') ) k++;
  }
  expr_init(&c, i, NEWS_GRAN_DAY, NEWS_DATE_ABSOLUTE);

  if( (j = month_at(p, k, &mLang, &m, &mFlags))>0 ){
    int mLangD = mLang;
    /* month day [,] [year] */
    if( (jd = day_at(p, j, &mLangD, &d, &bOrd))>0
     && !(at(p, jd) && at(p, jd)->eKind==NEWS_TOKEN_NUMBER && is_adjacent(p, jd)) ){
      c.iEnd = jd;
      jy = jd;
      if( is_punct(p, jy, ',') ) jy++;
      if( (jy = year_at(p, jy, &mLangD, &y, 0))>0 ) c.iEnd = jy; else y = 0;
    }else if( !wd ){
      /* month [of|,] year; month [of] this year */
      jy = j;
      if( is_punct(p, jy, ',') || word_at(p, jy, NEWS_DW_OF, &mLangD, &jd) ){
        jy = is_punct(p, jy, ',') ? jy+1 : jd;
      }
      if( (jd = year_at(p, jy, &mLangD, &y, 1))>0 ){
        c.iEnd = jd;
        c.v.gran = NEWS_GRAN_MONTH;
      }else if( (jd = shift_year_at(p, jy, &mLangD, &yShift))>0 ){
        c.iEnd = jd;
        c.v.gran = NEWS_GRAN_MONTH;
        bYearShift = 1;
      }else if( !(mFlags & NEWS_DWF_ABBR)
             && (!(mFlags & NEWS_DWF_WEAK) || has_context_before(p, k, mLang))
             && (!(mFlags & NEWS_DWF_CLASH) || !clash_alone(p, 0))
             && !names_event(p, k, j, mLang) ){
        c.iEnd = j;
        c.v.gran = NEWS_GRAN_MONTH;
      }
    }
  }else{
    /* [the] day [.] [of] month [,|de] [year] */
    int bArt = 0;
    j = skip_article(p, k, &mLang);
    bArt = j>k;
    if( (jd = day_at(p, j, &mLang, &d, &bOrd))>0 && (!bArt || bOrd) ){
      if( bOrd==0 && is_punct(p, jd, '.') && is_adjacent(p, jd) ) jd++;
      if( (w = word_at(p, jd, NEWS_DW_OF, &mLang, &j))!=0 ) jd = j;
      if( (j = month_at(p, jd, &mLang, &m, &mFlags))>0 ){
        c.iEnd = j;
        jy = j;
        if( is_punct(p, jy, ',') ) jy++;
        else if( word_at(p, jy, NEWS_DW_OF, &mLang, &jd) ) jy = jd;
        if( (jd = year_at(p, jy, &mLang, &y, 0))>0 ) c.iEnd = jd;
      }
    }
  }
  if( c.iEnd==i ) return;
  if( c.v.gran==NEWS_GRAN_MONTH ){
    if( y ){
      set_month_index(&c, y*12 + m-1);
    }else if( bYearShift ){
      c.eKind = NEWS_DATE_RELATIVE;
      if( p->bRef ) set_month_index(&c, (p->ref.y+yShift)*12 + m-1);
    }else{
      c.eKind = NEWS_DATE_PARTIAL;
      if( p->bRef ){
        y = range_year(p, i, m, 0);
        if( y==0 ) y = partial_year(p, m, 0, 0, time_lean(p, i));
        set_month_index(&c, y*12 + m-1);
      }
    }
    keep_longest(e, &c);
    return;
  }
  if( y ){
    if( !valid_ymd(y, m, d) ){ c.bInvalid = 1; keep_longest(e, &c); return; }
    set_day(&c, days_from_civil(y, m, d));
  }else{
    c.eKind = NEWS_DATE_PARTIAL;
    if( d>month_days(2000, m) ){ c.bInvalid = 1; keep_longest(e, &c); return; }
    if( p->bRef ){
      y = wd ? 0 : range_year(p, i, m, d);
      if( y==0 ) y = partial_year(p, m, d, wd, time_lean(p, i));
      if( y ) set_day(&c, days_from_civil(y, m, d));
    }
  }
  c.bMonthDay = 1;
  attach_time(p, &c);
  keep_longest(e, &c);
}

/*
** The second day of "April 24 and 25", "le 3 et 4 mai" is not: a day
** number right after a month and day and "and", "or", "to" or a dash is
** a later day of the same month.
*/
static void parse_next_day(Scanner *p, i64 i, Expr *e){
  int mLang = p->mLang, d, bOrd, y, m, d0;
  i64 j;
  Expr c;
  if( !p->bPrevMonthDay || !joined_to_previous(p, i)
   || (j = day_at(p, i, &mLang, &d, &bOrd))<0 ){
    return;
  }
  expr_init(&c, i, NEWS_GRAN_DAY, p->prevKind);
  c.iEnd = j;
  if( p->bPrevDays && p->lastGran==NEWS_GRAN_DAY ){
    civil_from_days(p->lastDays, &y, &m, &d0);
    if( d<=d0 || !valid_ymd(y, m, d) ) return;
    set_day(&c, days_from_civil(y, m, d));
  }
  keep_longest(e, &c);
}

/* A bare weekday after "until" lies ahead, after "since" behind:
** +1 / -1 as for next/last but counting the reference day itself (0 days
** ahead or back), or 2 for the default. */
static int weekday_direction(Scanner *p, i64 i){
  int lean = time_lean(p, i);
  return lean ? (lean>0 ? SHIFT_AHEAD : SHIFT_BEHIND) : 2;
}

/* A shift word that goes before its noun (last, next, this, letzte,
** prochaine); "this past" and "this coming" count as past and coming. */
static const NewsDateWord *pre_shift_at(Scanner *p, i64 i, int *pmLang, i64 *pj){
  const NewsDateWord *s, *s2;
  int mLang = *pmLang, mL2;
  i64 j, j2;
  s = word_at(p, i, NEWS_DW_SHIFT, &mLang, &j);
  if( s==0 || ((s->flags & NEWS_DWF_AFTER) && !(s->flags & NEWS_DWF_BEFORE)) ) return 0;
  mL2 = mLang;
  if( s->iVal==0 && (s2 = word_at(p, j, NEWS_DW_SHIFT, &mL2, &j2))!=0 && s2->iVal!=0
   && (!(s2->flags & NEWS_DWF_AFTER) || (s2->flags & NEWS_DWF_BEFORE)) ){
    s = s2; j = j2; mLang = mL2;
  }
  *pmLang = mLang;
  *pj = j;
  return s;
}

/* The pieces of a weekday/deictic expression: [shift] weekday [pod] or
** today/yesterday [pod], or this morning / last night. */
/* Does a noun of our times follow at atom j, maybe after an adjective
** ("today's youth", "today's personal computers")? */
static int generic_after(Scanner *p, i64 j){
  Atom *a = at(p, j);
  if( is_word(p, j, NEWS_DW_GENERIC) ) return 1;
  return a && a->eKind==NEWS_TOKEN_WORD && a->mKind==0
      && !(a->flags & NEWS_TF_CAPITAL) && is_word(p, j+1, NEWS_DW_GENERIC);
}

static void parse_day_phrase(Scanner *p, i64 i, Expr *e, int bWithTime){
  int mLang = p->mLang, shift = 2;
  const NewsDateWord *w, *s;
  i64 j, k = i;
  Expr c;

  expr_init(&c, i, NEWS_GRAN_DAY, NEWS_DATE_RELATIVE);
  k = skip_article(p, i, &mLang);       /* the previous Friday */
  if( (s = pre_shift_at(p, k, &mLang, &j))!=0 ){
    int mLang2 = mLang;
    i64 j2;
    if( (w = word_at(p, j, NEWS_DW_WEEKDAY, &mLang2, &j2))!=0
     && !(w->flags & NEWS_DWF_ABBR) ){
      mLang = mLang2;
      shift = s->iVal;
      c.iEnd = j2;
      if( p->bRef ) set_day(&c, weekday_day(p, w->iVal, shift, shift_base(p, s)));
    }else if( (s->iVal<=0 || k>i) && (w = word_at(p, j, NEWS_DW_POD, &mLang2, &j2))!=0 ){
      /* this morning (today), last night (yesterday); the next morning
      ** (after the day last mentioned) */
      i64 base = k>i && p->bLastDay ? p->lastDay : p->refDays;
      mLang = mLang2;
      c.iEnd = j2;
      if( p->bRef ){
        set_day(&c, base + (s->iVal<0 ? -1 : s->iVal>0 ? 1 : 0));
        set_time_of_day(&c, -1, 0, 0, w->iVal);
      }
      c.v.gran = NEWS_GRAN_TIME;
      keep_longest(e, &c);
      return;
    }else{
      mLang = p->mLang;
    }
  }
  k = i;
  if( c.iEnd==i ){
    if( (w = word_at(p, k, NEWS_DW_WEEKDAY, &mLang, &j))!=0
     && !(w->flags & NEWS_DWF_ABBR) ){
      i64 j2;
      int mLang2 = mLang;
      c.iEnd = j;
      /* el martes pasado, vendredi dernier */
      if( (s = word_at(p, j, NEWS_DW_SHIFT, &mLang2, &j2))!=0
       && (s->flags & NEWS_DWF_AFTER) ){
        shift = s->iVal; c.iEnd = j2; mLang = mLang2;
      }
      if( shift==2 ) shift = weekday_direction(p, i);
      if( p->bRef ){
        set_day(&c, weekday_day(p, w->iVal, shift, shift==2 ? p->refDays
                                                   : shift_base(p, s)));
      }
    }else if( (w = word_at(p, k, NEWS_DW_DEICTIC, &mLang, &j))!=0
           || ((k = skip_article(p, i, &mLang))>i
               && (w = word_at(p, k, NEWS_DW_DEICTIC, &mLang, &j))!=0
               && j-k>1) ){
      /* today; the day before yesterday */
      if( clash_alone(p, w) && !has_context_before(p, k, mLang)
       && !is_word(p, j, NEWS_DW_POD) ){
        return;                         /* "hier" in German text */
      }
      if( at(p, k)->nSuffix && generic_after(p, j) ){
        return;                         /* today's world: our times */
      }
      c.iEnd = j;
      if( p->bRef ) set_day(&c, p->refDays + w->iVal);
      if( w->iVal2 ){
        if( c.bValue ) set_time_of_day(&c, -1, 0, 0, w->iVal2);
        c.v.gran = NEWS_GRAN_TIME;
      }
    }else{
      return;
    }
  }
  attach_pod(p, &c, &mLang);
  if( bWithTime ) attach_time(p, &c);
  if( shift!=2 && c.v.gran==NEWS_GRAN_DAY && is_punct(p, c.iEnd, ',') ){
    /* this coming Sunday, March 8: the date written out says which day */
    Expr d;
    expr_init(&d, c.iEnd+1, 0, 0);
    parse_calendar(p, c.iEnd+1, &d);
    if( d.iEnd>c.iEnd+1 && !d.bInvalid && d.v.gran==NEWS_GRAN_DAY && d.bMonthDay ){
      i64 iFirst = c.iFirst;
      c = d;
      c.iFirst = iFirst;
    }
  }
  keep_longest(e, &c);
}

/* The quarter in focus if one was named in the last FOCUS_SPAN bytes
** (about 80 words).  Distances are in bytes, not atoms: the scanner does
** not make atoms of the text between dates (see next_window()). */
#define FOCUS_SPAN 430
/* Is a quarter in focus at byte iByte? */
static int focus_live(const Scanner *p, int iByte){
  return p->bFocusQ && iByte - p->focusAt <= FOCUS_SPAN;
}
static int focus_quarter(Scanner *p, i64 i, int *py, int *pq){
  if( !focus_live(p, at(p, i)->iStart) ) return 0;
  *py = p->focusQy;
  *pq = p->focusQ;
  return 1;
}

/* "ended", "since" at atom i: a word that points back (see prep_lean()). */
static int ended_at(Scanner *p, i64 i){
  int mLang = p->mLang;
  i64 j;
  const NewsDateWord *w = word_at(p, i, NEWS_DW_PREP, &mLang, &j);
  return w && w->iVal<0;
}

/* After "count unit", "or so" (about: *peMod) or "or two" (a vague
** count: *pn = -1).  Returns the atom after them, j if neither. */
static i64 vague_tail(Scanner *p, i64 j, int *pn, int *peMod){
  int mLang = p->mLang;
  const NewsDateWord *w;
  i64 k;
  if( (w = word_at(p, j, NEWS_DW_APPROX, &mLang, &k))!=0 && (w->flags & NEWS_DWF_SUFFIX) ){
    if( w->iVal<0 ) *pn = -1; else *peMod = NEWS_MOD_APPROX;
    return k;
  }
  return j;
}

static void parse_inner(Scanner *p, i64 i, Expr *e);
static void parse_holiday(Scanner *p, i64 i, Expr *e);

/*
** The object of "before"/"after" at atom i ("two days before Christmas",
** "the day after Nov. 5"): if it is a day, *pBase becomes that day and
** e ends after it (*pbObject set); if it is punctuation or the end, there
** is no object (the count is from the reference).  Returns 0 if the
** object is something else (the vote, the war): no date can be told.
*/
static int object_day(Scanner *p, i64 i, Expr *e, i64 *pBase, int *pbBase,
                      int *pbObject){
  Atom *a = at(p, i);
  Expr d;
  i64 d0, d1;
  int b0, b1;
  if( a==0 || a->eKind==NEWS_TOKEN_PUNCT ) return 1;
  if( is_word(p, i, NEWS_DW_CUE) && !is_word(p, i, NEWS_DW_ARTICLE)
   && !is_word(p, i, NEWS_DW_SHIFT) ){
    return 1;                           /* two years before, he had... */
  }
  expr_init(&d, i, 0, 0);
  parse_inner(p, i, &d);
  if( d.iEnd<=i || !d.bValue || d.bInvalid || d.v.gran>NEWS_GRAN_DAY
   || !value_bounds(&d.v, 0, 0, &d0, &d1, &b0, &b1) ){
    return 0;
  }
  *pBase = d0;
  *pbBase = 1;
  *pbObject = 1;
  e->iEnd = d.iEnd;
  return 1;
}

/* Is the count at atom i the indefinite article (a year, an hour)? */
static int is_indefinite(Scanner *p, i64 i){
  int mLang = p->mLang;
  i64 j;
  const NewsDateWord *w = word_at(p, i, NEWS_DW_NUMBER, &mLang, &j);
  return w && (w->flags & NEWS_DWF_WEAK) && w->iVal==1;
}

/*
** The tense of the words before byte iByte in its sentence, read from the
** bytes, not the atoms (the words may lie before the atoms the scanner
** made, see next_window()), from the lexicon's TENSE words:
**   +1  a verb in the future (will, wird, sera), of a plan (scheduled)
**       or a phrase of one (is to, is set to) among the TENSE_WORDS words
**       before, unless a word of the past (iVal -2: previously; -3: had)
**       stands just before it: "had been scheduled to expire at midnight
**       Friday" is over;
**   -1  a verb in the past (iVal -1: said, told) just before, or before a
**       preposition: "said Wednesday", "said on Wednesday" is never
**       tomorrow (but "said the March contract" dates nothing said); or
**       a word that points back (since, seit) nearer than any future
**       verb: "since KKR bought RJR in February";
**    0  otherwise.
*/
#define TENSE_WORDS 16
#define TENSE_CANCEL_WORDS 2      /* words before a future verb that undo it */
#define TENSE_PHRASE 3              /* words in a phrase of tense: is set to */

/* Do the words after the first of phrase w (aNext[0], aNext[1]: the words
** that follow in the text) match it? */
static int tense_phrase_follows(const NewsDateWord *w,
                                char aNext[][NEWS_DATE_KEY_MAX+1],
                                const int *anNext){
  int k, nTok = news_date_word_ntoken(w);
  for(k=1; k<nTok; k++){
    int nT;
    const char *zT = news_date_word_token(w, k, &nT);
    if( k>TENSE_PHRASE-1 || anNext[k-1]!=nT || memcmp(aNext[k-1], zT, nT)!=0 ){
      return 0;
    }
  }
  return 1;
}

static int tense_before(Scanner *p, int iByte){
  int i = iByte, nWord = 0, nCancel = 0, eTense = 0, bPrep = 0, nKey;
  char aNext[TENSE_PHRASE-1][NEWS_DATE_KEY_MAX+1];
  int anNext[TENSE_PHRASE-1] = {0, 0};
  char zKey[NEWS_DATE_KEY_MAX+1];
  while( nWord<TENSE_WORDS && (nCancel==0 || nWord<nCancel)
      && (nKey = key_before(p, &i, zKey))>=0 ){
    const NewsDateWord *w;
    nWord++;
    for(w=nKey ? news_date_lexicon_find(zKey, nKey) : 0; w; w=news_date_lexicon_next(w)){
      if( (w->mLang & p->mLang)==0 ) continue;
      if( w->eKind==NEWS_DW_PREP && nWord==1 ) bPrep = 1;
      if( w->eKind==NEWS_DW_PREP && w->iVal<0 && nCancel==0 ) return -1;  /* since */
      if( w->eKind!=NEWS_DW_TENSE || !tense_phrase_follows(w, aNext, anNext) ){
        continue;
      }
      if( nCancel ){
        if( w->iVal<=-2 ) return 0;            /* had been scheduled */
      }else if( w->iVal>0 ){
        eTense = 1;
        nCancel = nWord + TENSE_CANCEL_WORDS + 1;
      }else if( w->iVal==-1 && (nWord==1 || (nWord==2 && bPrep)) ){
        return -1;                              /* said (on) Wednesday */
      }
    }
    memcpy(aNext[1], aNext[0], anNext[0]);
    anNext[1] = anNext[0];
    memcpy(aNext[0], zKey, nKey);
    anNext[0] = nKey;
  }
  return eTense;
}

/*
** Relative expressions with a unit:
**   [the] shift unit        last week, this quarter, the past year
**   [the] unit shift        la semaine dernière, el año pasado
**   count unit ago          two weeks ago, a year earlier, 3 days later
**   ago-prefix count unit   vor zwei Wochen, il y a deux ans, hace un mes
**   the weekend / the year
*/
static void parse_relative(Scanner *p, i64 i, Expr *e){
  int mLang = p->mLang, mL, n, eMod = 0, bArticle;
  const NewsDateWord *s, *u, *w;
  i64 j, k, k2;
  Expr c;

  expr_init(&c, i, NEWS_GRAN_DAY, NEWS_DATE_RELATIVE);
  k = skip_article(p, i, &mLang);

  /* the week of March 6, the weekend of Nov. 1: the ISO week of that day */
  mL = mLang;
  if( k>i && (u = word_at(p, k, NEWS_DW_UNIT, &mL, &j))!=0
   && (u->iVal==NEWS_DU_WEEK || u->iVal==NEWS_DU_WEEKEND) && !(u->flags & NEWS_DWF_PLURAL)
   && word_at(p, j, NEWS_DW_OF, &mL, &k2) ){
    Expr d;
    expr_init(&d, k2, 0, 0);
    parse_calendar(p, k2, &d);
    parse_holiday(p, k2, &d);
    if( d.iEnd>k2 && !d.bInvalid && d.v.gran==NEWS_GRAN_DAY ){
      expr_init(&c, i, NEWS_GRAN_WEEK, d.eKind);
      c.iEnd = d.iEnd;
      if( d.bValue ){
        set_week(&c, days_from_civil(d.v.y, d.v.m, d.v.d), u->iVal==NEWS_DU_WEEKEND);
      }
      keep_longest(e, &c);
    }
    expr_init(&c, i, NEWS_GRAN_DAY, NEWS_DATE_RELATIVE);
  }

  /* [the] shift [fiscal] unit: last week, the current fiscal year; and
  ** "the next day", "the following month", told from the date last
  ** mentioned */
  mL = mLang;
  if( (s = pre_shift_at(p, k, &mL, &j))!=0 ){
    if( word_at(p, j, NEWS_DW_FISCAL, &mL, &k2) ) j = k2;
    if( (u = word_at(p, j, NEWS_DW_UNIT, &mL, &k2))!=0
     && !(u->flags & NEWS_DWF_PLURAL) && u->iVal!=NEWS_DU_PERIOD
     && u->iVal!=NEWS_DU_HALF
     && (u->iVal>=NEWS_DU_WEEK || (u->iVal==NEWS_DU_DAY && (k>i || (s->flags & NEWS_DWF_ANAPHOR)))) ){
      i64 base = shift_base(p, s);
      int fy, fq;
      if( u->iVal==NEWS_DU_DAY ) base = p->bLastDay ? p->lastDay : p->refDays;
      c.iEnd = k2;
      c.v.gran = unit_gran(u->iVal);
      if( u->iVal==NEWS_DU_QUARTER && s->iVal==0 && at(p, k2-1)->nSuffix
       && focus_quarter(p, i, &fy, &fq) ){
        /* "this quarter's loss" in a report on a quarter: its results are
        ** that quarter's ("in the current quarter" is the one going on) */
        set_gran_n(&c, NEWS_GRAN_QUARTER, fy, fq);
      }else if( p->bRef ){
        resolve_unit(p, &c, u->iVal, s->iVal, base);
      }
      keep_longest(e, &c);
    }
  }
  /* unit shift (after the noun) */
  mL = mLang;
  if( (u = word_at(p, k, NEWS_DW_UNIT, &mL, &j))!=0 && u->iVal>=NEWS_DU_WEEK
   && u->iVal!=NEWS_DU_PERIOD && !(u->flags & NEWS_DWF_PLURAL)
   && (s = word_at(p, j, NEWS_DW_SHIFT, &mL, &k2))!=0
   && (s->flags & NEWS_DWF_AFTER) ){
    expr_init(&c, i, unit_gran(u->iVal), NEWS_DATE_RELATIVE);
    c.iEnd = k2;
    if( p->bRef ) resolve_unit(p, &c, u->iVal, s->iVal, shift_base(p, s));
    keep_longest(e, &c);
  }
  /* [the] focus [fiscal] unit: that year, the same day (the date last
  ** mentioned); the full year, the latest fiscal year (the current one) */
  mL = mLang;
  if( (w = word_at(p, k, NEWS_DW_FOCUS, &mL, &j))!=0 ){
    if( word_at(p, j, NEWS_DW_FISCAL, &mL, &k2) ) j = k2;
    u = word_at(p, j, NEWS_DW_UNIT, &mL, &k2);
    if( u && !(u->flags & NEWS_DWF_PLURAL)
     && ((w->flags & NEWS_DWF_ANAPHOR)
         ? (u->iVal>=NEWS_DU_DAY && u->iVal<=NEWS_DU_YEAR && u->iVal!=NEWS_DU_QUARTER
            && u->iVal!=NEWS_DU_HALF && u->iVal!=NEWS_DU_FORTNIGHT
            && u->iVal!=NEWS_DU_WEEKEND && p->bLast)
         : u->iVal==NEWS_DU_YEAR) ){
      expr_init(&c, i, unit_gran(u->iVal), NEWS_DATE_RELATIVE);
      c.iEnd = k2;
      if( p->bRef || p->bLast ){
        resolve_unit(p, &c, u->iVal, 0,
                     (w->flags & NEWS_DWF_ANAPHOR) ? p->lastDays : p->refDays);
      }
      keep_longest(e, &c);
    }
  }
  mL = mLang;
  if( k>i && ((u = word_at(p, k, NEWS_DW_UNIT, &mL, &j))!=0
              || is_word(p, k, NEWS_DW_FISCAL)) ){
    if( u && u->iVal==NEWS_DU_WEEKEND ){
      /* the weekend: the one just past early in the week, else this week's */
      expr_init(&c, i, NEWS_GRAN_WEEK, NEWS_DATE_RELATIVE);
      c.iEnd = j;
      if( p->bRef ){
        resolve_unit(p, &c, NEWS_DU_WEEKEND,
                     weekday_of(p->refDays)<=3 ? -1 : 0, p->refDays);
      }
      keep_longest(e, &c);
    }else if( word_at(p, k, NEWS_DW_FISCAL, &mL, &j)
           && (u = word_at(p, j, NEWS_DW_UNIT, &mL, &j))!=0
           && u->iVal==NEWS_DU_YEAR && !(u->flags & NEWS_DWF_PLURAL) ){
      /* the fiscal year */
      expr_init(&c, i, NEWS_GRAN_YEAR, NEWS_DATE_RELATIVE);
      c.iEnd = j;
      if( p->bRef ) resolve_unit(p, &c, NEWS_DU_YEAR, 0, p->refDays);
      keep_longest(e, &c);
    }else if( u && (u->iVal==NEWS_DU_YEAR
               || (p->bInMod && u->iVal>=NEWS_DU_WEEK && u->iVal!=NEWS_DU_PERIOD
                   && u->iVal!=NEWS_DU_HALF && u->iVal!=NEWS_DU_FORTNIGHT))
           && !(u->flags & NEWS_DWF_PLURAL) && !is_word(p, j, NEWS_DW_OF) ){
      /* "the year" is the current one (not "the year of ...", "the year
      ** 2000", "the year ended March 31"); after "the end of", also the
      ** month, the week */
      Atom *a = at(p, j);
      if( (a==0 || a->iNum<0) && !ended_at(p, j) ){
        expr_init(&c, i, unit_gran(u->iVal), NEWS_DATE_RELATIVE);
        c.iEnd = j;
        if( p->bRef ) resolve_unit(p, &c, u->iVal, 0, p->refDays);
        keep_longest(e, &c);
      }
    }
  }
  /* year-end, year end, year's end: as "the end of the year", TIMEX3's
  ** value of the year with mod END */
  mL = mLang;
  if( (u = word_at(p, k, NEWS_DW_UNIT, &mL, &j))!=0 && u->iVal==NEWS_DU_YEAR
   && !(u->flags & NEWS_DWF_PLURAL) ){
    const NewsDateWord *m2;
    if( is_dash(p, j) && is_adjacent(p, j) ) j++;
    if( (m2 = word_at(p, j, NEWS_DW_MOD, &mL, &k2))!=0 && m2->iVal==NEWS_MOD_END
     && (m2->flags & NEWS_DWF_OF) && !is_word(p, k2, NEWS_DW_OF) ){
      expr_init(&c, i, NEWS_GRAN_YEAR, NEWS_DATE_RELATIVE);
      c.iEnd = k2;
      c.eMod = NEWS_MOD_END;
      /* since year-end: the last one */
      if( p->bRef ) set_year(&c, p->ref.y - (prep_lean(p, i)<0));
      keep_longest(e, &c);
    }
  }

  /* count unit ago; [the] unit before/after <a day> */
  mL = p->mLang;
  bArticle = 0;
  if( (k = count_at(p, i, &mL, &n))<0 && (k = skip_article(p, i, &mL))>i ){
    n = 1;
    bArticle = 1;
  }
  if( k>i
   && (u = word_at(p, k, NEWS_DW_UNIT, &mL, &j))!=0 && u->iVal!=NEWS_DU_PERIOD
   && u->iVal!=NEWS_DU_HALF
   && (j = vague_tail(p, j, &n, &eMod))>0
   && (w = word_at(p, j, NEWS_DW_AGO, &mL, &k2))!=0
   && !(w->flags & NEWS_DWF_PREFIX)
   && (!bArticle || ((w->flags & NEWS_DWF_OBJECT) && !(u->flags & NEWS_DWF_PLURAL))) ){
    i64 base = p->refDays;
    int bBase = p->bRef, bObject = 0;
    expr_init(&c, i, unit_gran(u->iVal), NEWS_DATE_RELATIVE);
    c.iEnd = k2;
    c.eMod = eMod;
    if( (w->flags & NEWS_DWF_OBJECT) && !object_day(p, k2, &c, &base, &bBase, &bObject) ){
      return;                           /* two days before the vote */
    }
    if( bArticle && !bObject ){
      /* the day before: the day the story tells of */
      if( !p->bLastDay ) return;
      base = p->lastDay;
      bBase = 1;
    }
    if( n<0 ){
      c.v.gran = NEWS_GRAN_REF;
      set_gran_n(&c, NEWS_GRAN_REF, 0, w->iVal<0 ? NEWS_REF_PAST : NEWS_REF_FUTURE);
    }else if( bBase ){
      int unit = u->iVal, nShift = n*w->iVal;
      int fy, fq;
      if( base!=p->refDays || bObject || bArticle ){
        if( unit==NEWS_DU_FORTNIGHT ){ unit = NEWS_DU_WEEK; nShift *= 2; }
        resolve_unit(p, &c, unit, nShift, base);
      }else if( unit==NEWS_DU_YEAR && n==1 && w->iVal<0 && focus_quarter(p, i, &fy, &fq) ){
        /* "a year ago" after a quarter: that quarter a year earlier */
        set_gran_n(&c, NEWS_GRAN_QUARTER, fy - 1, fq);
      }else{
        if( unit==NEWS_DU_FORTNIGHT ){ unit = NEWS_DU_WEEK; nShift *= 2; }
        resolve_unit(p, &c, unit, nShift, p->refDays);
      }
    }
    keep_longest(e, &c);
  }
  /* ago-word count unit; "in a year" only with a verb in the future
  ** (the smallest gain in a year is not next year) */
  mL = p->mLang;
  if( (w = word_at(p, i, NEWS_DW_AGO, &mL, &k))!=0 && (w->flags & NEWS_DWF_PREFIX)
   && (k2 = count_at(p, k, &mL, &n))>0
   && (u = word_at(p, k2, NEWS_DW_UNIT, &mL, &j))!=0 && u->iVal!=NEWS_DU_PERIOD
   && u->iVal!=NEWS_DU_HALF
   && ((k2 = vague_tail(p, j, &n, &eMod))>j || w->iVal<0 || !is_indefinite(p, k)
       || tense_before(p, at(p, i)->iStart)>0) ){
    Atom *a = at(p, i);
    j = k2;
    expr_init(&c, i, unit_gran(u->iVal), NEWS_DATE_RELATIVE);
    c.eMod = eMod;
    /* English "in two weeks": leave "in" out of the extent, as TimeML does */
    if( a->nKey==2 && memcmp(a->zKey, "in", 2)==0 && (w->mLang & NEWS_LANG_EN) ){
      c.iFirst = i+1;
    }
    c.iEnd = j;
    if( n<0 ){
      set_gran_n(&c, NEWS_GRAN_REF, 0, w->iVal<0 ? NEWS_REF_PAST : NEWS_REF_FUTURE);
    }else if( p->bRef ){
      int unit = u->iVal, nShift = n*w->iVal;
      if( unit==NEWS_DU_FORTNIGHT ){ unit = NEWS_DU_WEEK; nShift *= 2; }
      resolve_unit(p, &c, unit, nShift, p->refDays);
    }
    keep_longest(e, &c);
  }
}

/* last November, next March, this September; novembre dernier */
static void parse_shift_month(Scanner *p, i64 i, Expr *e){
  int mLang = p->mLang, m, mFlags, shift;
  const NewsDateWord *s;
  i64 j, k;
  Expr c;
  expr_init(&c, i, NEWS_GRAN_MONTH, NEWS_DATE_RELATIVE);
  if( (s = pre_shift_at(p, i, &mLang, &j))!=0
   && (k = month_at(p, j, &mLang, &m, &mFlags))>0 && !(mFlags & NEWS_DWF_ABBR) ){
    shift = s->iVal;
    c.iEnd = k;
  }else if( (k = month_at(p, i, &mLang, &m, &mFlags))>0 && !(mFlags & NEWS_DWF_ABBR)
         && (s = word_at(p, k, NEWS_DW_SHIFT, &mLang, &j))!=0
         && (s->flags & NEWS_DWF_AFTER) ){
    shift = s->iVal;
    c.iEnd = j;
  }else{
    return;
  }
  if( p->bRef ){
    int cur = p->ref.y*12 + p->ref.m-1, y = p->ref.y;
    if( shift<0 && y*12+m-1>=cur ) y--;
    else if( shift>0 && y*12+m-1<=cur ) y++;
    set_month_index(&c, y*12 + m-1);
  }
  keep_longest(e, &c);
}

/*
** Years: 2025, the year 2000, fiscal 2025, fiscal year 2025, FY2025,
** 2014-15 (a range), nineteen ninety-six, 44 BC is left alone.
*/
static int year_is_plausible(Scanner *p, i64 i, int y, i64 jEnd){
  Atom *prev = at(p, i-1), *next = at(p, jEnd);
  int mLang = p->mLang;
  i64 j;
  if( prev && !at(p, i)->bSpace
   && (prev->eKind==NEWS_TOKEN_SYMBOL || is_punct(p, i-1, '#')) ) return 0;
  if( prev && prev->eKind==NEWS_TOKEN_SYMBOL && prev->iEnd==at(p, i)->iStart ) return 0;
  if( next && word_at(p, jEnd, NEWS_DW_NOTYEAR, &mLang, &j) ) return 0;
  mLang = p->mLang;
  if( next && word_at(p, jEnd, NEWS_DW_TZ, &mLang, &j) ) return 0;  /* 1100 GMT */
  if( next && !next->bSpace && next->eKind==NEWS_TOKEN_PUNCT
   && next->nKey==1 && (next->zKey[0]=='%' || next->zKey[0]==':') ) return 0;
  if( y>=1900 && y<=2099 ) return 1;
  /* 1000..1899 and 2100..2999 only with context */
  mLang = p->mLang;
  if( word_at(p, jEnd, NEWS_DW_ERA, &mLang, &j) ) return 1;
  if( prev && (is_word(p, i-1, NEWS_DW_PREP) || is_word(p, i-1, NEWS_DW_MONTH)
            || is_word(p, i-1, NEWS_DW_YEARWORD)) ) return 1;
  return 0;
}

static void parse_year(Scanner *p, i64 i, Expr *e){
  int mLang = p->mLang, y, y2, v, nd;
  i64 j, k;
  const NewsDateWord *w;
  Atom *a = at(p, i);
  Expr c;

  expr_init(&c, i, NEWS_GRAN_YEAR, NEWS_DATE_ABSOLUTE);
  /* [the] year 2000; l'année 2025 */
  k = skip_article(p, i, &mLang);
  if( word_at(p, k, NEWS_DW_YEARWORD, &mLang, &j)
   && (j = year_at(p, j, &mLang, &y, 1))>0 ){
    c.iEnd = j;
    set_year(&c, y);
    keep_longest(e, &c);
  }
  /* fiscal [year] 2025, FY 2025 */
  mLang = p->mLang;
  if( word_at(p, i, NEWS_DW_FISCAL, &mLang, &j) ){
    if( is_word(p, j, NEWS_DW_YEARWORD) ) j++;
    if( (k = year_at(p, j, &mLang, &y, 0))>0
     || (num_at(p, j, &v)==2 && (y = expand_two_digit_year(p, v), k = j+1)) ){
      c.iEnd = k;
      set_year(&c, y);
      keep_longest(e, &c);
    }
  }
  /* FY2025, FY25 */
  if( a && a->eKind==NEWS_TOKEN_WORD && a->iEnd-a->iStart>=4
   && (p->z[a->iStart]=='F') && (p->z[a->iStart+1]=='Y') ){
    int kk = a->iStart+2;
    nd = read_digits(p->z, a->iEnd, &kk, 4, &v);
    if( kk==a->iEnd && (nd==4 || nd==2) ){
      c.iEnd = i+1;
      set_year(&c, nd==4 ? v : expand_two_digit_year(p, v));
      keep_longest(e, &c);
    }
  }
  /* a plain year, or a range 2014-15, 2014/15, 1939–1945 */
  mLang = p->mLang;
  if( (j = year_at(p, i, &mLang, &y, 1))>0 ){
    int bWords = num_at(p, i, &v)==0;
    expr_init(&c, i, NEWS_GRAN_YEAR, NEWS_DATE_ABSOLUTE);
    c.iEnd = j;
    if( is_punct(p, i, '\'') && !has_context_before(p, i, p->mLang) ){
      return;                               /* '98 needs "in", "since" */
    }
    if( !bWords && (is_dash(p, j) || is_punct(p, j, '/')) ){
      nd = num_at(p, j+1, &v);
      y2 = 0;
      if( nd==2 ){
        y2 = (y/100)*100 + v;
        if( y2<=y ) y2 = 0;
      }else if( nd==4 && v>y && v-y<=100 ){
        y2 = v;
      }
      if( y2 && (!at(p, j+2) || !is_punct(p, j+2, at(p, j)->zKey[0])) ){
        c.iEnd = j+2;
        set_year(&c, y);
        c.v.y2 = y2;
        keep_longest(e, &c);
        return;
      }
    }
    if( bWords ){
      int mL2 = p->mLang;
      i64 j2;
      if( word_at(p, j, NEWS_DW_NOTYEAR, &mL2, &j2) ) return;
    }else if( !year_is_plausible(p, i, y, j) ){
      return;
    }
    set_year(&c, y);
    if( (w = word_at(p, j, NEWS_DW_ERA, &mLang, &k))!=0 ){
      if( w->iVal<0 ) return;               /* BC: no TIMEX3 year here */
      c.iEnd = k;
    }
    keep_longest(e, &c);
  }
}

/*
** Decades and centuries: the 1990s, the '90s, the nineties, les années
** 90, die 90er, the 20th century, the twentieth century, the 1800s.
*/
static void parse_decade(Scanner *p, i64 i, Expr *e){
  int mLang = p->mLang, v, nd, bArt;
  i64 k, j, k2;
  const NewsDateWord *w;
  Expr c;

  k = skip_article(p, i, &mLang);
  bArt = k>i;
  k2 = k+1;
  expr_init(&c, i, NEWS_GRAN_DECADE, NEWS_DATE_ABSOLUTE);
  /* 1990s, 1990er, 90s, 90er */
  if( digits_suffix(p, k, NEWS_DW_DECADESUFFIX, &mLang, &v, &nd) ){
    const NewsDateWord *u;
    int mL = mLang;
    i64 j2;
    /* die 90er Jahre */
    if( (u = word_at(p, k+1, NEWS_DW_UNIT, &mL, &j2))!=0 && u->iVal==NEWS_DU_YEAR
     && (u->flags & NEWS_DWF_PLURAL) && (mL & NEWS_LANG_DE) ){
      k2 = j2;
    }
    if( nd==4 && v%10==0 ){
      c.iEnd = k2;
      if( v%100==0 && v<2000 ) set_gran_n(&c, NEWS_GRAN_CENTURY, 0, v/100);
      else set_gran_n(&c, NEWS_GRAN_DECADE, 0, v/10);
    }else if( nd==2 && v%10==0 && bArt ){
      c.iEnd = k2;
      c.eKind = NEWS_DATE_PARTIAL;
      set_gran_n(&c, NEWS_GRAN_DECADE, 0, (v>=20 ? 190 : 200) + v/10);
    }
  }else if( is_punct(p, k, '\'') && is_adjacent(p, k+1)
         && digits_suffix(p, k+1, NEWS_DW_DECADESUFFIX, &mLang, &v, &nd)
         && nd==2 && v%10==0 ){
    /* the '90s */
    c.iEnd = k+2;
    c.eKind = NEWS_DATE_PARTIAL;
    set_gran_n(&c, NEWS_GRAN_DECADE, 0, (v>=20 ? 190 : 200) + v/10);
  }else if( bArt && (w = word_at(p, k, NEWS_DW_DECADEWORD, &mLang, &j))!=0 ){
    c.iEnd = j;
    c.eKind = NEWS_DATE_PARTIAL;
    set_gran_n(&c, NEWS_GRAN_DECADE, 0, 190 + w->iVal);
  }else if( bArt && word_at(p, k, NEWS_DW_DECADEINTRO, &mLang, &j)
         && ((nd = num_at(p, j, &v))==2 || nd==4) && v%10==0 ){
    c.iEnd = j+1;
    if( nd==2 ){
      c.eKind = NEWS_DATE_PARTIAL;
      set_gran_n(&c, NEWS_GRAN_DECADE, 0, (v>=20 ? 190 : 200) + v/10);
    }else{
      set_gran_n(&c, NEWS_GRAN_DECADE, 0, v/10);
    }
  }else{
    /* centuries: [the] 20th century, twentieth century, 20. Jahrhundert */
    int n = 0, bOrd;
    i64 jd;
    mLang = p->mLang;
    k = skip_article(p, i, &mLang);
    if( (jd = day_at(p, k, &mLang, &n, &bOrd))>0 ){
      if( !bOrd && is_punct(p, jd, '.') && is_adjacent(p, jd) ) jd++, bOrd = 1;
      if( bOrd && (w = word_at(p, jd, NEWS_DW_UNIT, &mLang, &j))!=0
       && w->iVal==NEWS_DU_CENTURY && !(w->flags & NEWS_DWF_PLURAL) && n>=1 && n<=30 ){
        c.iEnd = j;
        set_gran_n(&c, NEWS_GRAN_CENTURY, 0, n-1);
      }
    }
  }
  if( c.iEnd>i ) keep_longest(e, &c);
}

/* The year of a quarter or half named without one: the reference year,
** unless that quarter has not begun yet (in January, "the fourth
** quarter" is the one just ended). */
static int partial_quarter_year(Scanner *p, int gran, int q){
  int cur = gran==NEWS_GRAN_HALF ? (p->ref.m-1)/6 + 1 : (p->ref.m-1)/3 + 1;
  return q>cur ? p->ref.y-1 : p->ref.y;
}

/* Q3, 3Q, H1, 1Q98 [2025] */
static void parse_quarter_token(Scanner *p, i64 i, Expr *e){
  Atom *a = at(p, i);
  const char *z;
  int gran = 0, q = 0, y = 0, mLang = p->mLang;
  i64 k, j;
  Expr c;
  if( a==0 || a->eKind!=NEWS_TOKEN_WORD || !(a->flags & NEWS_TF_DIGIT)
   || (a->iEnd-a->iStart!=2 && a->iEnd-a->iStart!=4) || (a->flags & NEWS_TF_LOWER) ){
    return;
  }
  z = p->z + a->iStart;
  if( (z[0]=='Q' && z[1]>='1' && z[1]<='4') || (z[1]=='Q' && z[0]>='1' && z[0]<='4') ){
    gran = NEWS_GRAN_QUARTER; q = (z[0]=='Q' ? z[1] : z[0]) - '0';
  }else if( (z[0]=='H' && (z[1]=='1' || z[1]=='2'))
         || (z[1]=='H' && (z[0]=='1' || z[0]=='2')) ){
    gran = NEWS_GRAN_HALF; q = (z[0]=='H' ? z[1] : z[0]) - '0';
  }
  if( gran==0 ) return;
  if( a->iEnd-a->iStart==4 ){
    if( z[2]<'0' || z[2]>'9' || z[3]<'0' || z[3]>'9' ) return;
    y = expand_two_digit_year(p, (z[2]-'0')*10 + z[3]-'0');
  }
  expr_init(&c, i, gran, NEWS_DATE_ABSOLUTE);
  c.iEnd = i+1;
  c.bAnchor = gran==NEWS_GRAN_QUARTER;
  if( !y ){
    k = i+1;
    if( is_punct(p, k, '/') || is_dash(p, k) ) k++;
    if( (j = year_at(p, k, &mLang, &y, 0))>0 ) c.iEnd = j; else y = 0;
  }
  if( y ){
    set_gran_n(&c, gran, y, q);
  }else{
    c.eKind = NEWS_DATE_PARTIAL;
    if( p->bRef ) set_gran_n(&c, gran, partial_quarter_year(p, gran, q), q);
  }
  keep_longest(e, &c);
}

/* "a year ago", "a year earlier", "last year" at atom i, as in "the
** quarter a year ago": the atom after it, or -1. */
static i64 year_back_at(Scanner *p, i64 i){
  const NewsDateWord *u, *w;
  int mLang = p->mLang, n, shift;
  i64 j, k;
  if( (k = count_at(p, i, &mLang, &n))>0 && n==1
   && (u = word_at(p, k, NEWS_DW_UNIT, &mLang, &j))!=0 && u->iVal==NEWS_DU_YEAR
   && (w = word_at(p, j, NEWS_DW_AGO, &mLang, &k))!=0 && w->iVal<0
   && !(w->flags & NEWS_DWF_PREFIX) ){
    return k;
  }
  mLang = p->mLang;
  if( (k = shift_year_at(p, i, &mLang, &shift))>0 && shift==-1 ) return k;
  return -1;
}

/*
** "ended Sept. 30" at atom i (after "the quarter"): the quarter whose
** three months end that day, which is over: the calendar quarter of its
** middle month (a quarter ended July 31 is mostly the second one).
*/
static int quarter_ended_at(Scanner *p, i64 i, int *py, int *pq){
  int mLang = p->mLang, m, d, bOrd, mFlags, y;
  const NewsDateWord *w;
  i64 j;
  if( !p->bRef || (w = word_at(p, i, NEWS_DW_PREP, &mLang, &j))==0 || w->iVal>=0
   || (j = month_at(p, j, &mLang, &m, &mFlags))<0
   || day_at(p, j, &mLang, &d, &bOrd)<0 ){
    return 0;
  }
  y = partial_year(p, m, d, 0, -1);
  if( y==0 ) return 0;
  m = (y*12 + m-1) - 1;                 /* the middle month, as an index */
  *py = m/12;
  *pq = (m%12)/3 + 1;
  return 1;
}

/* "two quarters" at atom i: the atom after it, or -1. */
static i64 two_quarters_at(Scanner *p, i64 i, int *pmLang){
  int mLang = *pmLang, n;
  const NewsDateWord *u;
  i64 j, k;
  if( (j = count_at(p, i, &mLang, &n))<0 || n!=2 ) return -1;
  if( (u = word_at(p, j, NEWS_DW_UNIT, &mLang, &k))==0 || u->iVal!=NEWS_DU_QUARTER
   || !(u->flags & NEWS_DWF_PLURAL) ){
    return -1;
  }
  *pmLang = mLang;
  return k;
}

/* "last" before "quarter"/"half" and "of" a year (the last quarter of
** 1989: the fourth), at atom i: the shift word, *pj after it; else NULL.
** Without "of ...", "the last quarter" is the one before this one. */
static const NewsDateWord *last_of_year_at(Scanner *p, i64 i, int *pmLang, i64 *pj){
  int mLang = *pmLang, v;
  const NewsDateWord *s, *u;
  i64 j, k, k2;
  if( (s = word_at(p, i, NEWS_DW_SHIFT, &mLang, &j))==0 || s->iVal>=0 ) return 0;
  k = j;
  if( (k2 = two_quarters_at(p, j, &mLang))>0 ) k = k2;
  else if( (u = word_at(p, j, NEWS_DW_UNIT, &mLang, &k))==0
        || (u->iVal!=NEWS_DU_QUARTER && u->iVal!=NEWS_DU_HALF) ) return 0;
  if( !word_at(p, k, NEWS_DW_OF, &mLang, &k2) ) return 0;
  k2 = skip_article(p, k2, &mLang);
  if( year_at(p, k2, &mLang, &v, 0)<0 && shift_year_at(p, k2, &mLang, &v)<0
   && !is_word(p, k2, NEWS_DW_UNIT) ){
    return 0;
  }
  *pmLang = mLang;
  *pj = j;
  return s;
}

/* year-earlier, year-ago (as in "the year-ago quarter") */
static i64 year_ago_at(Scanner *p, i64 i){
  const NewsDateWord *u, *w;
  int mLang = p->mLang;
  i64 j, k;
  if( (u = word_at(p, i, NEWS_DW_UNIT, &mLang, &j))!=0 && u->iVal==NEWS_DU_YEAR
   && is_dash(p, j) && is_adjacent(p, j)
   && (w = word_at(p, j+1, NEWS_DW_AGO, &mLang, &k))!=0 && w->iVal<0 ){
    return k;
  }
  return -1;
}

/*
** Quarters and halves written in words:
**   the third quarter [of 2025 | of last year], third-quarter,
**   the 1988 second quarter, this year's third quarter, the first half,
**   the fiscal first quarter,
** and the ones that point at the quarter in focus (financial reports
** name a quarter, then compare it with "the year-ago quarter"):
**   the quarter, the latest quarter, the year-earlier period,
**   the 1988 quarter, last year's quarter, year-earlier (alone).
** Without focus, "the quarter" is the last one completed.
*/
#define QUAL_NONE  0
#define QUAL_YEAR  1            /* the 1988 second quarter */
#define QUAL_SHIFT 2            /* this year's, last year's */
#define QUAL_AGO   3            /* year-ago, year-earlier */
static void parse_quarter(Scanner *p, i64 i, Expr *e){
  int mLang = p->mLang, q = 0, y = 0, yShift = 0, eQual = QUAL_NONE;
  int bFocusWord = 0, v, mL, fy = 0, fq = 0, bHyphen = 0;
  i64 k, j, k2, kQual;
  const NewsDateWord *w, *u;
  Expr c;

  parse_quarter_token(p, i, e);
  expr_init(&c, i, NEWS_GRAN_QUARTER, NEWS_DATE_ABSOLUTE);
  k = skip_article(p, i, &mLang);
  if( word_at(p, k, NEWS_DW_FOCUS, &mLang, &j) ){ bFocusWord = 1; k = j; }
  kQual = k;
  if( (j = year_at(p, k, &mLang, &y, 0))>0 && !is_dash(p, j) ){
    eQual = QUAL_YEAR; k = j;
  }else if( (j = shift_year_at(p, k, &mLang, &yShift))>0 && at(p, j-1)->nSuffix ){
    eQual = QUAL_SHIFT; k = j;
  }else if( (j = year_ago_at(p, k))>0 ){
    eQual = QUAL_AGO; k = j;
  }
  if( word_at(p, k, NEWS_DW_FOCUS, &mLang, &j) ){ bFocusWord = 1; k = j; }
  if( word_at(p, k, NEWS_DW_FISCAL, &mLang, &j) ){
    k = j;
    if( is_dash(p, k) && is_adjacent(p, k) ) k++;   /* the fiscal-first quarter */
  }
  if( !focus_quarter(p, i, &fy, &fq) && p->bRef ){
    int qi = p->ref.y*4 + (p->ref.m-1)/3 - 1;       /* the last completed */
    fy = qi/4; fq = qi%4 + 1;
  }

  mL = mLang;
  if( ((w = word_at(p, k, NEWS_DW_ORDINAL, &mL, &j))!=0 && w->iVal<=4)
   || (eQual==QUAL_NONE && (w = last_of_year_at(p, k, &mL, &j))!=0) ){
    q = w->eKind==NEWS_DW_ORDINAL ? w->iVal : 4;
    if( (k2 = two_quarters_at(p, j, &mL))>0 && q<=4 ){
      /* the first two quarters: the first half; the last two: the second */
      q = (q==1) ? 1 : 2;
      mLang = mL;
      c.v.gran = NEWS_GRAN_HALF;
      c.iEnd = k2;
      j = k2;
      goto have_unit;
    }
    if( is_dash(p, j) && is_adjacent(p, j) ){ j++; bHyphen = 1; }
    if( word_at(p, j, NEWS_DW_FISCAL, &mL, &k2) ) j = k2;
    u = word_at(p, j, NEWS_DW_UNIT, &mL, &k2);
    if( w->eKind!=NEWS_DW_ORDINAL && u && u->iVal==NEWS_DU_HALF ) q = 2;
    if( u==0 || (u->flags & NEWS_DWF_PLURAL)
     || !(u->iVal==NEWS_DU_QUARTER || (u->iVal==NEWS_DU_HALF && q<=2)) ){
      return;
    }
    c.v.gran = u->iVal==NEWS_DU_HALF ? NEWS_GRAN_HALF : NEWS_GRAN_QUARTER;
    c.iEnd = k2;
    mLang = mL;
  have_unit:
    if( eQual==QUAL_NONE ){
      /* of 2025, of this year, 2025 */
      k = c.iEnd;
      if( word_at(p, k, NEWS_DW_OF, &mL, &j) ) k = j;
      if( (j = year_at(p, k, &mL, &v, 0))>0 ){
        eQual = QUAL_YEAR; y = v; c.iEnd = j;
      }else if( (j = shift_year_at(p, k, &mL, &yShift))>0 ){
        eQual = QUAL_SHIFT; c.iEnd = j;
      }else if( k>c.iEnd && (j = skip_article(p, k, &mL))>k
             && (u = word_at(p, j, NEWS_DW_UNIT, &mL, &k2))!=0
             && u->iVal==NEWS_DU_YEAR && !(u->flags & NEWS_DWF_PLURAL) ){
        eQual = QUAL_SHIFT; yShift = 0; c.iEnd = k2;   /* of the year */
      }
    }
    c.bAnchor = eQual!=QUAL_AGO && c.v.gran==NEWS_GRAN_QUARTER;
    /* "the third-quarter results": the adjective is the date, not "the" */
    if( bHyphen && c.iEnd==k2 ) c.iFirst = kQual;
    switch( eQual ){
      case QUAL_YEAR:
        set_gran_n(&c, c.v.gran, y, q);
        break;
      case QUAL_SHIFT:
        c.eKind = NEWS_DATE_RELATIVE;
        if( p->bRef ) set_gran_n(&c, c.v.gran, p->ref.y + yShift, q);
        break;
      case QUAL_AGO:
        c.eKind = NEWS_DATE_RELATIVE;
        if( fy ) set_gran_n(&c, c.v.gran, (p->bFocusQ ? p->focusQy : p->ref.y) - 1, q);
        break;
      default:
        c.eKind = NEWS_DATE_PARTIAL;
        if( p->bRef ) set_gran_n(&c, c.v.gran, partial_quarter_year(p, c.v.gran, q), q);
        break;
    }
    keep_longest(e, &c);
    return;
  }

  /* no ordinal: the quarter, the latest period, the year-ago quarter */
  if( k==i ) return;
  if( (u = word_at(p, k, NEWS_DW_UNIT, &mLang, &k2))!=0
   && !(u->flags & NEWS_DWF_PLURAL)
   && !(is_dash(p, k2) && is_adjacent(p, k2))     /* a quarter-century */
   && (u->iVal==NEWS_DU_QUARTER
       || (u->iVal==NEWS_DU_PERIOD && (eQual!=QUAL_NONE || bFocusWord))) ){
    c.iEnd = k2;
    c.eKind = NEWS_DATE_RELATIVE;
    if( eQual==QUAL_NONE && u->iVal==NEWS_DU_QUARTER && !focus_quarter(p, i, &v, &v)
     && quarter_ended_at(p, k2, &fy, &fq) ){
      /* the quarter ended Sept. 30: the one that ends then (the date
      ** itself is an expression of its own), unless a quarter was named
      ** (the fiscal first quarter may end then) */
      c.bAnchor = 1;
    }else if( eQual==QUAL_NONE && (j = year_back_at(p, k2))>0 ){
      /* the quarter a year ago, the corresponding period last year */
      eQual = QUAL_AGO;
      c.iEnd = j;
    }
    if( fq ){
      switch( eQual ){
        case QUAL_YEAR:  set_gran_n(&c, NEWS_GRAN_QUARTER, y, fq); break;
        case QUAL_SHIFT: set_gran_n(&c, NEWS_GRAN_QUARTER, p->ref.y + yShift, fq); break;
        case QUAL_AGO:   set_gran_n(&c, NEWS_GRAN_QUARTER, fy - 1, fq); break;
        default:         set_gran_n(&c, NEWS_GRAN_QUARTER, fy, fq); break;
      }
    }
    keep_longest(e, &c);
    return;
  }
  if( eQual==QUAL_AGO ){
    /* year-earlier, year-ago alone: the focus quarter a year before */
    c.iFirst = kQual;
    c.iEnd = k;
    c.eKind = NEWS_DATE_RELATIVE;
    if( focus_quarter(p, i, &fy, &fq) ){
      set_gran_n(&c, NEWS_GRAN_QUARTER, fy-1, fq);
    }else if( p->bRef ){
      set_year(&c, p->ref.y-1);
    }else{
      c.v.gran = NEWS_GRAN_YEAR;
    }
    keep_longest(e, &c);
  }
}

/* Seasons: summer 2024, the winter of 1994, this summer, last fall,
** l'été dernier, el verano pasado, (in the) summer. */
static void parse_season(Scanner *p, i64 i, Expr *e){
  int mLang = p->mLang, shift = 2, y = 0, s, mL, bArt;
  const NewsDateWord *w, *sh;
  i64 k, j, j2;
  Expr c;

  expr_init(&c, i, NEWS_GRAN_SEASON, NEWS_DATE_ABSOLUTE);
  k = skip_article(p, i, &mLang);
  bArt = k>i;
  mL = mLang;
  if( (sh = pre_shift_at(p, k, &mL, &j))!=0 ){
    shift = sh->iVal; k = j; mLang = mL;
  }
  if( (w = word_at(p, k, NEWS_DW_SEASON, &mLang, &j))==0 ) return;
  s = w->iVal;
  c.iEnd = j;
  mL = mLang;
  if( shift==2 && (sh = word_at(p, j, NEWS_DW_SHIFT, &mL, &j2))!=0
   && (sh->flags & NEWS_DWF_AFTER) ){
    shift = sh->iVal; c.iEnd = j2; mLang = mL;
  }else if( shift==2 ){
    mL = mLang;
    j2 = j;
    if( word_at(p, j2, NEWS_DW_OF, &mL, &k) ) j2 = k;
    if( (k = year_at(p, j2, &mL, &y, 1))>0 ){ c.iEnd = k; mLang = mL; }
    else y = 0;
  }
  if( shift==2 && y==0 ){
    /* alone: only the unambiguous names, after a context word */
    if( (w->flags & NEWS_DWF_WEAK) ) return;
    if( !bArt && !has_context_before(p, i, mLang) ) return;
  }
  if( y ){
    set_gran_n(&c, NEWS_GRAN_SEASON, y, s);
  }else{
    c.eKind = shift==2 ? NEWS_DATE_PARTIAL : NEWS_DATE_RELATIVE;
    if( p->bRef ){
      int cur = season_index(p->ref.y, p->ref.m), si;
      if( shift==0 ){
        si = p->ref.y*4 + s-1;
        if( s==4 && p->ref.m<=2 ) si -= 4;
      }else{
        /* the occurrence of season s just before/after (or nearest) */
        int before = cur - ((cur - (s-1)) % 4 + 4) % 4;
        int after = before==cur ? cur : before + 4;
        if( shift<0 ) si = before==cur ? before-4 : before;
        else if( shift==1 ) si = after==cur ? after+4 : after;
        else si = (after-cur < cur-before) ? after : before;
      }
      set_gran_n(&c, NEWS_GRAN_SEASON, si/4, si%4 + 1);
    }
  }
  keep_longest(e, &c);
}

/* Holidays: Christmas, Easter 2026, Thanksgiving, Weihnachten. */
/* The day of holiday w in year y. */
static i64 holiday_day(const NewsDateWord *w, int y){
  if( w->flags & NEWS_DWF_EASTER ) return easter_days(y) + w->iVal2;
  if( w->flags & NEWS_DWF_NTH ){
    return nth_weekday(y, w->iVal, w->iVal2/10%10, w->iVal2%10, w->iVal2/100);
  }
  return days_from_civil(y, w->iVal, w->iVal2);
}

/* Holidays: Christmas, Easter 2026, last Thanksgiving, Weihnachten.
** Without a year, the nearest one (ties to the past); after last / next,
** the one before / after the reference. */
/* "Easter week", "Christmas week": the ISO week of the holiday. */
static void holiday_week(Scanner *p, Expr *c){
  int mLang = p->mLang;
  const NewsDateWord *u;
  i64 j;
  if( (u = word_at(p, c->iEnd, NEWS_DW_UNIT, &mLang, &j))!=0 && u->iVal==NEWS_DU_WEEK
   && !(u->flags & NEWS_DWF_PLURAL) ){
    c->iEnd = j;
    if( c->bValue ) set_week(c, days_from_civil(c->v.y, c->v.m, c->v.d), 0);
    else c->v.gran = NEWS_GRAN_WEEK;
  }
}

static void parse_holiday(Scanner *p, i64 i, Expr *e){
  int mLang = p->mLang, y = 0, shift = 2, yy;
  const NewsDateWord *w, *s;
  i64 j, k, best = 0, dBest = -1;
  Expr c;
  if( (s = pre_shift_at(p, i, &mLang, &j))!=0 ){
    shift = s->iVal;
  }else{
    j = i;
  }
  if( (w = word_at(p, j, NEWS_DW_HOLIDAY, &mLang, &j))==0 ) return;
  expr_init(&c, i, NEWS_GRAN_DAY, NEWS_DATE_ABSOLUTE);
  c.iEnd = j;
  if( shift==2 && (k = year_at(p, j, &mLang, &y, 0))>0 ){
    c.iEnd = k;
    set_day(&c, holiday_day(w, y));
    holiday_week(p, &c);
    keep_longest(e, &c);
    return;
  }
  c.eKind = shift==2 ? NEWS_DATE_PARTIAL : NEWS_DATE_RELATIVE;
  if( !p->bRef ){ keep_longest(e, &c); return; }
  for(yy=p->ref.y-1; yy<=p->ref.y+1; yy++){
    i64 days = holiday_day(w, yy), dist = days - p->refDays;
    if( shift==0 && yy!=p->ref.y ) continue;
    if( (shift<0 && dist>=0) || (shift==1 && dist<=0) ) continue;
    dist = dist<0 ? -2*dist : 2*dist+1;
    if( dBest<0 || dist<dBest ){ dBest = dist; best = days; }
  }
  if( dBest>=0 ) set_day(&c, best);
  holiday_week(p, &c);
  keep_longest(e, &c);
}

/* PAST_REF, PRESENT_REF, FUTURE_REF: now, recently, the past, the
** future, recent years, the coming months. */
static void parse_ref(Scanner *p, i64 i, Expr *e){
  int mLang = p->mLang;
  const NewsDateWord *w, *u;
  i64 k, j, j2;
  Expr c;
  expr_init(&c, i, NEWS_GRAN_REF, NEWS_DATE_RELATIVE);
  k = skip_article(p, i, &mLang);
  if( (w = word_at(p, k, NEWS_DW_REF, &mLang, &j))!=0
   && (!(w->flags & NEWS_DWF_ARTICLE) || k>i)
   && ((w->flags & NEWS_DWF_ARTICLE) || k==i) ){
    /* "the past" + unit is "the past year", not a reference; nor is "the
    ** past three summers" (but "now a joint venture", "the current four
    ** flights" are) */
    if( !is_word(p, j, NEWS_DW_UNIT)
     && !(is_word(p, j, NEWS_DW_NUMBER)
          && ((w->flags & NEWS_DWF_ARTICLE) || is_word(p, j+1, NEWS_DW_UNIT))) ){
      c.iEnd = j;
      set_gran_n(&c, NEWS_GRAN_REF, 0, w->iVal);
      /* a phrase that holds a date word without being a date ("as soon
      ** as", "high noon"): read, so that its word is not taken alone */
      if( w->iVal==0 ) c.bInvalid = 1;
    }
  }
  if( !p->opt.bRefs ){
    if( c.iEnd>i && c.bInvalid ) keep_longest(e, &c);
    return;
  }
  mLang = p->mLang;
  k = skip_article(p, i, &mLang);
  if( (w = word_at(p, k, NEWS_DW_REFADJ, &mLang, &j))!=0
   && (u = word_at(p, j, NEWS_DW_UNIT, &mLang, &j2))!=0
   && (u->flags & NEWS_DWF_PLURAL) && j2>c.iEnd ){
    c.iEnd = j2;
    set_gran_n(&c, NEWS_GRAN_REF, 0, w->iVal);
  }
  /* the last few months, the past several quarters, the next few years */
  mLang = p->mLang;
  k = skip_article(p, i, &mLang);
  if( (w = word_at(p, k, NEWS_DW_SHIFT, &mLang, &j))!=0 && w->iVal!=0
   && (u = word_at(p, j, NEWS_DW_NUMBER, &mLang, &j2))!=0 && u->iVal<0
   && (u = word_at(p, j2, NEWS_DW_UNIT, &mLang, &j))!=0
   && (u->flags & NEWS_DWF_PLURAL) && j>c.iEnd ){
    c.iEnd = j;
    set_gran_n(&c, NEWS_GRAN_REF, 0, w->iVal<0 ? NEWS_REF_PAST : NEWS_REF_FUTURE);
  }
  if( c.iEnd>i ) keep_longest(e, &c);
}

/* A time without a day belongs to the day named in the last STORY_SPAN
** bytes (about 60 words, two sentences), if any, else to the reference. */
#define STORY_SPAN 320

/* A clock time, with the day it belongs to when written next to it:
** 3:30 p.m., 3 p.m. Wednesday, noon Thursday, 9 a.m. EST Nov. 9. */
static void parse_time(Scanner *p, i64 i, Expr *e){
  int mLang = p->mLang;
  Clock ck;
  i64 j, k;
  Expr c, d;
  if( (j = clock_at(p, i, &mLang, &ck))<0 ) return;
  if( !ck.bStrong ){
    /* 15:30 alone: a time after "at"/"um", or in date_parse() */
    if( !p->bWhole && !(i>0 && is_word(p, i-1, NEWS_DW_PREP)) ) return;
  }
  expr_init(&c, i, NEWS_GRAN_TIME, NEWS_DATE_RELATIVE);
  c.iEnd = j;
  k = j;
  if( is_punct(p, k, '(') ){
    /* 10:35 a.m. (0735 GMT) Friday: the day after the aside says which
    ** day, and is an expression of its own */
    i64 kk;
    for(kk=k+1; kk<k+8 && at(p, kk) && !is_punct(p, kk, ')'); kk++){}
    if( is_punct(p, kk, ')') ){
      expr_init(&d, kk+1, NEWS_GRAN_DAY, NEWS_DATE_RELATIVE);
      parse_day_phrase(p, kk+1, &d, 0);
      if( d.iEnd>kk+1 && d.v.gran==NEWS_GRAN_DAY && !d.bInvalid ){
        c.v = d.v;
        c.bValue = d.bValue;
        if( c.bValue ) set_time_of_day(&c, ck.hh, ck.mi, ck.ss, 0);
        else c.v.gran = NEWS_GRAN_TIME;
        keep_longest(e, &c);
        return;
      }
    }
  }
  if( is_punct(p, k, ',') ) k++;
  if( is_word(p, k, NEWS_DW_PREP) && at(p, k)->nKey==2
   && memcmp(at(p, k)->zKey, "on", 2)==0 ) k++;
  expr_init(&d, k, NEWS_GRAN_DAY, NEWS_DATE_RELATIVE);
  parse_calendar(p, k, &d);
  parse_day_phrase(p, k, &d, 0);
  if( d.iEnd>k && (d.v.gran==NEWS_GRAN_DAY) && !d.bInvalid ){
    c = d;
    c.iFirst = i;
  }else if( p->bLastDay && at(p, i)->iStart - p->lastDayAt <= STORY_SPAN ){
    set_day(&c, p->lastDay);          /* the day the story is telling */
  }else if( p->bRef ){
    set_day(&c, p->refDays);
  }
  if( c.bValue ) set_time_of_day(&c, ck.hh, ck.mi, ck.ss, 0);
  else c.v.gran = NEWS_GRAN_TIME;
  keep_longest(e, &c);
}

/*
** A part of the day named first: mid-afternoon yesterday, early morning
** Tuesday; alone after a preposition or with a modifier (in the morning,
** by mid-afternoon): the day the story is telling, else the reference.
** "At night" alone is too often a habit (works at night) to be a date.
*/
static void parse_pod(Scanner *p, i64 i, Expr *e){
  int mLang = p->mLang, mL, bMod = 0;
  const NewsDateWord *w;
  i64 k = i, j;
  Expr c;
  mL = mLang;
  if( (w = word_at(p, k, NEWS_DW_MOD, &mL, &j))!=0 && !(w->flags & NEWS_DWF_OF) ){
    bMod = 1;
    mLang = mL;
    k = (is_dash(p, j) && is_adjacent(p, j)) ? j+1 : j;
  }
  k = skip_article(p, k, &mLang);
  if( (w = word_at(p, k, NEWS_DW_POD, &mLang, &j))==0 ) return;
  expr_init(&c, j, NEWS_GRAN_DAY, NEWS_DATE_RELATIVE);
  parse_day_phrase(p, j, &c, 0);
  if( c.iEnd>j && c.v.gran==NEWS_GRAN_DAY && !c.bInvalid ){
    c.iFirst = i;                       /* mid-afternoon yesterday */
  }else{
    if( w->iVal==NEWS_POD_NI || (!bMod && !has_context_before(p, i, mLang)) ) return;
    expr_init(&c, i, NEWS_GRAN_DAY, NEWS_DATE_RELATIVE);
    c.iEnd = j;
    if( p->bLastDay && at(p, i)->iStart - p->lastDayAt <= STORY_SPAN ){
      set_day(&c, p->lastDay);
    }else if( p->bRef ){
      set_day(&c, p->refDays);
    }
  }
  if( c.bValue ) set_time_of_day(&c, -1, 0, 0, w->iVal);
  else c.v.gran = NEWS_GRAN_TIME;
  keep_longest(e, &c);
}

/*
** Modified expressions: early 2024, late November, mid-March,
** the end of the year, the beginning of next month, Anfang 2025,
** fin mars, a finales de 2025, earlier this month, later today.
*/
static void parse_inner(Scanner *p, i64 i, Expr *e);

static void parse_modified(Scanner *p, i64 i, Expr *e){
  int mLang = p->mLang, mL;
  const NewsDateWord *w;
  i64 k, j;
  Expr c;

  k = skip_article(p, i, &mLang);
  mL = mLang;
  if( (w = word_at(p, k, NEWS_DW_MOD, &mL, &j))!=0 ){
    int eMod = w->iVal, bHyphen = 0;
    if( is_dash(p, j) && is_adjacent(p, j) ){
      j++;
      bHyphen = 1;
    }else if( w->flags & NEWS_DWF_HYPHEN ){
      if( !(w->mLang & NEWS_LANG_EN) ) return;
    }else{
      i64 j2;
      int mL2 = mL;
      if( word_at(p, j, NEWS_DW_OF, &mL2, &j2) ) j = j2;
      else if( w->flags & NEWS_DWF_OF ) return;
    }
    expr_init(&c, j, 0, 0);
    p->bInMod = 1;
    parse_inner(p, j, &c);
    p->bInMod = 0;
    if( c.iEnd>j && !c.bInvalid && c.v.gran!=NEWS_GRAN_REF
     && c.v.gran!=NEWS_GRAN_TIME ){
      c.iFirst = bHyphen ? k : i;       /* "the mid-March deadline" */
      c.eMod = eMod;
      keep_longest(e, &c);
    }
    return;
  }
  mL = p->mLang;
  if( k==i && (w = word_at(p, i, NEWS_DW_RELMOD, &mL, &j))!=0 ){
    const NewsDateWord *u;
    i64 j2, k2;
    expr_init(&c, j, 0, 0);
    parse_relative(p, j, &c);
    parse_day_phrase(p, j, &c, 0);
    if( c.iEnd>j && c.v.gran!=NEWS_GRAN_REF && c.eKind==NEWS_DATE_RELATIVE ){
      c.iFirst = i;
      keep_longest(e, &c);
    }
    /* later in the day, earlier in the year: the current one (the day of
    ** the story) */
    if( word_at(p, j, NEWS_DW_PREP, &mL, &j2) && (k2 = skip_article(p, j2, &mL))>j2
     && (u = word_at(p, k2, NEWS_DW_UNIT, &mL, &j))!=0 && !(u->flags & NEWS_DWF_PLURAL)
     && u->iVal>=NEWS_DU_DAY && u->iVal<=NEWS_DU_YEAR && u->iVal!=NEWS_DU_WEEKEND
     && u->iVal!=NEWS_DU_FORTNIGHT && u->iVal!=NEWS_DU_HALF ){
      i64 base = p->bLastDay && at(p, i)->iStart - p->lastDayAt <= STORY_SPAN
                 ? p->lastDay : p->refDays;
      expr_init(&c, i, unit_gran(u->iVal), NEWS_DATE_RELATIVE);
      c.iEnd = j;
      c.eMod = w->iVal<0 ? NEWS_MOD_START : NEWS_MOD_END;
      if( p->bRef || base!=p->refDays ) resolve_unit(p, &c, u->iVal, 0, base);
      keep_longest(e, &c);
    }
  }
}

/* Everything but the modifiers. */
/*
** Which parsers can start at an atom: the kinds of words each one can
** begin with (a cheap test that spares most of them at most atoms).
** DIGITS stands for a token with a digit, QUOTE for an apostrophe ('90s).
*/
#define K(x) KIND_BIT(NEWS_DW_##x)
#define DIGITS KIND_BIT(NEWS_DW_COUNT+1)
#define QUOTE  KIND_BIT(NEWS_DW_COUNT+2)
#define START_CALENDAR (K(WEEKDAY)|K(MONTH)|K(ARTICLE)|K(ORDINAL)|K(NUMBER)|DIGITS)
#define START_DAY      (K(ARTICLE)|K(SHIFT)|K(WEEKDAY)|K(DEICTIC))
#define START_RELATIVE (K(ARTICLE)|K(SHIFT)|K(UNIT)|K(FOCUS)|K(NUMBER)|K(AGO)|DIGITS)
#define START_SHIFTM   (K(SHIFT)|K(MONTH))
#define START_YEAR     (K(ARTICLE)|K(YEARWORD)|K(FISCAL)|K(NUMBER)|DIGITS|QUOTE)
#define START_DECADE   (K(ARTICLE)|K(ORDINAL)|K(NUMBER)|DIGITS|QUOTE)
#define START_QUARTER  (K(ARTICLE)|K(FOCUS)|K(SHIFT)|K(UNIT)|K(FISCAL)|K(ORDINAL)|DIGITS)
#define START_SEASON   (K(ARTICLE)|K(SHIFT)|K(SEASON))
#define START_MODIFIED (K(ARTICLE)|K(MOD)|K(RELMOD))
#define START_TIME     (K(CLOCK)|DIGITS)
#define START_POD      (K(MOD)|K(ARTICLE)|K(POD))
#define START_REF      (K(ARTICLE)|K(REF)|K(REFADJ)|K(SHIFT))

static sqlite3_uint64 start_mask(Scanner *p, i64 i){
  Atom *a = at(p, i);
  sqlite3_uint64 m;
  if( a==0 ) return 0;
  m = a->mKind;
  if( a->flags & NEWS_TF_DIGIT ) m |= DIGITS;
  if( a->eKind==NEWS_TOKEN_PUNCT && a->nKey==1 && a->zKey[0]=='\'' ) m |= QUOTE;
  return m;
}

/* Everything but the modifiers. */
static void parse_inner(Scanner *p, i64 i, Expr *e){
  sqlite3_uint64 m = start_mask(p, i);
  if( m & DIGITS ) parse_numeric(p, i, e);
  if( m & START_CALENDAR ) parse_calendar(p, i, e);
  if( m & DIGITS ) parse_next_day(p, i, e);
  if( m & START_DAY ) parse_day_phrase(p, i, e, 1);
  if( m & START_RELATIVE ) parse_relative(p, i, e);
  if( m & START_SHIFTM ) parse_shift_month(p, i, e);
  if( m & START_YEAR ) parse_year(p, i, e);
  if( m & START_DECADE ) parse_decade(p, i, e);
  if( m & START_QUARTER ) parse_quarter(p, i, e);
  if( m & START_SEASON ) parse_season(p, i, e);
  if( m & (K(HOLIDAY)|K(SHIFT)) ) parse_holiday(p, i, e);
}

/* The longest expression starting at atom i, if any, without a leading
** approximation word. */
static int match_core(Scanner *p, i64 i, Expr *e){
  sqlite3_uint64 m = start_mask(p, i);
  parse_inner(p, i, e);
  if( m & START_MODIFIED ) parse_modified(p, i, e);
  if( m & START_TIME ) parse_time(p, i, e);
  if( m & START_POD ) parse_pod(p, i, e);
  if( m & START_REF ) parse_ref(p, i, e);
  return e->iEnd>i;
}

/* The longest expression starting at atom i: also "about two weeks ago",
** "around 7 p.m.", "nearly four years ago" (TIMEX3 mod APPROX). */
static int match_at(Scanner *p, i64 i, Expr *e){
  int mLang = p->mLang;
  i64 j;
  expr_init(e, i, 0, 0);
  if( word_at(p, i, NEWS_DW_APPROX, &mLang, &j) ){
    expr_init(e, j, 0, 0);
    if( match_core(p, j, e) && e->v.gran!=NEWS_GRAN_REF && !e->bInvalid ){
      e->iFirst = i;
      if( e->eMod==0 ) e->eMod = NEWS_MOD_APPROX;
    }else{
      expr_init(e, i, 0, 0);
    }
  }
  return match_core(p, i, e);
}

/* Can atom a start an expression at all?  (Most words cannot: neither
** prepositions nor the words that only follow a date.) */
#define START_KINDS ( KIND_BIT(NEWS_DW_MONTH) | KIND_BIT(NEWS_DW_WEEKDAY) \
  | KIND_BIT(NEWS_DW_ORDINAL) | KIND_BIT(NEWS_DW_NUMBER) | KIND_BIT(NEWS_DW_UNIT) \
  | KIND_BIT(NEWS_DW_SEASON) | KIND_BIT(NEWS_DW_DEICTIC) | KIND_BIT(NEWS_DW_CLOCK) \
  | KIND_BIT(NEWS_DW_SHIFT) | KIND_BIT(NEWS_DW_AGO) | KIND_BIT(NEWS_DW_MOD) \
  | KIND_BIT(NEWS_DW_RELMOD) | KIND_BIT(NEWS_DW_ARTICLE) | KIND_BIT(NEWS_DW_REF) \
  | KIND_BIT(NEWS_DW_REFADJ) | KIND_BIT(NEWS_DW_FISCAL) | KIND_BIT(NEWS_DW_HOLIDAY) \
  | KIND_BIT(NEWS_DW_DECADEWORD) | KIND_BIT(NEWS_DW_DECADEINTRO) \
  | KIND_BIT(NEWS_DW_YEARWORD) | KIND_BIT(NEWS_DW_FOCUS) \
  | KIND_BIT(NEWS_DW_APPROX) )
/* Kinds that make an expression alone (the others need a next word). */
#define ALONE_KINDS ( KIND_BIT(NEWS_DW_MONTH) | KIND_BIT(NEWS_DW_WEEKDAY) \
  | KIND_BIT(NEWS_DW_DEICTIC) | KIND_BIT(NEWS_DW_CLOCK) | KIND_BIT(NEWS_DW_REF) \
  | KIND_BIT(NEWS_DW_HOLIDAY) | KIND_BIT(NEWS_DW_SEASON) )
/* Kinds that cannot continue an expression. */
#define INERT_KINDS ( KIND_BIT(NEWS_DW_CUE) | KIND_BIT(NEWS_DW_NOTYEAR) \
  | KIND_BIT(NEWS_DW_CLITIC) | KIND_BIT(NEWS_DW_GENERIC) )

static int is_trigger(Scanner *p, i64 i){
  Atom *a = at(p, i), *b;
  if( (a->flags & NEWS_TF_DIGIT)
   || (a->eKind==NEWS_TOKEN_PUNCT && a->nKey==1 && a->zKey[0]=='\'') ) return 1;
  if( (a->mKind & START_KINDS)==0 ) return 0;
  if( a->mKind & (ALONE_KINDS|PHRASE_BIT) ) return 1;
  /* "the", "in", "a", "last": only if the next atom can go on */
  b = at(p, i+1);
  return b && ((b->mKind & ~INERT_KINDS) || (b->flags & NEWS_TF_DIGIT)
               || (b->eKind==NEWS_TOKEN_PUNCT && !b->bSpace));
}

/*************************************************************************
** Skipping the text between dates.  Every expression holds a digit or a
** head word (NEWS_DATE_SET_HEAD in date_lexicon.h: a month, a unit,
** "yesterday", "now"...) and starts a few words before it at most.  So
** atoms are made only from the words before each head word that can be
** part of an expression (at most WINDOW_WORDS, see word_can_lead()) on; the
** text in between is read once here, a byte at a time, without the
** tokenizer (most words are rejected by their first two letters and their
** length).  Words are counted between ASCII white space, which no token
** spans, so a window start is always where a token starts, and a window of
** WINDOW_WORDS words holds at least that many atoms.
*/
#define WINDOW_WORDS 10
#define WORD_RING 16                    /* power of two, > WINDOW_WORDS */

/* The end of a run of letters (ASCII or not) and combining marks from
** z[i], as the tokenizer would end a word there: a mark or a joiner does
** not start a word (bInRun: i continues one), a joiner stays in it only
** between letters, and Han and Kana characters are words of one
** character.  *pbDigit is set if a digit of any script is among them. */
static int word_end_high(const unsigned char *z, int n, int i, int bInRun,
                         int *pbDigit){
  while( i<n ){
    unsigned c = z[i];
    if( c<0x80 ){
      int k = aPreClass[c];
      if( k==PD ){ *pbDigit = 1; return i; }
      if( k!=PL && k!=PU ) return i;
      i++;
    }else{
      uint32_t cp;
      int len = news_utf8_decode(z, n, i, &cp);
      NewsCharClass cc = news_char_class(cp);
      if( cc==NEWS_CC_DIGIT || cc==NEWS_CC_NUMERIC ){ *pbDigit = 1; return i; }
      if( cc==NEWS_CC_LETTER ){
        if( news_is_ideograph(cp) ) return i;  /* a word of its own */
      }else if( cc==NEWS_CC_MARK ){
        if( !bInRun ) return i;
      }else if( cc==NEWS_CC_JOINER ){
        uint32_t cp2;
        if( !bInRun || i+len>=n ) return i;
        news_utf8_decode(z, n, i+len, &cp2);
        if( news_char_class(cp2)!=NEWS_CC_LETTER || news_is_ideograph(cp2) ) return i;
      }else{
        return i;
      }
      i += len;
    }
    bInRun = 1;
  }
  return i;
}

/* ASCII punctuation that is a token of its own next to letters (not ' -
** . @ / : & which may join letters into one token). */
static int is_plain_mark(unsigned char c){
  return c=='(' || c==')' || c=='"' || c==',' || c==';' || c=='!' || c=='?'
      || c=='[' || c==']';
}

/*
** Can the white-space separated word at byte i be part of an expression
** before its head word?  1 if it can; 0 if it is a plain word that plays
** no part at all (what a parser may look at before an expression is a
** word of the lexicon or a symbol: not seeing this one changes nothing);
** 2 if it cannot, but a token of it might (revenue/the).  Only if its tokens are punctuation, symbols,
** lexicon words that are not inert (the, last, early, of, Nov., l'an) or
** later words of a phrase (the "y" of "il y a"): the lookups that make
** atoms of them, done on the few words before a head.
*/
static int word_can_lead(Scanner *p, int i){
  const unsigned char *z = (const unsigned char*)p->z;
  int iEnd = i, a, b;
  NewsTokenizer tk;
  NewsToken t;
  while( iEnd<p->n && aPreClass[z[iEnd]]!=PS ) iEnd++;
  /* the usual case, a plain word with punctuation around it ("(the",
  ** "year,"), without the tokenizer: letters between marks that never
  ** join a word */
  for(a=i; a<iEnd && is_plain_mark(z[a]); a++){}
  for(b=a; b<iEnd && (aPreClass[z[b]]==PL || aPreClass[z[b]]==PU); b++){}
  if( b>a ){
    int c = b;
    while( c<iEnd && is_plain_mark(z[c]) ) c++;
    if( c==iEnd ){
      char zKey[NEWS_DATE_KEY_MAX+1];
      const NewsDateWord *w;
      int nKey = news_date_key_buf(p->z+a, b-a, zKey, &p->scratch);
      w = nKey ? news_date_lexicon_find(zKey, nKey) : 0;
      if( (w && (news_date_lexicon_kinds(w, p->mLang) & ~INERT_KINDS)!=0)
       || (nKey && (news_date_set_langs(NEWS_DATE_SET_INNER, zKey, nKey, 1) & p->mLang)) ){
        return 1;
      }
      return 0;                         /* a plain word that plays no part */
    }
  }
  news_tokenizer_init(&tk, p->z+i, iEnd-i, NEWS_TOKENIZE_SPLIT_HYPHENS);
  while( news_tokenizer_next(&tk, &t) ){
    char zKey[NEWS_DATE_KEY_MAX+1];
    const NewsDateWord *w;
    int nKey, nSuffix;
    if( t.eKind!=NEWS_TOKEN_WORD && t.eKind!=NEWS_TOKEN_ABBREV ) continue;
    nKey = news_date_key_buf(p->z+i+t.iStart, t.iEnd-t.iStart, zKey, &p->scratch);
    w = nKey ? news_date_lexicon_find(zKey, nKey) : 0;
    if( w==0 && nKey && (t.flags & NEWS_TF_APOSTROPHE) ){
      w = news_date_lexicon_find_stripped(zKey, nKey, &nSuffix);
    }
    if( (w==0 || (news_date_lexicon_kinds(w, p->mLang) & ~INERT_KINDS)==0)
     && !(news_date_set_langs(NEWS_DATE_SET_INNER, zKey, nKey, 1) & p->mLang) ){
      return 2;
    }
  }
  return 1;
}

/* Is the run of letters z[a..b) a head word?  bHigh: it has non-ASCII
** letters (it is folded, where ASCII is only lower-cased). */
/* Does the run of letters at z[a] count as capitalized?  Yes if it is, or
** may be: a token may start before the run (L'Été). */
static inline int run_capital(Scanner *p, int a){
  unsigned char c = (unsigned char)p->z[a];
  return (c>='A' && c<='Z') || c>=0x80
      || (a>0 && aPreClass[(unsigned char)p->z[a-1]]!=PS && p->z[a-1]!='-');
}

static int run_is_head(Scanner *p, int a, int b, int bHigh){
  int bCapital = run_capital(p, a);
  if( !bHigh ){
    return (news_date_set_ascii(NEWS_DATE_SET_HEAD, p->z+a, b-a, bCapital) & p->mLang)!=0;
  }else{
    char zKey[NEWS_DATE_KEY_MAX+1];
    int nKey = news_date_key_buf(p->z+a, b-a, zKey, &p->scratch);
    return (news_date_set_langs(NEWS_DATE_SET_HEAD, zKey, nKey, bCapital) & p->mLang)!=0;
  }
}

/*
** From byte iFrom (where the tokenizer stands), find the next digit or
** head word.  Returns the byte where atoms must start so that no
** expression around it is missed (iFrom if that is less than WINDOW_WORDS
** words back), and sets p->iHeadEnd to the end of the white-space
** separated word that holds it; -1 if there is none before the end.
*/
static int next_window(Scanner *p, int iFrom){
  const unsigned char *z = (const unsigned char*)p->z;
  int aStart[WORD_RING];                /* the last word starts, a ring */
  int nWord = 0, i = iFrom, n = p->n, k, bAt;
  const unsigned short *aLower = news_date_set_prefixes(NEWS_DATE_SET_HEAD, p->mLang, 0);
  const unsigned short *aCapital = news_date_set_prefixes(NEWS_DATE_SET_HEAD, p->mLang, 1);
  p->iFirstHigh = n;
  while( i<n ){
    while( aPreClass[z[i]]==PS ){
      if( ++i>=n ) return -1;
    }
    aStart[nWord++ & (WORD_RING-1)] = i;
    bAt = 0;
    /* the white-space separated word at i: its runs of letters */
    while( i<n && (k = aPreClass[z[i]])!=PS ){
      int iWord = i, bHigh = 0, bDigit = 0;
      if( k==PD ) goto found;
      if( k==PO ){
        if( z[i]=='@' ) bAt = 1;
        i++;
        continue;
      }
      if( k!=PH ){
        while( ++i<n && (k = aPreClass[z[i]])!=PS && k<=PU ){}
      }
      if( i<n && k==PH ){
        int iHigh = i;
        if( i<p->iFirstHigh ) p->iFirstHigh = i;
        i = word_end_high(z, n, i, i>iWord, &bDigit);
        if( bDigit ) goto found;
        if( i==iWord ){                 /* not a letter: punctuation... */
          uint32_t cp;
          i += news_utf8_decode(z, n, i, &cp);
          continue;
        }
        bHigh = i>iHigh;
        /* an e-mail address ends before a non-ASCII letter, which then
        ** starts a token: x@y.orgübermorgen */
        if( bAt && iHigh>iWord && run_is_head(p, iHigh, i, 1) ) goto found;
      }
      if( (bHigh || ((run_capital(p, iWord) ? aCapital : aLower)
                       [NEWS_DATE_PREFIX(z+iWord, i-iWord)] & NEWS_DATE_PREFIX_LEN(i-iWord)))
       && run_is_head(p, iWord, i, bHigh) ){
        goto found;
      }
      /* a head word with an apostrophe inside: aujourd'hui */
      if( i<n && (z[i]=='\'' || z[i]>=0x80) ){
        uint32_t cp;
        int j = i + news_utf8_decode(z, n, i, &cp), j2;
        if( news_is_apostrophe(cp) && j<n ){
          j2 = word_end_high(z, n, j, 0, &bDigit);
          if( j2>j && run_is_head(p, iWord, j2, 1) ) goto found;
        }
      }
    }
  }
  return -1;
found:
  while( i<n && aPreClass[z[i]]!=PS ) i++;
  p->iHeadEnd = i;
  /* back over the words that can begin an expression, and one more that
  ** may matter to what a parser looks at before the expression */
  for(k=1; k<=WINDOW_WORDS; k++){
    int r;
    if( nWord-1-k<0 ) return iFrom;
    r = word_can_lead(p, aStart[(nWord-1-k) & (WORD_RING-1)]);
    if( r==0 ){ k--; break; }
    if( r==2 ) break;
  }
  if( k>WINDOW_WORDS ) k = WINDOW_WORDS;
  return aStart[(nWord-1-k) & (WORD_RING-1)];
}

/*
** Before the main loop makes its next atom: skip to the window of the
** next head word, or end the scan if there is none.  Only between
** tokens (not inside a hyphenated word being split) and past the last
** head word found.  Returns 0 at the end of what can hold dates.
*/
static int skip_to_window(Scanner *p){
  int iFrom = p->tk.outer.i, iWin;
  if( p->tk.bInner || p->bEof || p->opt.bFullScan || iFrom<p->iHeadEnd ) return 1;
  iWin = next_window(p, iFrom);
  if( iWin<0 ){
    p->bEof = 1;
    return 0;
  }
  if( iWin>iFrom ){
    /* resume the tokenizer there (dates() does not use the line-start
    ** flag the seek loses) */
    news_tokenizer_seek(&p->tk.outer, iWin, p->tk.outer.iChar
                        + (iWin<=p->iFirstHigh ? iWin - iFrom
                           : news_utf8_count(p->z + iFrom, iWin - iFrom)));
    p->iFloor = p->iLow = p->nAtom;     /* what came before is not adjacent */
  }
  return 1;
}

/*************************************************************************
** The scanner
*/

/*
** Pick the languages of the text from the frequent function words among
** its first DETECT_WORDS words: every language with at least a quarter of
** the best count.  Too few function words (a headline, a date line): all
** languages.  Words are read from the bytes, as next_window() reads them,
** without making atoms.
*/
static void detect_languages(Scanner *p){
  const unsigned char *z = (const unsigned char*)p->z;
  const unsigned short *aPrefix = news_date_set_prefixes(NEWS_DATE_SET_CUE,
                                                        NEWS_LANG_ALL, 1);
  int aCount[NEWS_LANG_COUNT], i = 0, k, best = 0, nWord = 0, n = p->n;
  memset(aCount, 0, sizeof(aCount));
  p->mLang = NEWS_LANG_ALL;
  while( i<n && nWord<DETECT_WORDS ){
    int c = aPreClass[z[i]], iWord = i, bDigit = 0, mCue = 0;
    if( c==PL || c==PU ){
      while( ++i<n && ((c = aPreClass[z[i]])==PL || c==PU) ){}
      if( i>=n || c!=PH ){
        if( aPrefix[NEWS_DATE_PREFIX(z+iWord, i-iWord)] & NEWS_DATE_PREFIX_LEN(i-iWord) ){
          mCue = news_date_set_ascii(NEWS_DATE_SET_CUE, p->z+iWord, i-iWord, 1);
        }
        nWord++;
        goto counted;
      }
      i = word_end_high(z, n, i, 1, &bDigit);
    }else if( c==PH ){
      i = word_end_high(z, n, i, 0, &bDigit);
      if( i==iWord ){                   /* not a letter */
        uint32_t cp;
        i += news_utf8_decode(z, n, i, &cp);
        continue;
      }
    }else{
      i++;
      continue;
    }
    nWord++;
    {
      char zKey[NEWS_DATE_KEY_MAX+1];
      int nKey = news_date_key_buf(p->z+iWord, i-iWord, zKey, &p->scratch);
      mCue = news_date_set_langs(NEWS_DATE_SET_CUE, zKey, nKey, 1);
    }
  counted:
    for(k=0; k<NEWS_LANG_COUNT; k++){
      if( (mCue & (1<<k)) && ++aCount[k]>best ) best = aCount[k];
    }
  }
  if( best>=3 ){
    p->mLang = 0;
    for(k=0; k<NEWS_LANG_COUNT; k++){
      if( aCount[k]*4>=best ) p->mLang |= 1<<k;
    }
  }
}

static void scanner_init(Scanner *p, const char *z, int n,
                         const NewsDateRef *pRef, const NewsDateOptions *pOpt){
  memset(p, 0, offsetof(Scanner, aRing));
  p->z = z ? z : "";
  p->n = z ? n : 0;
  if( pOpt ) p->opt = *pOpt; else news_date_options_default(&p->opt);
  if( pRef ){
    p->ref = *pRef;
    p->bRef = 1;
    p->refDays = days_from_civil(pRef->y, pRef->m, pRef->d);
  }
  news_buf_init(&p->scratch);
  news_parts_init(&p->tk, p->z, p->n,
                  (1u<<NEWS_TOKEN_WORD) | (1u<<NEWS_TOKEN_NUMBER));
  p->mLang = p->opt.mLang ? p->opt.mLang : NEWS_LANG_ALL;
  if( p->opt.mLang==0 ) detect_languages(p);
}

/* Fill *pOut from e; 0 if e cannot be reported. */
static int expr_to_match(Scanner *p, const Expr *e, NewsDateMatch *pOut){
  Atom *a = at(p, e->iFirst), *b = at(p, e->iEnd-1);
  int nTrim = 0;
  if( a==0 || b==0 ) return 0;
  memset(pOut, 0, sizeof(*pOut));
  /* a possessive 's at the very end is not part of the date */
  if( b->nSuffix ) nTrim = possessive_suffix(p->z + b->iStart, b->iEnd - b->iStart);
  pOut->iStart = a->iStart;
  pOut->iEnd = b->iEnd - nTrim;
  pOut->iCharStart = a->iCharStart;
  pOut->iCharEnd = b->iCharEnd - (nTrim ? 2 : 0);
  pOut->eGranularity = e->v.gran;
  pOut->eKind = e->eKind;
  pOut->bAmbiguous = e->bAmbig;
  pOut->eMod = e->eMod;
  if( e->bValue && format_value(&e->v, pOut->zValue) ){
    i64 d0, d1;
    int bOpen0, bOpen1;
    if( value_bounds(&e->v, e->eMod, p->bRef ? &p->ref : 0, &d0, &d1,
                     &bOpen0, &bOpen1) ){
      if( !bOpen0 ) format_day(d0, pOut->zFirstDay);
      if( !bOpen1 ) format_day(d1, pOut->zLastDay);
    }
  }else{
    pOut->zValue[0] = 0;
    if( e->bValue ) return 0;           /* out of range: not a date */
  }
  if( pOut->eGranularity==0 ) return 0;
  return 1;
}

/* Is byte i just after an opening quote (" ` “ « ‘)? */
static int after_open_quote(const Scanner *p, int i){
  const unsigned char *z = (const unsigned char*)p->z;
  if( i>=1 && (z[i-1]=='"' || z[i-1]=='`') ) return 1;
  if( i>=2 && z[i-2]==0xC2 && z[i-1]==0xAB ) return 1;
  return i>=3 && z[i-3]==0xE2 && z[i-2]==0x80 && (z[i-1]==0x9C || z[i-1]==0x98);
}

/* Is the word before byte i (one space back) an acronym: 2 to 5 capital
** ASCII letters (USA, VOA) that are no date word (GMT, EST, AD)? */
static int acronym_before(Scanner *p, int i){
  const unsigned char *z = (const unsigned char*)p->z;
  char zKey[NEWS_DATE_KEY_MAX+1];
  int k = i-1, n = 0, nKey;
  if( k<0 || z[k]!=' ' ) return 0;
  while( k>0 && n<6 && z[k-1]>='A' && z[k-1]<='Z' ){ k--; n++; }
  if( n<2 || n>5 || (k>0 && aPreClass[z[k-1]]!=PS) ) return 0;
  nKey = news_date_key_buf(p->z+k, n, zKey, &p->scratch);
  return nKey>0 && news_date_lexicon_find(zKey, nKey)==0;
}

/* A title, not a date: a programme or paper named by a date phrase, in
** capitals where the sentence has none ("This Week," on ABC; "USA
** Today").  Either all its words capitalized right after an opening
** quote, or a capitalized "Today", "Tonight" after an acronym (but "the
** UN Tuesday condemned" is wire style for a day). */
static int is_title(Scanner *p, const Expr *e){
  Atom *a = at(p, e->iFirst);
  i64 i;
  if( a==0 || a->eKind!=NEWS_TOKEN_WORD || !(a->flags & NEWS_TF_CAPITAL)
   || !(a->flags & NEWS_TF_LOWER) ){
    return 0;
  }
  if( e->iEnd - e->iFirst==1 && is_word(p, e->iFirst, NEWS_DW_DEICTIC)
   && acronym_before(p, a->iStart) ){
    return 1;
  }
  if( e->iEnd - e->iFirst<2 || !after_open_quote(p, a->iStart) ) return 0;
  for(i=e->iFirst; i<e->iEnd; i++){
    Atom *b = at(p, i);
    if( b==0 || b->eKind!=NEWS_TOKEN_WORD || !(b->flags & NEWS_TF_CAPITAL) ) return 0;
  }
  return 1;
}

/*
** The quarter in focus (focus_quarter()) after expression e, at bytes
** [iStart, iEnd).  A quarter named outright that is over is the one being
** reported on, unless it is an earlier one named in passing ("after a flat
** second quarter") while the report is still on the latest.  The quarter
** still going on is taken only when none is in focus: "fourth-quarter
** earnings" reported early in that quarter are a fiscal quarter's, just
** ended, while after the third quarter's results it is the outlook.
*/
static void update_focus(Scanner *p, const Expr *e, int iStart, int iEnd){
  if( e->bAnchor && e->bValue ){
    int qi = e->v.y*4 + e->v.n - 1;
    int qRef = p->ref.y*4 + (p->ref.m-1)/3;       /* the reference's quarter */
    int bLive = focus_live(p, iStart);
    if( !p->bRef || qi<qRef || (qi==qRef && !bLive) ){
      if( !bLive || qi+1 >= p->focusQy*4 + p->focusQ ){
        p->bFocusQ = 1;
        p->focusQy = e->v.y;
        p->focusQ = e->v.n;
      }
      p->focusAt = iEnd;
      return;
    }
  }
  if( p->bFocusQ && e->v.gran==NEWS_GRAN_QUARTER ){
    p->focusAt = iEnd;            /* the latest quarter: still that one */
  }
}

/* The next expression, or 0 at the end. */
static int scanner_next(Scanner *p, NewsDateMatch *pOut){
  for(;;){
    Atom *a;
    Expr e;
    if( p->iPos==p->nAtom && !skip_to_window(p) ) return 0;
    a = at(p, p->iPos);
    if( a==0 ) return 0;
    if( is_trigger(p, p->iPos) && match_at(p, p->iPos, &e) ){
      p->iPos = e.iEnd;
      if( e.bInvalid || is_title(p, &e) || !expr_to_match(p, &e, pOut) ) continue;
      update_focus(p, &e, pOut->iStart, pOut->iEnd);
      p->lastGran = e.v.gran;
      p->prevEnd = e.iEnd;
      p->prevKind = e.eKind;
      p->bPrevMonthDay = e.bMonthDay;
      p->bPrevDays = 0;
      if( e.bValue && e.v.gran<=NEWS_GRAN_YEAR ){
        i64 d0, d1;
        int b0, b1;
        if( value_bounds(&e.v, 0, 0, &d0, &d1, &b0, &b1) ){
          p->bPrevDays = 1;
          p->bLast = 1;
          p->lastDays = d0;
          if( e.v.gran<=NEWS_GRAN_DAY ){
            p->bLastDay = 1;
            p->lastDay = d0;
            p->lastDayAt = pOut->iEnd;
          }
        }
      }
      return 1;
    }
    p->iPos++;
  }
}

static void scanner_free(Scanner *p){
  if( p ){
    news_buf_free(&p->scratch);
    sqlite3_free(p);
  }
}

/*************************************************************************
** C API
*/

void news_date_options_default(NewsDateOptions *pOpt){
  memset(pOpt, 0, sizeof(*pOpt));
  pOpt->eOrder = NEWS_DATE_ORDER_MDY;
  pOpt->mLang = 0;
  pOpt->ePrefer = NEWS_DATE_PREFER_PAST;
  pOpt->bRefs = 1;
}

const char *news_date_granularity_name(int eGranularity){
  static const char *const az[] = { "", "time", "day", "week", "month",
    "quarter", "half", "season", "year", "decade", "century", "ref" };
  if( eGranularity<1 || eGranularity>NEWS_GRAN_REF ) return "";
  return az[eGranularity];
}

const char *news_date_kind_name(int eKind){
  switch( eKind ){
    case NEWS_DATE_ABSOLUTE: return "absolute";
    case NEWS_DATE_RELATIVE: return "relative";
    case NEWS_DATE_PARTIAL:  return "partial";
  }
  return "";
}

static int is_space_byte(char c){
  return c==' ' || c=='\t' || c=='\n' || c=='\r' || c=='\f' || c=='\v';
}

int news_date_ref_parse(const char *z, int n, NewsDateRef *pRef){
  int k = 0, y, m, d, hh = 0, mi = 0, ss = 0, f, bTime = 0;
  if( z==0 ) return SQLITE_ERROR;
  if( n<0 ) n = (int)strlen(z);
  while( n>0 && is_space_byte(z[n-1]) ) n--;
  while( k<n && is_space_byte(z[k]) ) k++;
  if( read_digits(z, n, &k, 4, &y)!=4 || k>=n || z[k]!='-' ) return SQLITE_ERROR;
  k++;
  if( read_digits(z, n, &k, 2, &m)!=2 || k>=n || z[k]!='-' ) return SQLITE_ERROR;
  k++;
  if( read_digits(z, n, &k, 2, &d)!=2 ) return SQLITE_ERROR;
  if( !valid_ymd(y, m, d) ) return SQLITE_ERROR;
  if( k<n && (z[k]=='T' || z[k]==' ') ){
    k++;
    if( read_digits(z, n, &k, 2, &hh)!=2 || k>=n || z[k]!=':' ) return SQLITE_ERROR;
    k++;
    if( read_digits(z, n, &k, 2, &mi)!=2 ) return SQLITE_ERROR;
    if( k<n && z[k]==':' ){
      k++;
      if( read_digits(z, n, &k, 2, &ss)!=2 ) return SQLITE_ERROR;
      if( k<n && (z[k]=='.' || z[k]==',') ){
        k++;
        if( read_digits(z, n, &k, 9, &f)==0 ) return SQLITE_ERROR;
      }
    }
    if( hh>23 || mi>59 || ss>59 ) return SQLITE_ERROR;
    bTime = 1;
    if( k<n && z[k]=='Z' ) k++;
    else if( k<n && (z[k]=='+' || z[k]=='-') ){
      int oh, om = 0;
      k++;
      if( read_digits(z, n, &k, 2, &oh)!=2 ) return SQLITE_ERROR;
      if( k<n && z[k]==':' ) k++;
      if( k<n && read_digits(z, n, &k, 2, &om)!=2 ) return SQLITE_ERROR;
      if( oh>14 || om>59 ) return SQLITE_ERROR;
    }
  }
  if( k!=n ) return SQLITE_ERROR;
  memset(pRef, 0, sizeof(*pRef));
  pRef->y = y; pRef->m = m; pRef->d = d;
  pRef->hh = hh; pRef->mi = mi; pRef->ss = ss;
  pRef->bTime = bTime;
  return SQLITE_OK;
}

/* Case-insensitive comparison of z[0..n) with zLit. */
static int lit_eq(const char *z, int n, const char *zLit){
  return (int)strlen(zLit)==n && sqlite3_strnicmp(z, zLit, n)==0;
}

int news_date_options_parse(const char *z, int n, const char *zFunc,
                            NewsDateOptions *pOpt, char **pzErr){
  int k = 0;
  if( n<0 ) n = (int)strlen(z);
  while( k<n ){
    int iKey, nKey, iVal, nVal;
    while( k<n && (is_space_byte(z[k]) || z[k]==',' || z[k]==';') ) k++;
    if( k>=n ) break;
    iKey = k;
    while( k<n && z[k]!='=' && z[k]!=',' && z[k]!=';' && !is_space_byte(z[k]) ) k++;
    nKey = k - iKey;
    while( k<n && is_space_byte(z[k]) ) k++;
    if( k>=n || z[k]!='=' ){
      if( pzErr ) *pzErr = sqlite3_mprintf("%s(): bad option '%.*s'"
          " (expected key=value, e.g. 'order=dmy')", zFunc, nKey, z+iKey);
      return SQLITE_ERROR;
    }
    k++;
    while( k<n && is_space_byte(z[k]) ) k++;
    iVal = k;
    while( k<n && z[k]!=',' && z[k]!=';' && !is_space_byte(z[k]) ) k++;
    nVal = k - iVal;
    if( lit_eq(z+iKey, nKey, "order") ){
      if( lit_eq(z+iVal, nVal, "mdy") ) pOpt->eOrder = NEWS_DATE_ORDER_MDY;
      else if( lit_eq(z+iVal, nVal, "dmy") ) pOpt->eOrder = NEWS_DATE_ORDER_DMY;
      else if( lit_eq(z+iVal, nVal, "ymd") ) pOpt->eOrder = NEWS_DATE_ORDER_YMD;
      else goto bad_value;
    }else if( lit_eq(z+iKey, nKey, "prefer") ){
      if( lit_eq(z+iVal, nVal, "past") ) pOpt->ePrefer = NEWS_DATE_PREFER_PAST;
      else if( lit_eq(z+iVal, nVal, "future") ) pOpt->ePrefer = NEWS_DATE_PREFER_FUTURE;
      else if( lit_eq(z+iVal, nVal, "nearest") ) pOpt->ePrefer = NEWS_DATE_PREFER_NEAREST;
      else goto bad_value;
    }else if( lit_eq(z+iKey, nKey, "refs") ){
      if( lit_eq(z+iVal, nVal, "1") || lit_eq(z+iVal, nVal, "on") ) pOpt->bRefs = 1;
      else if( lit_eq(z+iVal, nVal, "0") || lit_eq(z+iVal, nVal, "off") ) pOpt->bRefs = 0;
      else goto bad_value;
    }else if( lit_eq(z+iKey, nKey, "lang") ){
      int m = 0, a = iVal;
      if( lit_eq(z+iVal, nVal, "auto") ) m = 0;
      else if( lit_eq(z+iVal, nVal, "all") ) m = NEWS_LANG_ALL;
      else while( a<iVal+nVal ){
        int b = a, bit;
        while( b<iVal+nVal && z[b]!='+' && z[b]!='|' ) b++;
        bit = news_date_lang_bit(z+a, b-a);
        if( bit==0 ) goto bad_value;
        m |= bit;
        a = b+1;
      }
      pOpt->mLang = m;
    }else{
      if( pzErr ) *pzErr = sqlite3_mprintf("%s(): unknown option '%.*s'"
          " (known: order, lang, prefer, refs)", zFunc, nKey, z+iKey);
      return SQLITE_ERROR;
    }
    continue;
bad_value:
    if( pzErr ){
      static const char *const azExpect[] = {
        "order", "mdy, dmy or ymd", "prefer", "past, future or nearest",
        "refs", "1 or 0", "lang", "auto, all, or codes joined by + (en+de+fr+es)"
      };
      const char *zExpect = "";
      int e;
      for(e=0; e<8; e+=2){
        if( lit_eq(z+iKey, nKey, azExpect[e]) ) zExpect = azExpect[e+1];
      }
      *pzErr = sqlite3_mprintf("%s(): bad value '%.*s' for option %.*s"
                               " (expected %s)", zFunc, nVal, z+iVal, nKey,
                               z+iKey, zExpect);
    }
    return SQLITE_ERROR;
  }
  return SQLITE_OK;
}

int news_dates_scan(const char *z, int n, const NewsDateRef *pRef,
                    const NewsDateOptions *pOpt,
                    int (*xMatch)(void *pCtx, const NewsDateMatch*),
                    void *pCtx){
  Scanner *p = sqlite3_malloc(sizeof(Scanner));   /* 13 kB: not on the stack */
  NewsDateMatch m;
  int rc = SQLITE_OK;
  if( p==0 ) return SQLITE_NOMEM;
  if( z && n<0 ) n = (int)strlen(z);
  scanner_init(p, z, n, pRef, pOpt);
  while( rc==SQLITE_OK && scanner_next(p, &m) ) rc = xMatch(pCtx, &m);
  scanner_free(p);
  return rc;
}

/* Only punctuation, articles and prepositions (on, le, am) in z[a..b)? */
static int only_filler(const char *z, int a, int b){
  NewsTokenizer tk;
  NewsToken t;
  news_tokenizer_init(&tk, z+a, b-a, 0);
  while( news_tokenizer_next(&tk, &t) ){
    char zKey[NEWS_DATE_KEY_MAX+1];
    const NewsDateWord *w;
    int nKey;
    if( t.eKind==NEWS_TOKEN_PUNCT ) continue;
    nKey = news_date_key(z+a+t.iStart, t.iEnd-t.iStart, zKey);
    for(w=nKey ? news_date_lexicon_find(zKey, nKey) : 0; w;
        w=news_date_lexicon_next(w)){
      if( w->eKind==NEWS_DW_ARTICLE || w->eKind==NEWS_DW_PREP ) break;
    }
    if( w==0 ) return 0;
  }
  return 1;
}

int news_date_parse(const char *z, int n, const NewsDateRef *pRef,
                    const NewsDateOptions *pOpt, NewsDateMatch *pOut){
  Scanner *p;
  NewsDateMatch m;
  int bFound;
  if( z==0 ) return 0;
  if( n<0 ) n = (int)strlen(z);
  p = sqlite3_malloc(sizeof(Scanner));
  if( p==0 ) return 0;
  scanner_init(p, z, n, pRef, pOpt);
  p->bWhole = 1;
  bFound = scanner_next(p, &m);
  scanner_free(p);
  if( !bFound ) return 0;
  if( !only_filler(z, 0, m.iStart) || !only_filler(z, m.iEnd, n) ) return 0;
  if( pOut ) *pOut = m;
  return 1;
}

/*************************************************************************
** SQL: dates() and date_parse()
*/

#define DATES_TEXT        0
#define DATES_START       1
#define DATES_END         2
#define DATES_VALUE       3
#define DATES_GRANULARITY 4
#define DATES_KIND        5
#define DATES_FIRST_DAY   6
#define DATES_LAST_DAY    7
#define DATES_AMBIGUOUS   8
#define DATES_MOD         9

typedef struct DatesCursor DatesCursor;
struct DatesCursor {
  NewsTvfCursor base;           /* Base class - must be first */
  Scanner *pScan;               /* over the document argument */
  NewsDateMatch m;              /* current row */
};

static const char *const azMod[] = { 0, "early", "mid", "late", "approx" };

/* Read the reference and options arguments (shared by both functions). */
static int dates_read_args(const char *zFunc, sqlite3_value *pRefArg,
                           sqlite3_value *pOptArg, NewsDateRef *pRef,
                           int *pbRef, NewsDateOptions *pOpt, char **pzErr){
  const char *z;
  int n;
  news_date_options_default(pOpt);
  *pbRef = 0;
  if( pRefArg && sqlite3_value_type(pRefArg)!=SQLITE_NULL ){
    if( news_value_text(pRefArg, &z, &n)!=SQLITE_OK ){
      *pzErr = news_arg_type_error(zFunc, 2, "reference", pRefArg);
      return SQLITE_ERROR;
    }
    if( news_date_ref_parse(z, n, pRef)!=SQLITE_OK ){
      *pzErr = sqlite3_mprintf("%s(): argument 2 (reference) is not an ISO"
                               " date or datetime: '%.*s'", zFunc,
                               (int)news_utf8_byte_offset(z, n, 40), z);
      return SQLITE_ERROR;
    }
    *pbRef = 1;
  }
  if( pOptArg && sqlite3_value_type(pOptArg)!=SQLITE_NULL ){
    if( news_value_text(pOptArg, &z, &n)!=SQLITE_OK ){
      *pzErr = news_arg_type_error(zFunc, 3, "options", pOptArg);
      return SQLITE_ERROR;
    }
    return news_date_options_parse(z, n, zFunc, pOpt, pzErr);
  }
  return SQLITE_OK;
}

static int datesNext(NewsTvfCursor *cur){
  DatesCursor *pCur = (DatesCursor*)cur;
  if( !scanner_next(pCur->pScan, &pCur->m) ) cur->bEof = 1;
  return SQLITE_OK;
}

static void datesReset(NewsTvfCursor *cur){
  DatesCursor *pCur = (DatesCursor*)cur;
  scanner_free(pCur->pScan);
  pCur->pScan = 0;
}

static int datesStart(NewsTvfCursor *cur, sqlite3_value **apArg){
  DatesCursor *pCur = (DatesCursor*)cur;
  NewsDateRef ref;
  NewsDateOptions opt;
  const char *z;
  char *zErr = 0;
  int n, rc, bRef;
  rc = news_tvf_arg_text(cur, apArg, 0, &z, &n);
  if( rc ) return rc;
  rc = dates_read_args("dates", apArg[1], apArg[2], &ref, &bRef, &opt, &zErr);
  if( rc ){
    rc = zErr ? news_tvf_error(cur, "%s", zErr) : SQLITE_NOMEM;
    sqlite3_free(zErr);
    return rc;
  }
  if( z==0 ){ cur->bEof = 1; return SQLITE_OK; }
  pCur->pScan = sqlite3_malloc(sizeof(Scanner));
  if( pCur->pScan==0 ) return SQLITE_NOMEM;
  scanner_init(pCur->pScan, z, n, bRef ? &ref : 0, &opt);
  return datesNext(cur);
}

static void result_text_or_null(sqlite3_context *ctx, const char *z){
  if( z[0] ) sqlite3_result_text(ctx, z, -1, SQLITE_TRANSIENT);
  else sqlite3_result_null(ctx);
}

static int datesColumn(NewsTvfCursor *cur, sqlite3_context *ctx, int i){
  DatesCursor *pCur = (DatesCursor*)cur;
  const NewsDateMatch *m = &pCur->m;
  switch( i ){
    case DATES_TEXT:
      sqlite3_result_text(ctx, pCur->pScan->z + m->iStart, m->iEnd - m->iStart,
                          SQLITE_TRANSIENT);
      break;
    case DATES_START:       sqlite3_result_int64(ctx, m->iCharStart); break;
    case DATES_END:         sqlite3_result_int64(ctx, m->iCharEnd); break;
    case DATES_VALUE:       result_text_or_null(ctx, m->zValue); break;
    case DATES_GRANULARITY:
      sqlite3_result_text(ctx, news_date_granularity_name(m->eGranularity), -1,
                          SQLITE_STATIC);
      break;
    case DATES_KIND:
      sqlite3_result_text(ctx, news_date_kind_name(m->eKind), -1, SQLITE_STATIC);
      break;
    case DATES_FIRST_DAY:   result_text_or_null(ctx, m->zFirstDay); break;
    case DATES_LAST_DAY:    result_text_or_null(ctx, m->zLastDay); break;
    case DATES_AMBIGUOUS:   sqlite3_result_int(ctx, m->bAmbiguous); break;
    default:
      if( m->eMod ) sqlite3_result_text(ctx, azMod[m->eMod], -1, SQLITE_STATIC);
      else sqlite3_result_null(ctx);
      break;
  }
  return SQLITE_OK;
}

static const NewsTvfModule datesModule = {
  /* zName        */ "dates",
  /* zColumns     */ "text TEXT, start INTEGER, \"end\" INTEGER, value TEXT,"
                     " granularity TEXT, kind TEXT, first_day TEXT,"
                     " last_day TEXT, ambiguous INTEGER, mod TEXT",
  /* nColumn      */ 10,
  /* azArg        */ {"document", "reference", "options"},
  /* nArg         */ 3,
  /* nRequired    */ 1,
  /* nRowEstimate */ 10,
  /* szCursor     */ sizeof(DatesCursor),
  /* xStart       */ datesStart,
  /* xNext        */ datesNext,
  /* xColumn      */ datesColumn,
  /* xReset       */ datesReset
};

/* date_parse(text [, reference [, options]]) -> TIMEX3 value or NULL */
static void date_parse_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  NewsDateRef ref;
  NewsDateOptions opt;
  NewsDateMatch m;
  const char *z;
  char *zErr = 0;
  int n, bRef;
  if( news_arg_text(ctx, "date_parse", 1, "text", argv[0], &z, &n) ) return;
  if( dates_read_args("date_parse", argc>1 ? argv[1] : 0, argc>2 ? argv[2] : 0,
                      &ref, &bRef, &opt, &zErr) ){
    if( zErr ){
      sqlite3_result_error(ctx, zErr, -1);
      sqlite3_free(zErr);
    }else{
      sqlite3_result_error_nomem(ctx);
    }
    return;
  }
  if( z==0 ) return;
  if( news_date_parse(z, n, bRef ? &ref : 0, &opt, &m) && m.zValue[0] ){
    sqlite3_result_text(ctx, m.zValue, -1, SQLITE_TRANSIENT);
  }
}

int news_dates_register(sqlite3 *db){
  int rc, i;
  rc = news_tvf_register(db, &datesModule, 0, 0);
  for(i=1; rc==SQLITE_OK && i<=3; i++){
    rc = sqlite3_create_function(db, "date_parse", i, NEWS_SCALAR, 0,
                                 date_parse_func, 0, 0);
  }
  return rc;
}
