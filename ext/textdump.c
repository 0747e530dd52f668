/*
** textdump.c - the page-text path of article(); see textdump.h.
**
** A dump is a sequence of lines.  Each line gets a weight: prose (a line
** of 12 or more words, or a shorter sentence) weighs its word count, and
** everything else (menu words, bullets of link lists, "[Search]" buttons,
** "Share", cookie notices) weighs against.  The body is the run of lines
** with the largest total weight (Kadane's maximum subarray, one pass), so
** a subheading between two paragraphs stays in while the navigation and
** the related-article lists around the article fall out.
**
** Above the body, in a page as scrapers save it:
**
**   Friday, 06 February 2026          the day the page was saved
**   logo
**   Storm Hits Coast                   the headline (often twice)
**   Coastal Observer May 2, 2025 News  outlet, date and section
**   Storm Hits Coast
**   By Jane Roe                        author
**   <body>
**
** The headline is the line above the body that repeats, is in title case
** and has a headline's length; the byline is the line near the headline
** that holds a date: what precedes the date is the source, what follows
** it the section.  Dates above the headline are the page's own header
** (the crawl date) and are used only when nothing better is found.
*/
#include "textdump.h"
#include "text.h"
#include <string.h>

typedef struct DumpLine DumpLine;
struct DumpLine {
  int iStart, iEnd;         /* the line without surrounding white space */
  int iLine;                /* byte offset of the line's first character */
  int iNext;                /* offset of the next line */
  int nWord;                /* space-separated words with a letter or digit */
  int nCap;                 /* words starting with an upper-case letter */
  int nLower;               /* words starting with a lower-case letter */
  int bBullet;              /* list item: "• ", "□ ", "○ ", "■ ", "* " */
  int bBracket;             /* "[Search]", "[image]" */
  int bSentence;            /* ends with . ! ? (before closing quotes) */
  int bBoiler;              /* share, sign in, cookies, ... */
};

static int is_space_byte(char c){
  return c==' ' || c=='\t' || c=='\r' || c=='\f' || c=='\v';
}

/* Short lines that are never article text. */
static const char *const azBoiler[] = {
  "share", "tweet", "email", "e-mail", "print", "comments", "comment",
  "advertisement", "sign in", "log in", "login", "sign up", "subscribe",
  "read more", "related", "related articles", "follow us", "cookies",
  "accept", "accept all", "menu", "search", "skip to content",
  "skip to main content", "top", "back to top", "all rights reserved",
  "privacy policy", "terms of use", "newsletter", "advertising", "close",
  "home", "next", "previous", "more", "loading", "logo", "image",
  0
};

static int line_is_boiler(const char *z, int n, int nWord){
  int k;
  if( nWord>6 ) return 0;
  if( n>=2 && (memcmp(z, "\xc2\xa9", 2)==0) ) return 1;      /* (c) line */
  if( n>=9 && sqlite3_strnicmp(z, "copyright", 9)==0 ) return 1;
  for(k=0; azBoiler[k]; k++){
    int m = (int)strlen(azBoiler[k]);
    if( n>=m && sqlite3_strnicmp(z, azBoiler[k], m)==0
     && (n==m || z[m]==' ' || z[m]==':' || z[m]=='|') && nWord<=4 ){
      return 1;
    }
  }
  return 0;
}

/* Does the text end a sentence (. ! ? or ..., maybe inside quotes)? */
static int ends_sentence(const char *z, int n){
  while( n>0 ){
    unsigned char c = (unsigned char)z[n-1];
    if( c=='"' || c=='\'' || c==')' ){ n--; continue; }
    if( n>=3 && c>=0x80 ){
      /* ” ’ » and … */
      if( memcmp(z+n-3, "\xe2\x80\x9d", 3)==0 || memcmp(z+n-3, "\xe2\x80\x99", 3)==0 ){
        n -= 3; continue;
      }
      if( memcmp(z+n-3, "\xe2\x80\xa6", 3)==0 ) return 1;
    }
    if( n>=2 && memcmp(z+n-2, "\xc2\xbb", 2)==0 ){ n -= 2; continue; }
    return c=='.' || c=='!' || c=='?';
  }
  return 0;
}

/* The line that starts at offset i. */
static void dump_line_at(const char *z, int n, int i, DumpLine *l){
  const char *zNl = i<n ? memchr(z+i, '\n', n-i) : 0;
  int iEnd = zNl ? (int)(zNl-z) : n;
  int k, bInWord = 0, bCounted = 0;
  memset(l, 0, sizeof(*l));
  l->iLine = i;
  l->iNext = zNl ? iEnd+1 : n;
  while( i<iEnd && is_space_byte(z[i]) ) i++;
  while( iEnd>i && is_space_byte(z[iEnd-1]) ) iEnd--;
  l->iStart = i;
  l->iEnd = iEnd;
  for(k=i; k<iEnd; k++){
    unsigned char c = (unsigned char)z[k];
    if( c==' ' ){ bInWord = 0; continue; }
    if( !bInWord ){
      bInWord = 1;
      bCounted = 0;
      if( c>='A' && c<='Z' ) l->nCap++;
      else if( c>='a' && c<='z' ) l->nLower++;
    }
    if( !bCounted && (c>=0x80 || (c>='0' && c<='9') || ((c|0x20)>='a' && (c|0x20)<='z')) ){
      bCounted = 1;
      l->nWord++;
    }
  }
  if( iEnd-i>=2 ){
    const char *s = z+i;
    if( (iEnd-i>=4 && (memcmp(s, "\xe2\x80\xa2", 3)==0      /* • */
                    || memcmp(s, "\xe2\x96\xa1", 3)==0      /* □ */
                    || memcmp(s, "\xe2\x97\x8b", 3)==0      /* ○ */
                    || memcmp(s, "\xe2\x96\xa0", 3)==0))    /* ■ */
     || ((s[0]=='*' || s[0]=='-') && s[1]==' ') ){
      l->bBullet = 1;
    }
    if( s[0]=='[' && z[iEnd-1]==']' ) l->bBracket = 1;
  }
  if( iEnd-i==3 && memcmp(z+i, "\xe2\x80\xa2", 3)==0 ) l->bBullet = 1;
  l->bSentence = ends_sentence(z+i, iEnd-i);
  l->bBoiler = line_is_boiler(z+i, iEnd-i, l->nWord);
}

/* The line that ends just before offset i (i>0), i.e. the previous line. */
static void dump_line_before(const char *z, int n, int i, DumpLine *l){
  int k = i-1;                        /* z[k] is the '\n' ending it */
  while( k>0 && z[k-1]!='\n' ) k--;
  dump_line_at(z, n, k, l);
}

/* Weight of a line for the body search. */
static int line_weight(const DumpLine *l){
  if( l->iEnd==l->iStart ) return 0;
  if( l->bBracket || l->bBoiler ) return -(20 + l->nWord);
  if( l->bBullet ){
    return (l->nWord>=12 && l->bSentence) ? l->nWord/2 : -(10 + l->nWord);
  }
  if( l->nWord>=12 ) return l->nWord;
  if( l->nWord>=6 && l->bSentence ) return l->nWord/2;
  return -(8 + l->nWord);
}

/* Append z[0..n) with invalid UTF-8 replaced and control bytes dropped. */
static void append_clean(NewsBuf *pOut, const char *z, int n){
  const unsigned char *u = (const unsigned char*)z;
  int i = 0;
  while( i<n ){
    int j = i;
    uint32_t cp;
    int len;
    while( j<n && u[j]>=0x20 && u[j]<0x7F ) j++;
    news_buf_append(pOut, z+i, j-i);
    if( j>=n ) break;
    if( u[j]<0x80 ){
      if( u[j]=='\t' ) news_buf_appendc(pOut, ' ');
      i = j+1;
      continue;
    }
    len = news_utf8_decode(u, n, j, &cp);
    if( cp==NEWS_REPLACEMENT_CHAR ){
      news_buf_append(pOut, "\xef\xbf\xbd", 3);
    }else{
      news_buf_append(pOut, z+j, len);
    }
    i = j+len;
  }
}

/* Is there another line, elsewhere in z, with exactly this text? */
static int line_repeats(const char *z, int n, const DumpLine *l){
  int m = l->iEnd - l->iStart;
  int i = 0;
  if( m<8 ) return 0;
  while( i<n ){
    DumpLine o;
    dump_line_at(z, n, i, &o);
    if( o.iStart!=l->iStart && o.iEnd-o.iStart==m
     && memcmp(z+o.iStart, z+l->iStart, m)==0 ){
      return 1;
    }
    i = o.iNext;
    if( o.iNext<=o.iLine ) break;
  }
  return 0;
}

/* How much a line above the body looks like the headline. */
static int title_score(const char *z, int n, const DumpLine *l, int nDist){
  int s = 0;
  if( l->iEnd==l->iStart || l->bBullet || l->bBracket || l->bBoiler ) return -100;
  if( l->nWord<2 || l->nWord>30 ) return -100;
  if( l->bSentence && z[l->iEnd-1]=='.' ) s -= 3;
  if( l->nWord>=4 && l->nWord<=25 ) s += 2;
  if( l->nCap*10>=(l->nCap+l->nLower)*6 ) s += 2;
  if( line_repeats(z, n, l) ) s += 4;
  s -= nDist/3;
  return s;
}

/* Lines "By Jane Roe" between the headline and the body. */
static void find_author(const char *z, const DumpLine *l, NewsArticle *p){
  int m = l->iEnd - l->iStart;
  const char *s = z + l->iStart;
  if( p->author.n>0 || l->nWord<2 || l->nWord>8 ) return;
  if( m>3 && sqlite3_strnicmp(s, "by ", 3)==0 ){
    news_article_set_clean(&p->author, s+3, m-3);
  }
}

int news_textdump_parse(const char *z, int n, NewsArticle *p){
  int i;
  int bestSum = 0, bestStart = -1, bestEnd = -1;
  int curSum = 0, curStart = -1;
  DumpLine l;
  p->eFormat = NEWS_ARTICLE_TEXT;
  if( n<=0 ) return SQLITE_OK;

  /* The body: the run of lines of greatest weight. */
  for(i=0; i<n; i=l.iNext){
    int w;
    dump_line_at(z, n, i, &l);
    w = line_weight(&l);
    if( curSum<=0 ){
      if( w>0 ){ curSum = w; curStart = l.iLine; }
    }else{
      curSum += w;
    }
    if( curSum>bestSum ){
      bestSum = curSum;
      bestStart = curStart;
      bestEnd = l.iNext;
    }
    if( l.iNext<=i ) break;
  }

  /* The headline: the best line among the 20 above the body. */
  if( bestStart>0 ){
    int k = bestStart, nDist = 0, bestScore = 0;
    DumpLine t, title;
    memset(&title, 0, sizeof(title));
    while( k>0 && nDist<20 ){
      int s;
      dump_line_before(z, n, k, &t);
      k = t.iLine;
      if( t.iEnd==t.iStart ) continue;
      s = title_score(z, n, &t, nDist);
      if( s>bestScore ){ bestScore = s; title = t; }
      nDist++;
    }
    if( bestScore>0 ){
      NewsBuf tmp;
      news_buf_init(&tmp);
      append_clean(&tmp, z+title.iStart, title.iEnd-title.iStart);
      news_article_set_clean(&p->title, tmp.z, (int)tmp.n);
      news_buf_free(&tmp);
      /* author line between the headline and the body */
      for(k=title.iNext; k<bestStart; k=t.iNext){
        dump_line_at(z, n, k, &t);
        find_author(z, &t, p);
        if( t.iNext<=k ) break;
      }
    }
  }

  /* The body's lines, one paragraph each, without the boilerplate. */
  if( bestStart>=0 ){
    for(i=bestStart; i<bestEnd; i=l.iNext){
      dump_line_at(z, n, i, &l);
      if( l.iNext<=i ) break;
      if( l.iEnd==l.iStart || l.bBoiler || l.bBracket ) continue;
      if( p->title.n>0 && (int)p->title.n==l.iEnd-l.iStart
       && memcmp(p->title.z, z+l.iStart, p->title.n)==0 ){
        continue;
      }
      if( p->body.n>0 ) news_buf_append(&p->body, "\n\n", 2);
      append_clean(&p->body, z+l.iStart, l.iEnd-l.iStart);
    }
  }
  return p->body.rc;
}
