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
  int bFooter;              /* copyright or cookie notice, any length */
  int bListHead;            /* "Related", "Most popular", "Comments" */
  int bCommentsHead;        /* "Comments", "3 thoughts on ...", "Kommentare" */
  int bQuoted;              /* signature of an embedded post:
                            ** "— Jane Roe (@jroe) May 3, 2025" */
  int bComment;             /* "jane says:", a comment's header */
  int bTruncated;           /* ends with "..." (a teaser) */
  int bCaption;             /* "Image caption ...", "Photo: ..." */
  int nSep;                 /* separators inside: "|", " · " */
  int nBullet;              /* list bullets inside (menus on one line) */
  int bRepeat;              /* the same text was an earlier line */
  int bColon;               /* a short line ending with ':' */
  int nDigitRun;            /* runs of ASCII digits (a date needs two) */
};

static int is_space_byte(char c){
  return c==' ' || c=='\t' || c=='\r' || c=='\f' || c=='\v';
}

/* Short lines that are never article text. */
#define W(x) {x, sizeof(x)-1}
static const struct { const char *z; int n; } aBoiler[] = {
  W("share"), W("tweet"), W("email"), W("e-mail"), W("print"), W("comments"),
  W("comment"), W("advertisement"), W("sign in"), W("log in"), W("login"),
  W("sign up"), W("subscribe"), W("read more"), W("related"),
  W("related articles"), W("follow us"), W("cookies"), W("accept"),
  W("accept all"), W("menu"), W("search"), W("skip to content"),
  W("skip to main content"), W("top"), W("back to top"),
  W("all rights reserved"), W("privacy policy"), W("terms of use"),
  W("newsletter"), W("advertising"), W("close"), W("home"), W("next"),
  W("previous"), W("more"), W("loading"), W("logo"), W("image"),
  W("copyright"), W("\xc2\xa9")
};
#undef W

static int line_is_boiler(const char *z, int n, int nWord){
  int k;
  if( nWord>4 || n==0 ) return 0;
  for(k=0; k<(int)(sizeof(aBoiler)/sizeof(aBoiler[0])); k++){
    int m = aBoiler[k].n;
    if( n>=m && (z[0]|0x20)==(aBoiler[k].z[0]|0x20)
     && sqlite3_strnicmp(z, aBoiler[k].z, m)==0
     && (n==m || z[m]==' ' || z[m]==':' || z[m]=='|' || m<=2) ){
      return 1;
    }
  }
  return 0;
}

/* Lower-case ASCII copy of the first nOut-1 bytes of z[0..n). */
static void lower_prefix(char *zOut, int nOut, const char *z, int n){
  int i;
  if( n>nOut-1 ) n = nOut-1;
  for(i=0; i<n; i++) zOut[i] = (z[i]>='A' && z[i]<='Z') ? z[i]+32 : z[i];
  zOut[n] = 0;
}

static int ends_with(const char *z, const char *zSuffix){
  int n = (int)strlen(z), m = (int)strlen(zSuffix);
  return n>=m && memcmp(z+n-m, zSuffix, m)==0;
}

/* Headings that introduce lists of other pages or the comments. */
static const char *const azListHead[] = {
  "related", "most popular", "most read", "popular", "trending",
  "recommended", "read more", "read next", "more from", "more in",
  "more on", "more stories", "you may also like", "you might also like",
  "around the web", "top stories", "latest", "share this", "sponsored",
  "promoted stories", "more news",
  "what to read next", "also read", "see also", "editor's picks",
  "das k\xc3\xb6nnte sie auch", "weitere artikel", "mehr zum thema",
  "mehr zu", "lesen sie auch", "auch interessant", "\xc3\xa0 lire aussi",
  "lire aussi", "sur le m\xc3\xaame sujet", "art\xc3\xad""culos relacionados",
  "articoli correlati", "leggi anche", "lees ook", 0
};

/* Headings of the comments, maybe after their count ("12 Comments"). */
static const char *const azCommentsHead[] = {
  "comments", "leave a comment", "leave a reply", "one thought on",
  "thoughts on", "one response to", "responses to", "kommentar",
  "ein gedanke zu", "gedanken zu", "leserkommentare", "commentaires",
  "laisser un commentaire", "comentarios", "deja un comentario", "commenti",
  "lascia un commento", "reacties", "reactie", 0
};

/* How comments start: "Jane says:", "Peter sagt:", "Marie a dit :". */
static const char *const azCommentHead[] = {
  "says:", "said:", "wrote:", "sagt:", "schreibt:", "schrieb:", "meint:",
  "dit :", "dit:", "dice:", "dijo:", "escribi\xc3\xb3:", "scrive:",
  "zegt:", "schreef:", "diz:", 0
};

/* Captions and credits of pictures. */
static const char *const azCaption[] = {
  "image caption", "image copyright", "media caption", "photo:", "photo by",
  "photograph:", "credit:", "image:", "picture:", "caption:", "(photo",
  "file photo", 0
};

/* Notices, list headings, comment headers and teasers. */
static void line_notices(const char *z, int n, DumpLine *l){
  char zLow[512];
  int k;
  lower_prefix(zLow, sizeof(zLow), z, n);
  if( strncmp(zLow, "\xc2\xa9", 2)==0 || strncmp(zLow, "copyright", 9)==0
   || strncmp(zLow, "(c) ", 4)==0 || strstr(zLow, "all rights reserved")
   || (strstr(zLow, "cookie") && l->nWord>=5) ){
    l->bFooter = 1;
  }
  for(k=0; azCaption[k]; k++){
    if( zLow[0]==azCaption[k][0]
     && strncmp(zLow, azCaption[k], strlen(azCaption[k]))==0 ){
      l->bCaption = 1;
    }
  }
  if( l->nWord<=6 ){
    const char *zHead = zLow;
    while( zHead[0]>='0' && zHead[0]<='9' ) zHead++;
    if( zHead>zLow && zHead[0]==' ' ) zHead++; else zHead = zLow;
    for(k=0; azCommentsHead[k]; k++){
      if( zHead[0]==azCommentsHead[k][0]
       && strncmp(zHead, azCommentsHead[k], strlen(azCommentsHead[k]))==0 ){
        l->bListHead = l->bCommentsHead = 1;
        break;
      }
    }
    for(k=0; azListHead[k]; k++){
      if( zLow[0]==azListHead[k][0]
       && strncmp(zLow, azListHead[k], strlen(azListHead[k]))==0 ){
        l->bListHead = 1;
        break;
      }
    }
    for(k=0; azCommentHead[k]; k++){
      if( ends_with(zLow, azCommentHead[k]) ){
        l->bComment = 1;
        break;
      }
    }
  }
  if( n>4 && (memcmp(z, "\xe2\x80\x94 ", 4)==0 || memcmp(z, "- ", 2)==0)
   && strstr(zLow, "(@") ){
    l->bQuoted = 1;
  }
  if( l->nWord<=5 && n>1 && z[n-1]==':' ) l->bColon = 1;
  if( n>=3 && (memcmp(z+n-3, "...", 3)==0 || memcmp(z+n-3, "\xe2\x80\xa6", 3)==0) ){
    l->bTruncated = 1;
  }
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
      if( memcmp(z+n-3, "\xe3\x80\x82", 3)==0 || memcmp(z+n-3, "\xef\xbc\x81", 3)==0
       || memcmp(z+n-3, "\xef\xbc\x9f", 3)==0 ) return 1;      /* 。！？ */
      if( memcmp(z+n-3, "\xe3\x80\x8d", 3)==0 ){ n -= 3; continue; }   /* 」 */
    }
    if( n>=2 && memcmp(z+n-2, "\xc2\xbb", 2)==0 ){ n -= 2; continue; }
    return c=='.' || c=='!' || c=='?';
  }
  return 0;
}

/* Where the line that starts at offset i is; nothing else is filled. */
static void dump_line_span(const char *z, int n, int i, DumpLine *l){
  const char *zNl = i<n ? memchr(z+i, '\n', n-i) : 0;
  int iEnd = zNl ? (int)(zNl-z) : n;
  l->iLine = i;
  l->iNext = zNl ? iEnd+1 : n;
  while( i<iEnd && is_space_byte(z[i]) ) i++;
  while( iEnd>i && is_space_byte(z[iEnd-1]) ) iEnd--;
  l->iStart = i;
  l->iEnd = iEnd;
}

/* The line that starts at offset i, with its features. */
static void dump_line_at(const char *z, int n, int i, DumpLine *l){
  int k, iEnd, bInWord = 0, bCounted = 0, nIdeo = 0;
  memset(l, 0, sizeof(*l));
  dump_line_span(z, n, i, l);
  i = l->iStart;
  iEnd = l->iEnd;
  for(k=i; k<iEnd; ){
    unsigned char c = (unsigned char)z[k];
    uint32_t cp = c;
    int len = 1;
    NewsCharClass cc;
    if( c<0x80 ){                     /* ASCII, without table lookups */
      if( c>='0' && c<='9' && (k==i || z[k-1]<'0' || z[k-1]>'9') ) l->nDigitRun++;
      k++;
      if( c==' ' ){ bInWord = 0; continue; }
      if( c=='|' ) l->nSep++;
      if( !bInWord ){
        bInWord = 1;
        bCounted = 0;
        if( c>='A' && c<='Z' ) l->nCap++;
        else if( c>='a' && c<='z' ) l->nLower++;
      }
      if( !bCounted && (((c|0x20)>='a' && (c|0x20)<='z') || (c>='0' && c<='9')) ){
        bCounted = 1;
        l->nWord++;
      }
      continue;
    }
    len = news_utf8_decode((const unsigned char*)z, iEnd, k, &cp);
    k += len;
    if( cp==0xB7 ){
      l->nSep++;                      /* · */
    }else if( cp==0x2022 || cp==0x25A1 || cp==0x25CB || cp==0x25A0
           || cp==0x2606 ){
      l->nBullet++;                   /* • □ ○ ■ ☆ */
    }
    cc = news_char_class(cp);
    if( cc==NEWS_CC_LETTER && news_is_ideograph(cp) ){
      nIdeo++;                        /* no spaces: two characters a word */
      continue;
    }
    if( !bInWord ){
      bInWord = 1;
      bCounted = 0;
      if( news_is_upper(cp) ) l->nCap++;
      else if( news_is_lower(cp) ) l->nLower++;
    }
    if( !bCounted && (cc==NEWS_CC_LETTER || cc==NEWS_CC_DIGIT) ){
      bCounted = 1;
      l->nWord++;
    }
  }
  l->nWord += (nIdeo+1)/2;
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
  line_notices(z+i, iEnd-i, l);
}

/* The line that ends just before offset i (i>0), i.e. the previous line;
** bFull: with its features, else only where it is. */
static void dump_line_before(const char *z, int n, int i, DumpLine *l,
                             int bFull){
  int k = i-1;                        /* z[k] is the '\n' ending it */
  while( k>0 && z[k-1]!='\n' ) k--;
  if( bFull ) dump_line_at(z, n, k, l);
  else dump_line_span(z, n, k, l);
}

/* A menu written on one line: "Home | News | Sport", "• A • B • C". */
static int line_is_menu(const DumpLine *l){
  return (l->nSep>=3 && l->nWord<4*l->nSep) || l->nBullet>=3+l->bBullet;
}

/*
** The lines seen so far, as 64-bit hashes in an open-addressing table
** sized from the input (at most 1M slots); when it is 3/4 full, later
** lines are not recorded and so never count as repeats.
*/
typedef struct LineSet LineSet;
struct LineSet {
  sqlite3_uint64 *a;
  int nSlot, nUsed;
};

static int lineset_init(LineSet *s, int nText){
  int nSlot = 1024;
  while( nSlot<nText/20 && nSlot<(1<<20) ) nSlot *= 2;
  s->a = sqlite3_malloc64(sizeof(sqlite3_uint64)*nSlot);
  if( s->a==0 ) return SQLITE_NOMEM;
  memset(s->a, 0, sizeof(sqlite3_uint64)*nSlot);
  s->nSlot = nSlot;
  s->nUsed = 0;
  return SQLITE_OK;
}

/* Mark l->bRepeat if a line of 4+ words with its text was seen, then
** record it. */
static void lineset_check(LineSet *s, const char *z, DumpLine *l){
  sqlite3_uint64 h = 14695981039346656037ULL;
  int i;
  if( l->nWord<4 ) return;
  for(i=l->iStart; i<l->iEnd; i++){
    h ^= (unsigned char)z[i];
    h *= 1099511628211ULL;
  }
  if( h==0 ) h = 1;
  for(i=(int)(h & (s->nSlot-1)); s->a[i]; i=(i+1) & (s->nSlot-1)){
    if( s->a[i]==h ){ l->bRepeat = 1; return; }
  }
  if( s->nUsed<s->nSlot/4*3 ){
    s->a[i] = h;
    s->nUsed++;
  }
}

/* Weight of a line for the body search. */
static int line_weight(const DumpLine *l){
  if( l->iEnd==l->iStart ) return 0;
  if( l->bListHead || l->bComment ) return -60;
  if( l->bRepeat ) return -(10 + l->nWord/2);
  if( l->bColon ) return -30;
  if( l->bFooter ) return -(30 + l->nWord);
  if( line_is_menu(l) ) return -(20 + l->nWord);
  if( l->bCaption ) return -(10 + l->nWord/2);
  if( l->bBracket || l->bBoiler ) return -(20 + l->nWord);
  if( l->bTruncated ) return -(10 + l->nWord/2);
  if( l->bBullet ){
    return (l->nWord>=12 && l->bSentence) ? l->nWord/2 : -(10 + l->nWord);
  }
  if( l->nWord>=12 ) return l->bSentence ? l->nWord : l->nWord/4;
  if( l->nWord>=6 && l->bSentence ) return l->nWord/2;
  return -(8 + l->nWord);
}

/* Bytes of a leading list bullet and its space ("• "), else 0. */
static int list_mark_len(const char *z, int n){
  if( n>=4 && z[3]==' ' && (memcmp(z, "\xe2\x80\xa2", 3)==0
                         || memcmp(z, "\xe2\x96\xa1", 3)==0
                         || memcmp(z, "\xe2\x97\x8b", 3)==0
                         || memcmp(z, "\xe2\x96\xa0", 3)==0) ){
    return 4;
  }
  return 0;
}

/* N of a line that starts "N. " (1 <= N <= 99), else 0. */
static int list_number(const char *z, int n){
  int v = 0, i = 0;
  while( i<n && i<2 && z[i]>='0' && z[i]<='9' ){ v = v*10 + z[i]-'0'; i++; }
  if( i==0 || i+1>=n || z[i]!='.' || z[i+1]!=' ' ) return 0;
  return v;
}

/* list_number() of the next non-blank line at or after offset i. */
static int next_number(const char *z, int n, int i){
  DumpLine l;
  while( i<n ){
    dump_line_span(z, n, i, &l);
    if( l.iEnd>l.iStart ) return list_number(z+l.iStart, l.iEnd-l.iStart);
    if( l.iNext<=i ) break;
    i = l.iNext;
  }
  return 0;
}

/* Lines inside the body's run that are still not part of the article. */
static int line_is_content(const DumpLine *l){
  if( l->iEnd==l->iStart ) return 0;
  if( l->bBoiler || l->bBracket || l->bFooter || l->bCaption
   || l->bListHead || l->bComment || l->bRepeat ) return 0;
  if( line_is_menu(l) ) return 0;
  return 1;
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

/* Set a metadata field from z[0..n): valid UTF-8, white space collapsed. */
static void set_field(NewsBuf *pField, const char *z, int n){
  NewsBuf tmp;
  news_buf_init(&tmp);
  append_clean(&tmp, z, n);
  news_article_set_clean(pField, tmp.z, (int)tmp.n);
  news_buf_free(&tmp);
}

/* Is there another line in z[iFrom..iTo) with exactly the text of l? */
static int line_repeats(const char *z, int iFrom, int iTo, const DumpLine *l){
  int m = l->iEnd - l->iStart;
  int i = iFrom, n = iTo;
  if( m<8 ) return 0;
  while( i<n ){
    DumpLine o;
    dump_line_span(z, n, i, &o);
    if( o.iStart!=l->iStart && o.iEnd-o.iStart==m
     && memcmp(z+o.iStart, z+l->iStart, m)==0 ){
      return 1;
    }
    i = o.iNext;
    if( o.iNext<=o.iLine ) break;
  }
  return 0;
}

/* Words (runs of bytes without a space) in z[0..n). */
static int count_words(const char *z, int n){
  int i, nWord = 0, bIn = 0;
  for(i=0; i<n; i++){
    if( z[i]==' ' ){ bIn = 0; }
    else if( !bIn ){ bIn = 1; nWord++; }
  }
  return nWord;
}

/* Is the line a date with at most three other words: a byline or a
** comment's header ("Jane Roe May 3, 2025 at 9:15 am"), not a headline? */
static int line_is_dated(const char *z, const DumpLine *l){
  char zDate[NEWS_ARTICLE_DATE_MAX];
  int iS, iE, n = l->iEnd - l->iStart;
  const char *s = z + l->iStart;
  if( l->nWord>12 || !news_article_date_find(0, s, n, zDate, &iS, &iE) ) return 0;
  return count_words(s, iS) + count_words(s+iE, n-iE)<=3;
}

/* Does the line credit a picture: "Storm damage (Image: City Council)"? */
static int line_credits_picture(const char *z, const DumpLine *l){
  static const char *const azCredit[] = {
    "(image", "(photo", "(picture", "(foto", "(bild", "(credit", "(source:",
    " photo:", "photo/", " foto:", " bild:", "getty images", "shutterstock",
    "picture alliance", "picture-alliance", "imago images", 0
  };
  char zLow[512];
  int k;
  lower_prefix(zLow, sizeof(zLow), z+l->iStart, l->iEnd-l->iStart);
  for(k=0; azCredit[k]; k++){
    if( strstr(zLow, azCredit[k]) ) return 1;
  }
  return 0;
}

/* How much a line above the body looks like the headline.  Repeats are
** looked for among the lines in z[iFrom..iTo) (near the body). */
static int title_score(const char *z, int iFrom, int iTo, const DumpLine *l,
                       int nDist){
  int s = 0;
  if( l->iEnd==l->iStart || l->bBullet || l->bBracket || l->bBoiler
   || l->bListHead || l->bComment || l->bQuoted ) return -100;
  if( l->nWord<2 || l->nWord>30 || l->nCap+l->nLower==0 ) return -100;
  if( l->iEnd-l->iStart>3 && sqlite3_strnicmp(z+l->iStart, "by ", 3)==0 ){
    return -100;                              /* a byline */
  }
  if( l->nSep>0 ) s -= 3;
  if( l->bSentence && z[l->iEnd-1]=='.' ) s -= 3;
  if( line_credits_picture(z, l) ) return -100;
  if( l->nWord>=4 && l->nWord<=25 ) s += 2;
  if( l->nCap*10>=(l->nCap+l->nLower)*6 ) s += 2;
  if( line_repeats(z, iFrom, iTo, l) ) s += 4;
  s -= nDist/3;
  if( s>0 && (line_is_dated(z, l)
            || news_article_is_date(z+l->iStart, l->iEnd-l->iStart)) ){
    return -100;
  }
  return s;
}

/* Lines "By Jane Roe" between the headline and the body. */
static void find_author(const char *z, const DumpLine *l, NewsArticle *p){
  int m = l->iEnd - l->iStart;
  const char *s = z + l->iStart;
  if( p->author.n>0 || l->nWord<2 || l->nWord>8 ) return;
  if( m>3 && sqlite3_strnicmp(s, "by ", 3)==0 ){
    set_field(&p->author, s+3, m-3);
  }
}

/* Set pField to z[0..n) without surrounding separators, if it has 1 to
** nMaxWord words and starts with a letter. */
static int set_byline_part(NewsBuf *pField, const char *z, int n, int nMaxWord){
  int nWord = 0, i, bIn = 0;
  while( n>0 && (strchr(" |-,:;/(", z[0]) || (unsigned char)z[0]>=0x80) ){
    if( (unsigned char)z[0]>=0x80 ){
      /* • · – — as separators */
      if( n>=3 && (memcmp(z, "\xe2\x80\xa2", 3)==0 || memcmp(z, "\xe2\x80\x93", 3)==0
                || memcmp(z, "\xe2\x80\x94", 3)==0) ){ z += 3; n -= 3; continue; }
      if( n>=2 && memcmp(z, "\xc2\xb7", 2)==0 ){ z += 2; n -= 2; continue; }
      break;
    }
    z++; n--;
  }
  while( n>0 && strchr(" |-,:;/)", z[n-1]) ) n--;
  if( n>=3 && (memcmp(z+n-3, "\xe2\x80\xa2", 3)==0 || memcmp(z+n-3, "\xe2\x80\x93", 3)==0
            || memcmp(z+n-3, "\xe2\x80\x94", 3)==0) ) n -= 3;
  while( n>0 && z[n-1]==' ' ) n--;
  if( n<=0 ) return 0;
  if( (z[0]>='0' && z[0]<='9') ) return 0;
  for(i=0; i<n; i++){
    if( z[i]==' ' ){ bIn = 0; }
    else if( !bIn ){ bIn = 1; nWord++; }
  }
  if( nWord>nMaxWord ) return 0;
  set_field(pField, z, n);
  return 1;
}

/* Words that open a date line without naming the outlet. */
static int is_date_cue_word(const char *z, int n){
  static const char *const azCue[] = {
    "published", "posted", "updated", "date", "on", "am", "le", "el", "il",
    "ver\xc3\xb6""ffentlicht", "aktualisiert", "publi\xc3\xa9", "publicado",
    "stand", "erschienen", "last", 0
  };
  int k;
  while( n>0 && (z[n-1]==':' || z[n-1]==' ') ) n--;
  for(k=0; azCue[k]; k++){
    int m = (int)strlen(azCue[k]);
    if( n>=m && sqlite3_strnicmp(z, azCue[k], m)==0 ) return 1;
  }
  return 0;
}

/* Time zones and clock words that may follow a date on a byline. */
static int is_time_word(const char *z, int n){
  static const char *const azTime[] = {
    "am", "pm", "a.m", "p.m", "et", "est", "edt", "ct", "cst", "pt", "pst",
    "gmt", "utc", "bst", "cet", "cest", "uhr", "h", 0
  };
  int k, m;
  while( n>0 && (z[0]==' ' || z[0]==',') ){ z++; n--; }
  for(m=0; m<n && z[m]!=' ' && z[m]!=',' && z[m]!='.'; m++){}
  for(k=0; azTime[k]; k++){
    if( (int)strlen(azTime[k])==m && sqlite3_strnicmp(z, azTime[k], m)==0 ) return 1;
  }
  return 0;
}

/*
** The byline: a line with a date.  The date is the publication date;
** what precedes it is the outlet ("Gulan Media November 5, 2025 News"),
** or the author after "By"; a short word after it is the section.
*/
static void read_byline(const char *z, const DumpLine *l, int iDate,
                        int iDateEnd, NewsArticle *p){
  const char *zPre = z + l->iStart;
  int nPre = iDate - l->iStart;
  const char *zPost = z + iDateEnd;
  int nPost = l->iEnd - iDateEnd;
  while( nPre>0 && zPre[nPre-1]==' ' ) nPre--;
  if( nPre>3 && sqlite3_strnicmp(zPre, "by ", 3)==0 ){
    if( p->author.n==0 ) set_byline_part(&p->author, zPre+3, nPre-3, 6);
  }else if( nPre>0 && !is_date_cue_word(zPre, nPre) && p->source.n==0 ){
    set_byline_part(&p->source, zPre, nPre, 6);
  }
  if( nPost>0 && p->section.n==0 && !is_time_word(zPost, nPost) ){
    set_byline_part(&p->section, zPost, nPost, 3);
  }
}

/*
** The start of a line, made readable for the date parser.  Text browsers
** drop the space between blocks that the page set apart by style:
** "26.01.2022Strava", "by Jane Roe November 1, 2023November 1", and run
** two dates (published, updated) together: "17/11/201917/11/2019",
** "5. Mai 20205. Mai 2020".  The copy has a space where a digit meets an
** upper-case letter, where a letter meets a digit, and after a year whose
** digits run into the next number; Unicode spaces (no-break, em space)
** become plain spaces.  aMap maps copy offsets back to the line.
*/
#define DATE_COPY_MAX 400
typedef struct DateCopy DateCopy;
struct DateCopy {
  char z[2*DATE_COPY_MAX];
  short aMap[2*DATE_COPY_MAX+1];
  int n;
  int bChanged;             /* the copy differs from the line */
};

/* Is the number at z[i] a year (1990..2099) whose 4 digits run into 1 or
** 2 more ("201917" of "17/11/201917/11/2019")? */
static int year_runs_on(const char *z, int n, int i){
  int k = i, y = 0;
  while( k<n && z[k]>='0' && z[k]<='9' ){
    if( k-i<4 ) y = y*10 + z[k]-'0';
    k++;
  }
  return (k-i==5 || k-i==6) && y>=1990 && y<=2099;
}

/* Unicode white space that the date parser does not take for a space. */
static int is_unicode_space(uint32_t cp){
  return cp==0xA0 || (cp>=0x2000 && cp<=0x200A) || cp==0x202F || cp==0x205F
      || cp==0x3000;
}

static void date_copy(const char *z, int n, DateCopy *c){
  int i = 0, k = 0, ePrev = 0, iYearEnd = -1;    /* ePrev: 1 digit, 2 letter */
  if( n>DATE_COPY_MAX ) n = DATE_COPY_MAX;
  c->bChanged = 0;
  while( i<n ){
    uint32_t cp = (unsigned char)z[i];
    int len = 1, eCur = 0, bUpper = 0;
    if( cp>=0x80 ) len = news_utf8_decode((const unsigned char*)z, n, i, &cp);
    if( is_unicode_space(cp) ){
      c->aMap[k] = (short)i;
      c->z[k++] = ' ';
      c->bChanged = 1;
      i += len;
      ePrev = 0;
      continue;
    }
    if( cp>='0' && cp<='9' ){
      eCur = 1;
    }else if( cp<0x80 ){
      bUpper = cp>='A' && cp<='Z';
      if( bUpper || (cp>='a' && cp<='z') ) eCur = 2;
    }else if( news_char_class(cp)==NEWS_CC_LETTER && !news_is_ideograph(cp) ){
      eCur = 2;
      bUpper = news_is_upper(cp);
    }
    if( (ePrev==1 && eCur==2 && bUpper) || (ePrev==2 && eCur==1) || i==iYearEnd ){
      c->aMap[k] = (short)i;
      c->z[k++] = ' ';
      c->bChanged = 1;
    }
    if( eCur==1 && ePrev!=1 && year_runs_on(z, n, i) ) iYearEnd = i+4;
    for(; len>0; len--){
      c->aMap[k] = (short)i;
      c->z[k++] = z[i++];
    }
    ePrev = eCur;
  }
  c->aMap[k] = (short)i;
  c->n = k;
}

/* Which dates of a line a step of find_dates() takes. */
typedef struct DateRule DateRule;
struct DateRule {
  int nMaxWord;             /* lines with more words are passed over */
  int eCue;                 /* DUMP_CUE_* */
  int bOpening;             /* only a date that opens the line */
  int bAlone;               /* only a date with at most 3 other words */
  int bNoSentence;          /* not in a line that ends a sentence (prose) */
};
#define DUMP_CUE_NOT_UPDATE 1   /* not after "Updated", "aktualisiert" */
#define DUMP_CUE_PUBLISHED  2   /* only after "Published", "Posted" */
#define DUMP_CUE_UPDATED    3   /* only after "Updated", "aktualisiert" */

/* The date found, and where (offsets in the whole text). */
typedef struct DumpDate DumpDate;
struct DumpDate {
  NewsArticleDate d;
  DumpLine line;
  const DateRule *pRule;
  const char *zLine;        /* the text scanned (the line or its copy) */
  int nLine;
};

/* Is z[i] a letter (any script) and, if so, an upper-case one? */
static int letter_at(const char *z, int n, int i, int *pbUpper){
  uint32_t cp = (unsigned char)z[i];
  if( cp>=0x80 ) news_utf8_decode((const unsigned char*)z, n, i, &cp);
  *pbUpper = news_is_upper(cp);
  return news_char_class(cp)==NEWS_CC_LETTER;
}

/*
** Does the date z[iStart..iEnd) open the line z[0..n) as a dateline does:
** nothing but punctuation before it ("12.03.2026 - The council ..."), or
** a place or a desk of at most three words set off by a separator and
** the date then set off from the text ("BERLIN, 12.03.2026 - ...",
** "Eastford, (12.03.2026). The ...", "Desk / 12.03.2026 The ...")?  Not
** a date inside a sentence ("On 12 March the council ...").
*/
static int date_opens_line(const char *z, int n, int iStart, int iEnd){
  int i, len, nWord = 0, bIn = 0, bUpper = 0, bFirstUpper = 0, k;
  char cLast = 0;                     /* the last separator before the date */
  for(i=0; i<iStart; i+=len){
    uint32_t cp = (unsigned char)z[i];
    len = 1;
    if( cp>=0x80 ) len = news_utf8_decode((const unsigned char*)z, iStart, i, &cp);
    if( cp==' ' ){ bIn = 0; continue; }
    if( cp=='(' ) continue;
    if( news_char_class(cp)==NEWS_CC_LETTER ){
      if( !bIn && nWord++==0 ) bFirstUpper = news_is_upper(cp);
      bIn = 1;
      cLast = 0;
    }else{
      cLast = (cp==0x2013 || cp==0x2014) ? '-' : cp<0x80 ? (char)cp : 0;
    }
  }
  if( nWord==0 ) return 1;
  if( nWord>3 || !bFirstUpper || cLast==0 || strchr(",/|-:", cLast)==0 ) return 0;
  /* after the date: the end, a separator or the first word of the text */
  for(k=iEnd; k<n && (z[k]==' ' || z[k]==')'); k++){}
  if( k>=n || strchr(".-:|", z[k]) || (unsigned char)z[k]==0xE2 ) return 1;
  return letter_at(z, n, k, &bUpper) && bUpper;
}

static int dump_date_accept(void *pCtx, const NewsArticleDate *pDate){
  DumpDate *f = (DumpDate*)pCtx;
  const DateRule *r = f->pRule;
  if( pDate->eCue==NEWS_ARTICLE_CUE_OTHER ) return 0;
  if( r->eCue==DUMP_CUE_NOT_UPDATE && pDate->eCue==NEWS_ARTICLE_CUE_UPDATED ) return 0;
  if( r->eCue==DUMP_CUE_PUBLISHED && pDate->eCue!=NEWS_ARTICLE_CUE_PUBLISHED ) return 0;
  if( r->eCue==DUMP_CUE_UPDATED && pDate->eCue!=NEWS_ARTICLE_CUE_UPDATED ) return 0;
  if( r->bOpening
   && !date_opens_line(f->zLine, f->nLine, pDate->iStart, pDate->iEnd) ){
    return 0;
  }
  if( r->bAlone && count_words(f->zLine, pDate->iStart)
                 + count_words(f->zLine+pDate->iEnd, f->nLine-pDate->iEnd)>3 ){
    return 0;
  }
  if( f->line.bBullet
   && count_words(f->zLine+pDate->iEnd, f->nLine-pDate->iEnd)>=5 ){
    return 0;                   /* "• [ 5 May 2025 ] Other story ...": a list */
  }
  f->d = *pDate;
  return 1;
}

/* The first date of line l that rule r takes, into *pOut (offsets in z).
** The readable copy of the line's start is read first when it differs. */
static int line_date(const NewsArticle *p, const char *z, const DumpLine *l,
                     const DateRule *r, DumpDate *pOut){
  DateCopy copy;
  int n = l->iEnd - l->iStart;
  pOut->pRule = r;
  pOut->line = *l;
  date_copy(z+l->iStart, n, &copy);
  if( copy.bChanged ){
    pOut->zLine = copy.z;
    pOut->nLine = copy.n;
    if( news_article_dates(p, copy.z, copy.n, dump_date_accept, pOut)==1 ){
      pOut->d.iStart = l->iStart + copy.aMap[pOut->d.iStart];
      pOut->d.iEnd = l->iStart + copy.aMap[pOut->d.iEnd];
      return 1;
    }
    if( n<=DATE_COPY_MAX ) return 0;
  }
  pOut->zLine = z+l->iStart;
  pOut->nLine = n;
  if( news_article_dates(p, z+l->iStart, n, dump_date_accept, pOut)!=1 ){
    return 0;
  }
  pOut->d.iStart += l->iStart;
  pOut->d.iEnd += l->iStart;
  return 1;
}

/* Lines longer than this are prose, never headings or comment headers. */
#define DUMP_LONG_LINE 120

/* Runs of ASCII digits in z[0..n), counting up to 2. */
static int digit_runs(const char *z, int n){
  int i, nRun = 0, bIn = 0;
  for(i=0; i<n && nRun<2; i++){
    int bDigit = z[i]>='0' && z[i]<='9';
    if( bDigit && !bIn ) nRun++;
    bIn = bDigit;
  }
  return nRun;
}

/* The first date rule r takes on the lines of z[iFrom..iTo). */
static int dump_date_in(const NewsArticle *p, const char *z, int n, int iFrom,
                        int iTo, const DateRule *r, DumpDate *pOut){
  DumpLine l;
  int i;
  int bComments = 0, bAfterComment = 0;
  for(i=iFrom; i<iTo && i<n; i=l.iNext){
    int bComment;
    dump_line_span(z, n, i, &l);
    if( l.iNext<=i ) break;
    if( l.iEnd-l.iStart>DUMP_LONG_LINE && digit_runs(z+l.iStart, l.iEnd-l.iStart)<2 ){
      bAfterComment = 0;              /* prose without a date: skip it fast */
      continue;
    }
    dump_line_at(z, n, i, &l);
    if( l.iEnd==l.iStart ) continue;
    /* the comments and their dates come after their heading, or after
    ** "Jane says:" */
    bComment = bComments || bAfterComment || l.bComment || l.bQuoted;
    if( l.bCommentsHead ) bComments = 1;
    bAfterComment = l.bComment;
    if( bComment || l.nWord>r->nMaxWord || (r->bNoSentence && l.bSentence)
     || l.nDigitRun<2 ){
      continue;                       /* a page's date has a day and a year */
    }
    if( l.bCaption || line_credits_picture(z, &l) ) continue;
    if( line_date(p, z, &l, r, pOut) ) return 1;
  }
  return 0;
}
/* Offset of the line nLine non-blank lines above offset i (or 0). */
static int lines_up(const char *z, int n, int i, int nLine){
  DumpLine t;
  while( i>0 && nLine>0 ){
    dump_line_before(z, n, i, &t, 0);
    i = t.iLine;
    if( t.iEnd>t.iStart ) nLine--;
  }
  return i;
}

/* Offset just past the line nLine non-blank lines below offset i. */
static int lines_down(const char *z, int n, int i, int nLine){
  DumpLine t;
  while( i<n && nLine>0 ){
    dump_line_span(z, n, i, &t);
    if( t.iNext<=i ) break;
    i = t.iNext;
    if( t.iEnd>t.iStart ) nLine--;
  }
  return i;
}

/*
** The publication date and the byline: the first date that the steps of
** aStep[] take, in order.  Between the first copy of the headline and the
** body (the byline); a dated short line at the top of the body (a byline,
** left out of the body) or a date that opens one of its first lines (a
** dateline: "12.03.2026 - The council ..."); a date after "Published",
** "Posted" (or before "veröffentlicht") near the article, then anywhere
** above it; a line that is only a date; the 15 lines above the headline
** (top down); the 12 lines below the body; anywhere above the headline;
** a short line atop the body that is not prose; a date after "Updated";
** anywhere below the body; dated lines inside the body.  The day the
** page was saved usually stands at the very top ("Friday, 06 February
** 2026" above the logo), so it is reached late.  Comments, embedded posts
** and items of link lists are passed over (dump_date_in()).  An
** all-numeric date that reads both ways is read as the page writes its
** other dates.  Returns the offset of a byline that lies inside the body
** run (to leave out of the body), or -1.
*/
static int find_dates(const char *z, int n, int iTitle, int iBody,
                      int iBodyEnd, NewsArticle *p){
  static const DateRule byline = {25, DUMP_CUE_NOT_UPDATE, 0, 0, 0};
  static const DateRule bodyByline = {12, DUMP_CUE_NOT_UPDATE, 0, 0, 0};
  static const DateRule longByline = {25, DUMP_CUE_NOT_UPDATE, 0, 0, 1};
  static const DateRule dateline = {1000, DUMP_CUE_NOT_UPDATE, 1, 0, 0};
  static const DateRule cued = {1000, DUMP_CUE_PUBLISHED, 0, 0, 0};
  static const DateRule alone = {12, DUMP_CUE_NOT_UPDATE, 0, 1, 0};
  static const DateRule below = {40, DUMP_CUE_NOT_UPDATE, 0, 0, 0};
  static const DateRule updated = {25, DUMP_CUE_UPDATED, 0, 0, 0};
  DumpDate f;
  int iTop, iBodyTop, iAbove, iBelow, k;
  if( iBody<0 ) return -1;
  iTop = iTitle>=0 ? iTitle : lines_up(z, n, iBody, 6);
  iBodyTop = lines_down(z, n, iBody, 3);
  iAbove = lines_up(z, n, iTop, 15);
  iBelow = lines_down(z, n, iBodyEnd, 12);
  if( iBodyTop>iBodyEnd ) iBodyTop = iBodyEnd;
  {
    const struct { int iFrom, iTo; const DateRule *pRule; } aStep[] = {
      { iTop,     iBody,    &byline },      /* under the headline */
      { iBody,    iBodyTop, &bodyByline },  /* atop the body: a byline */
      { iBody,    iBodyTop, &dateline },    /* atop the body: a dateline */
      { iAbove,   iBodyEnd, &cued },        /* "Published ..." */
      { 0,        iAbove,   &cued },
      { iAbove,   iBodyEnd, &alone },       /* a date on its own line */
      { iAbove,   iTop,     &byline },      /* above the headline */
      { iBodyEnd, iBelow,   &byline },      /* below the body */
      { 0,        iTop,     &byline },
      { iBody,    iBodyTop, &longByline },  /* atop the body, not prose */
      { iAbove,   iBodyTop, &updated },     /* "Updated ..." */
      { iBodyEnd, iBelow,   &updated },
      { 0,        iTop,     &updated },
      { iBodyEnd, n,        &below },
      { iBodyTop, iBodyEnd, &bodyByline },  /* in the body */
      { iBodyTop, iBodyEnd, &dateline },
      { iBodyEnd, n,        &updated },
    };
    memset(&f, 0, sizeof(f));
    for(k=0; k<(int)(sizeof(aStep)/sizeof(aStep[0])); k++){
      if( dump_date_in(p, z, n, aStep[k].iFrom, aStep[k].iTo, aStep[k].pRule, &f) ){
        break;
      }
    }
    if( k>=(int)(sizeof(aStep)/sizeof(aStep[0])) ) return -1;
  }
  if( k<=1 ) read_byline(z, &f.line, f.d.iStart, f.d.iEnd, p);
  if( f.d.eAmbiguous ){
    /* 04/03/2025: read the way the page writes its other dates */
    int eOrder = news_article_date_order(p, z, n);
    if( eOrder && eOrder!=f.d.eAmbiguous ) news_article_date_flip(&f.d);
  }
  news_article_set(&p->published, f.d.zValue, (int)strlen(f.d.zValue));
  return k==1 ? f.line.iLine : -1;
}

/* The body: the run of lines of greatest weight, as offsets. */
static void find_body(const char *z, int n, LineSet *pSeen, int *piStart,
                      int *piEnd){
  int i, bestSum = 0, curSum = 0, curStart = -1;
  DumpLine l;
  *piStart = *piEnd = -1;
  for(i=0; i<n; i=l.iNext){
    int w;
    dump_line_at(z, n, i, &l);
    lineset_check(pSeen, z, &l);
    w = line_weight(&l);
    if( curSum<=0 ){
      if( w>0 ){ curSum = w; curStart = l.iLine; }
    }else{
      curSum += w;
    }
    if( curSum>bestSum ){
      bestSum = curSum;
      *piStart = curStart;
      *piEnd = l.iNext;
    }
    if( l.iNext<=i ) break;
  }
}

/* The headline: the best line among the 20 above the body.  Returns the
** offset of its first copy among the 40 lines above the body, or -1. */
static int find_title(const char *z, int n, int iBody, NewsArticle *p){
  int k = iBody, nDist = 0, bestScore = 0, iFrom = iBody, iFirst;
  DumpLine t, title;
  if( iBody<=0 ) return -1;
  memset(&title, 0, sizeof(title));
  iFrom = lines_up(z, n, iBody, 40);
  while( k>0 && nDist<20 ){
    int s;
    dump_line_before(z, n, k, &t, 1);
    k = t.iLine;
    if( t.iEnd==t.iStart ) continue;
    s = title_score(z, iFrom, iBody, &t, nDist);
    if( s>bestScore ){ bestScore = s; title = t; }
    nDist++;
  }
  if( bestScore<=0 ) return -1;
  set_field(&p->title, z+title.iStart, title.iEnd-title.iStart);
  /* author line between the headline and the body */
  for(k=title.iNext; k<iBody; k=t.iNext){
    dump_line_at(z, n, k, &t);
    find_author(z, &t, p);
    if( t.iNext<=k ) break;
  }
  /* the first copy of the headline */
  iFirst = title.iLine;
  for(k=iFrom; k<title.iLine; k=t.iNext){
    dump_line_span(z, n, k, &t);
    if( t.iNext<=k ) break;
    if( t.iEnd-t.iStart==title.iEnd-title.iStart
     && memcmp(z+t.iStart, z+title.iStart, t.iEnd-t.iStart)==0 ){
      iFirst = t.iLine;
      break;
    }
  }
  return iFirst;
}

/* The body's lines, one paragraph each, without the boilerplate and
** without the marks a text browser adds to list items. */
static void write_body(const char *z, int n, int iStart, int iEnd, int iSkip,
                       LineSet *pSeen, NewsArticle *p){
  DumpLine l;
  int i, nPrevNum = 0;
  pSeen->nUsed = 0;
  memset(pSeen->a, 0, sizeof(pSeen->a[0])*pSeen->nSlot);
  for(i=0; i<iEnd; i=l.iNext){
    int iText, nNum;
    dump_line_at(z, n, i, &l);
    if( l.iNext<=i ) break;
    lineset_check(pSeen, z, &l);
    if( i<iStart || i==iSkip || !line_is_content(&l) ) continue;
    if( p->title.n>0 && (int)p->title.n==l.iEnd-l.iStart
     && memcmp(p->title.z, z+l.iStart, p->title.n)==0 ){
      continue;
    }
    iText = l.iStart + list_mark_len(z+l.iStart, l.iEnd-l.iStart);
    nNum = list_number(z+l.iStart, l.iEnd-l.iStart);
    if( nNum>0 && (nNum==nPrevNum+1 || (nNum==1 && next_number(z, n, l.iNext)==2)) ){
      while( iText<l.iEnd && z[iText]!=' ' ) iText++;
      while( iText<l.iEnd && z[iText]==' ' ) iText++;
      nPrevNum = nNum;
    }else{
      nPrevNum = 0;
    }
    if( iText>=l.iEnd ) continue;
    if( p->body.n>0 ) news_buf_append(&p->body, "\n\n", 2);
    append_clean(&p->body, z+iText, l.iEnd-iText);
  }
}

int news_textdump_parse(const char *z, int n, NewsArticle *p){
  int iStart, iEnd, iTitle, iSkip;
  LineSet seen;
  p->eFormat = NEWS_ARTICLE_TEXT;
  if( n<=0 ) return SQLITE_OK;
  if( lineset_init(&seen, n) ) return SQLITE_NOMEM;
  find_body(z, n, &seen, &iStart, &iEnd);
  iTitle = find_title(z, n, iStart, p);
  if( iStart>=0 ){
    /* the language first: it says how to read numeric dates */
    const char *zIso = news_article_language_of(z+iStart, iEnd-iStart);
    if( zIso ) news_article_set(&p->language, zIso, (int)strlen(zIso));
  }
  iSkip = find_dates(z, n, iTitle, iStart, iEnd, p);
  if( iStart>=0 ) write_body(z, n, iStart, iEnd, iSkip, &seen, p);
  sqlite3_free(seen.a);
  return p->body.rc;
}
