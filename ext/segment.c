/*
** segment.c - paragraphs(document) and sentences(document [, language]).
**
**   SELECT "index", text FROM paragraphs(:body);
**   SELECT s."index", s.text FROM sentences(:body, 'en') s;
**   SELECT count(*) FROM articles a, sentences(a.body) s GROUP BY a.id;
**
** paragraphs() columns: index (0-based), text, start, end.
** sentences() columns:  index (0-based, over the whole document),
**                       paragraph (index of its paragraph), text, start,
**                       end.
** start/end are character offsets, end exclusive.  The hidden arguments
** are document and (sentences) language.  NULL document: no rows.
**
** The rules are in segment.h.  Sentences are found on the tokens of the
** text core (text.h): "U.S." and "e.g." are single abbreviation tokens,
** "3.5" and "2,500" single numbers, so only the remaining full stops are
** candidates.  One pass, no allocation; a quotation's closing mark is
** looked for once, and a search that fails is remembered, so the time
** stays linear whatever the quotes.
*/
#include "segment.h"
#include "tvf.h"
#include "date_lexicon.h"
#include <string.h>

/*************************************************************************
** Paragraphs
*/

static int is_blank_byte(char c){
  return c==' ' || c=='\t' || c=='\r' || c=='\f' || c=='\v';
}

/* Does z[0..n) contain a line of white space only between two lines? */
static int has_blank_line(const char *z, int n){
  int i = 0;
  while( i<n ){
    const char *zNl = memchr(z+i, '\n', n-i);
    int j;
    if( zNl==0 ) return 0;
    j = (int)(zNl-z)+1;
    while( j<n && is_blank_byte(z[j]) ) j++;
    if( j<n && z[j]=='\n' ) return 1;
    i = j;
  }
  return 0;
}

void news_paragraphs_init(NewsParagraphs *p, const char *z, int n){
  memset(p, 0, sizeof(*p));
  p->z = z ? z : "";
  p->n = z ? n : 0;
  p->bLineMode = !has_blank_line(p->z, p->n);
}

/* Offset of the end of the line that contains z[i] (its '\n' or n). */
static int line_end(const char *z, int n, int i){
  const char *zNl = i<n ? memchr(z+i, '\n', n-i) : 0;
  return zNl ? (int)(zNl-z) : n;
}

static int line_is_blank(const char *z, int iStart, int iEnd){
  int i;
  for(i=iStart; i<iEnd; i++){
    if( !is_blank_byte(z[i]) ) return 0;
  }
  return 1;
}

int news_paragraphs_next(NewsParagraphs *p, NewsSpan *pOut){
  const char *z = p->z;
  int n = p->n, i = p->i, iStart, iEnd;
  while( i<n && (is_blank_byte(z[i]) || z[i]=='\n' || z[i]==0) ) i++;
  if( i>=n ){
    p->iChar += news_utf8_count(z+p->i, n-p->i);
    p->i = n;
    return 0;
  }
  iStart = i;
  if( p->bLineMode ){
    iEnd = line_end(z, n, i);
  }else{
    /* up to the next blank line */
    iEnd = line_end(z, n, i);
    while( iEnd<n ){
      int iNext = iEnd+1, iNextEnd = line_end(z, n, iEnd+1);
      if( line_is_blank(z, iNext, iNextEnd) ) break;
      iEnd = iNextEnd;
    }
  }
  while( iEnd>iStart && (is_blank_byte(z[iEnd-1]) || z[iEnd-1]=='\n') ) iEnd--;
  pOut->iStart = iStart;
  pOut->iEnd = iEnd;
  pOut->iCharStart = p->iChar + news_utf8_count(z+p->i, iStart-p->i);
  pOut->iCharEnd = pOut->iCharStart + news_utf8_count(z+iStart, iEnd-iStart);
  pOut->iParagraph = 0;
  p->i = iEnd;
  p->iChar = pOut->iCharEnd;
  return 1;
}

/*************************************************************************
** Abbreviations and sentence starters
*/

#define SL_EN  0x01
#define SL_DE  0x02
#define SL_FR  0x04
#define SL_ES  0x08
#define SL_IT  0x10
#define SL_PT  0x20
#define SL_NL  0x40
#define SL_ALL 0x7F

#define AB_TITLE 1        /* precedes a name: never ends a sentence */
#define AB_OTHER 2        /* ends a sentence only before a starter word */

typedef struct SegWord SegWord;
struct SegWord {
  const char *zWord;      /* lower case, without the dot */
  int mLang;              /* SL_* */
  int eClass;             /* AB_* for abbreviations */
};

static const SegWord aAbbrev[] = {
  /* titles before names */
  {"mr", SL_ALL, AB_TITLE},    {"mrs", SL_ALL, AB_TITLE},
  {"ms", SL_ALL, AB_TITLE},    {"dr", SL_ALL, AB_TITLE},
  {"prof", SL_ALL, AB_TITLE},  {"rev", SL_EN, AB_TITLE},
  {"gen", SL_EN, AB_TITLE},    {"col", SL_EN, AB_TITLE},
  {"lt", SL_EN, AB_TITLE},     {"sgt", SL_EN, AB_TITLE},
  {"capt", SL_EN, AB_TITLE},   {"cmdr", SL_EN, AB_TITLE},
  {"adm", SL_EN, AB_TITLE},    {"gov", SL_EN, AB_TITLE},
  {"sen", SL_EN, AB_TITLE},    {"rep", SL_EN, AB_TITLE},
  {"pres", SL_EN, AB_TITLE},   {"hon", SL_EN, AB_TITLE},
  {"st", SL_ALL, AB_TITLE},    {"mt", SL_EN, AB_TITLE},
  {"ft", SL_EN, AB_TITLE},     {"hr", SL_DE, AB_TITLE},
  {"fr", SL_DE, AB_TITLE},     {"frl", SL_DE, AB_TITLE},
  {"mme", SL_FR, AB_TITLE},    {"mlle", SL_FR, AB_TITLE},
  {"mm", SL_FR, AB_TITLE},     {"ste", SL_FR, AB_TITLE},
  {"sr", SL_ES|SL_PT, AB_TITLE}, {"sra", SL_ES|SL_PT, AB_TITLE},
  {"srta", SL_ES, AB_TITLE},   {"dra", SL_ES|SL_PT, AB_TITLE},
  {"sig", SL_IT, AB_TITLE},    {"sigg", SL_IT, AB_TITLE},
  {"dott", SL_IT, AB_TITLE},   {"ing", SL_IT|SL_DE, AB_TITLE},
  {"avv", SL_IT, AB_TITLE},
  /* other abbreviations */
  {"jr", SL_EN, AB_OTHER},     {"sr", SL_EN, AB_OTHER},
  {"inc", SL_ALL, AB_OTHER},   {"corp", SL_ALL, AB_OTHER},
  {"ltd", SL_ALL, AB_OTHER},   {"co", SL_ALL, AB_OTHER},
  {"bros", SL_EN, AB_OTHER},   {"vs", SL_ALL, AB_OTHER},
  {"etc", SL_ALL, AB_OTHER},   {"al", SL_ALL, AB_OTHER},
  {"no", SL_EN, AB_OTHER},     {"nos", SL_EN, AB_OTHER},
  {"vol", SL_ALL, AB_OTHER},   {"pp", SL_ALL, AB_OTHER},
  {"fig", SL_ALL, AB_OTHER},   {"ch", SL_EN, AB_OTHER},
  {"sec", SL_EN, AB_OTHER},    {"dept", SL_EN, AB_OTHER},
  {"univ", SL_EN, AB_OTHER},   {"approx", SL_ALL, AB_OTHER},
  {"est", SL_EN, AB_OTHER},    {"ave", SL_EN, AB_OTHER},
  {"blvd", SL_EN, AB_OTHER},   {"rd", SL_EN, AB_OTHER},
  {"cf", SL_ALL, AB_OTHER},    {"ca", SL_ALL, AB_OTHER},
  {"jan", SL_ALL, AB_OTHER},   {"feb", SL_ALL, AB_OTHER},
  {"mar", SL_EN, AB_OTHER},    {"apr", SL_ALL, AB_OTHER},
  {"jun", SL_ALL, AB_OTHER},   {"jul", SL_ALL, AB_OTHER},
  {"aug", SL_ALL, AB_OTHER},   {"sep", SL_ALL, AB_OTHER},
  {"sept", SL_ALL, AB_OTHER},  {"oct", SL_ALL, AB_OTHER},
  {"nov", SL_ALL, AB_OTHER},   {"dec", SL_ALL, AB_OTHER},
  {"mon", SL_EN, AB_OTHER},    {"tue", SL_EN, AB_OTHER},
  {"tues", SL_EN, AB_OTHER},   {"wed", SL_EN, AB_OTHER},
  {"thu", SL_EN, AB_OTHER},    {"thurs", SL_EN, AB_OTHER},
  {"fri", SL_EN, AB_OTHER},    {"sat", SL_EN, AB_OTHER},
  {"sun", SL_EN, AB_OTHER},
  {"bzw", SL_DE, AB_OTHER},    {"usw", SL_DE, AB_OTHER},
  {"vgl", SL_DE, AB_OTHER},    {"nr", SL_DE|SL_NL, AB_OTHER},
  {"tel", SL_ALL, AB_OTHER},   {"evtl", SL_DE, AB_OTHER},
  {"ggf", SL_DE, AB_OTHER},    {"inkl", SL_DE, AB_OTHER},
  {"zzgl", SL_DE, AB_OTHER},   {"bspw", SL_DE, AB_OTHER},
  {"sog", SL_DE, AB_OTHER},    {"jh", SL_DE, AB_OTHER},
  {"mio", SL_DE|SL_IT, AB_OTHER}, {"mrd", SL_DE, AB_OTHER},
  {"abs", SL_DE, AB_OTHER},    {"str", SL_DE, AB_OTHER},
  {"av", SL_FR|SL_ES, AB_OTHER}, {"bd", SL_FR, AB_OTHER},
  {"env", SL_FR, AB_OTHER},    {"avda", SL_ES, AB_OTHER},
  {"ud", SL_ES, AB_OTHER},     {"uds", SL_ES, AB_OTHER},
  {"pag", SL_ES|SL_IT, AB_OTHER}, {"num", SL_ES|SL_IT, AB_OTHER},
  {"ecc", SL_IT, AB_OTHER},    {"ecc", SL_IT, AB_OTHER},
  {"blz", SL_NL, AB_OTHER},    {"dhr", SL_NL, AB_TITLE},
  {"mevr", SL_NL, AB_TITLE},
};

/* Words that begin sentences: after "U.S." or "Inc." they mark a break. */
static const char *const azStarter[] = {
  "the", "a", "an", "he", "she", "it", "we", "they", "i", "you", "this",
  "that", "these", "those", "there", "but", "and", "or", "so", "yet",
  "in", "on", "at", "for", "with", "as", "after", "before", "when",
  "while", "if", "his", "her", "its", "their", "our", "my", "your", "some",
  "many", "most", "no", "not", "however", "meanwhile", "still", "also",
  "what", "why", "how", "who", "where", "now", "then", "last", "earlier",
  "der", "die", "das", "ein", "eine", "er", "sie", "es", "wir", "ich",
  "aber", "und", "dies", "diese", "auch", "im",
  "le", "la", "les", "un", "une", "il", "elle", "ils", "elles", "nous",
  "mais", "et", "ce", "cette", "en",
  "el", "los", "las", "una", "ella", "ellos", "pero", "y", "este", "esta",
  "lo", "gli", "ma", "questo", "questa", "o", "os", "um", "uma", "ele",
  "het", "een", "maar", "zij", "hij",
  0
};

static int lang_bits(const char *zLang){
  static const struct { const char *z; int m; } aLang[] = {
    {"en", SL_EN}, {"de", SL_DE}, {"fr", SL_FR}, {"es", SL_ES},
    {"it", SL_IT}, {"pt", SL_PT}, {"nl", SL_NL},
  };
  int k;
  if( zLang==0 || zLang[0]==0 ) return SL_ALL;
  for(k=0; k<(int)(sizeof(aLang)/sizeof(aLang[0])); k++){
    if( sqlite3_strnicmp(zLang, aLang[k].z, 2)==0
     && (zLang[2]==0 || zLang[2]=='-' || zLang[2]=='_') ){
      return aLang[k].m;
    }
  }
  return 0;                         /* no list: only the universal rules */
}

int news_sentences_language_ok(const char *zLang){
  int i;
  if( zLang==0 ) return 1;
  for(i=0; zLang[i]; i++){
    char c = zLang[i];
    if( i>=35 ) return 0;
    if( !((c>='a' && c<='z') || (c>='A' && c<='Z') || c=='-' || c=='_') ){
      return 0;
    }
  }
  return 1;
}

/* Lower-case ASCII copy of a token, or 0 if it is not short ASCII. */
static int token_lower(const char *z, const NewsToken *t, char *zOut, int nOut){
  int i, n = t->iEnd - t->iStart;
  if( n>=nOut || !(t->flags & NEWS_TF_ASCII) ) return 0;
  for(i=0; i<n; i++){
    char c = z[t->iStart+i];
    zOut[i] = (c>='A' && c<='Z') ? c+32 : c;
  }
  zOut[n] = 0;
  return n;
}

/* AB_TITLE, AB_OTHER or 0 for the word token t. */
static int abbrev_class(const char *z, const NewsToken *t, int mLang){
  char zWord[16];
  int k, eClass = 0;
  if( !token_lower(z, t, zWord, sizeof(zWord)) ) return 0;
  for(k=0; k<(int)(sizeof(aAbbrev)/sizeof(aAbbrev[0])); k++){
    if( (aAbbrev[k].mLang & mLang) && strcmp(aAbbrev[k].zWord, zWord)==0 ){
      if( aAbbrev[k].eClass==AB_TITLE ) return AB_TITLE;
      eClass = AB_OTHER;
    }
  }
  return eClass;
}

static int is_starter(const char *z, const NewsToken *t){
  char zWord[16];
  int k;
  if( !(t->flags & NEWS_TF_CAPITAL) || !token_lower(z, t, zWord, sizeof(zWord)) ){
    return 0;
  }
  for(k=0; azStarter[k]; k++){
    if( strcmp(azStarter[k], zWord)==0 ) return 1;
  }
  return 0;
}

/* Is the word token t a month name (in a language dates.c knows)? */
static int is_month_name(const char *z, const NewsToken *t){
  char zKey[NEWS_DATE_KEY_MAX+1];
  const NewsDateWord *w;
  int n = news_date_key(z+t->iStart, t->iEnd-t->iStart, zKey);
  if( n==0 ) return 0;
  for(w=news_date_lexicon_find(zKey, n); w; w=news_date_lexicon_next(w)){
    if( w->eKind==NEWS_DW_MONTH && news_date_word_ntoken(w)==1 ) return 1;
  }
  return 0;
}

/* Is token t a single capital letter with a full stop right after it? */
static int is_initial(const char *zPara, int nPara, const NewsToken *t){
  return t->eKind==NEWS_TOKEN_WORD && (t->flags & NEWS_TF_UPPER)
      && news_utf8_count(zPara+t->iStart, t->iEnd-t->iStart)==1
      && t->iEnd<nPara && zPara[t->iEnd]=='.';
}

/*************************************************************************
** Sentences
*/

/* Quotation kinds: each has its own closing marks. */
#define QK_DOUBLE   0     /* “ ... ” */
#define QK_LOW      1     /* „ ... “ or ” */
#define QK_GUILL    2     /* « ... » */
#define QK_STRAIGHT 3     /* " ... " */
#define QK_COUNT    4

static uint32_t token_cp(const char *z, const NewsToken *t, int *pLen){
  uint32_t cp;
  *pLen = news_utf8_decode((const unsigned char*)z, t->iEnd, t->iStart, &cp);
  return cp;
}

/* Sentence-final punctuation. */
static int is_terminal(uint32_t cp){
  return cp=='.' || cp=='!' || cp=='?' || cp==0x2026 || cp==0x3002
      || cp==0xFF01 || cp==0xFF1F || cp==0x061F || cp==0x0964 || cp==0xFF61;
}

/* Marks that end full-width sentences without a following space. */
static int is_cjk_terminal(uint32_t cp){
  return cp==0x3002 || cp==0xFF01 || cp==0xFF1F || cp==0xFF61;
}

/* Marks that close a quotation or a bracket after a full stop. */
static int is_closer(uint32_t cp){
  return cp==0x201D || cp==0x2019 || cp=='"' || cp=='\'' || cp==0xBB
      || cp==0x203A || cp==0x300D || cp==0x300F || cp==')' || cp==']'
      || cp=='}' || cp==0x201C;
}

/* White space as the text core classifies it (every Unicode space). */
static int is_space_cp(uint32_t cp){
  return news_char_class(cp)==NEWS_CC_SPACE;
}

/*
** If token t opens a quotation, the kind (QK_*), else -1.  A straight or
** English opening quote must follow white space, the start of the
** paragraph or an opening bracket, and be followed by a non-space.
*/
static int quote_open_kind(const char *zPara, int nPara, const NewsToken *t){
  int len;
  uint32_t cp = token_cp(zPara, t, &len), cpPrev = ' ', cpNext = ' ';
  if( t->eKind!=NEWS_TOKEN_PUNCT ) return -1;
  if( t->iStart>0 ){
    news_utf8_prev((const unsigned char*)zPara, nPara, 0, t->iStart, &cpPrev);
  }
  if( t->iStart+len<nPara ){
    news_utf8_decode((const unsigned char*)zPara, nPara, t->iStart+len, &cpNext);
  }
  if( cp==0xAB ) return QK_GUILL;       /* « may be followed by a space */
  if( is_space_cp(cpNext) ) return -1;
  switch( cp ){
    case 0x201E: return QK_LOW;
    case 0x201C:
      if( is_space_cp(cpPrev) || cpPrev=='(' || cpPrev=='[' ) return QK_DOUBLE;
      return -1;
    case '"':
      if( is_space_cp(cpPrev) || cpPrev=='(' || cpPrev=='[' ) return QK_STRAIGHT;
      return -1;
  }
  return -1;
}

/* Offset just past the closing mark of a quotation of kind eKind opened
** before zPara[i], or -1. */
static int quote_close(const char *zPara, int nPara, int i, int eKind){
  static const char *const azClose[QK_COUNT][2] = {
    {"\xe2\x80\x9d", 0},                     /* ” */
    {"\xe2\x80\x9c", "\xe2\x80\x9d"},        /* “ ” */
    {"\xc2\xbb", 0},                         /* » */
    {"\"", 0},
  };
  int best = -1, k;
  for(k=0; k<2 && azClose[eKind][k]; k++){
    const char *zMark = azClose[eKind][k];
    int m = (int)strlen(zMark), j = i;
    while( j+m<=nPara ){
      const char *zHit = memchr(zPara+j, zMark[0], nPara-j);
      if( zHit==0 ) break;
      j = (int)(zHit-zPara);
      if( j+m<=nPara && memcmp(zPara+j, zMark, m)==0 ){
        if( best<0 || j+m<best ) best = j+m;
        break;
      }
      j++;
    }
  }
  return best;
}

void news_sentences_init(NewsSentences *p, const char *z, int n,
                         const char *zLang){
  memset(p, 0, sizeof(*p));
  news_paragraphs_init(&p->para, z, n);
  p->iParagraph = -1;
  p->mLang = lang_bits(zLang);
}

/* Note a quotation opened by token t (paragraph-relative offsets). */
static void sentence_quote(NewsSentences *p, const char *zPara, int nPara,
                           const NewsToken *t){
  int eKind, iClose;
  if( t->iStart<p->iQuoteEnd ) return;          /* already quoted */
  eKind = quote_open_kind(zPara, nPara, t);
  if( eKind<0 ) return;
  if( p->aNoClose[eKind]>=0 && t->iStart>=p->aNoClose[eKind] ) return;
  iClose = quote_close(zPara, nPara, t->iEnd, eKind);
  if( iClose<0 ){
    p->aNoClose[eKind] = t->iStart;             /* none from here on */
  }else{
    p->iQuoteEnd = iClose;
  }
}

/*
** Token t is sentence-final punctuation, pPrev the token before it (or
** NULL).  Consume the closing quotes and brackets that follow and decide
** whether the sentence ends there; *piEnd receives its end.  When it
** does not, the tokenizer is left where it was.
*/
static int sentence_ends(NewsSentences *p, const char *zPara, int nPara,
                         const NewsToken *t, const NewsToken *pPrev,
                         int *piEnd){
  NewsTokenizer save = p->tk;
  NewsToken c, next;
  int len, iEnd = t->iEnd, bNext, bFullStop, bCjk;
  uint32_t cp = token_cp(zPara, t, &len);
  bFullStop = (cp=='.' && t->iEnd-t->iStart==1) || t->eKind==NEWS_TOKEN_ABBREV;
  bCjk = is_cjk_terminal(cp);

  /* closing marks and more final punctuation, written right after */
  for(;;){
    NewsTokenizer before = p->tk;
    uint32_t cc;
    if( !news_tokenizer_next(&p->tk, &c) ){ bNext = 0; break; }
    cc = token_cp(zPara, &c, &len);
    if( c.iStart==iEnd && c.eKind==NEWS_TOKEN_PUNCT
     && (is_closer(cc) || is_terminal(cc)) ){
      iEnd = c.iEnd;
      continue;
    }
    p->tk = before;
    bNext = 1;
    next = c;
    break;
  }
  /* inside a quotation that these marks do not close */
  if( t->iStart<p->iQuoteEnd && iEnd<p->iQuoteEnd ) goto no_break;
  if( !bNext ){ *piEnd = iEnd; return 1; }
  if( !bCjk && next.iStart==iEnd ) goto no_break;     /* "3.5x", "Yahoo!s" */
  {
    int lenNext;
    uint32_t cpNext = token_cp(zPara, &next, &lenNext);
    int bCased = news_is_upper(cpNext) || news_is_lower(cpNext);
    if( news_is_lower(cpNext) ) goto no_break;
    if( !bCjk && bCased && !news_is_upper(cpNext) ) goto no_break;
    if( bFullStop ){
      if( t->eKind==NEWS_TOKEN_ABBREV ){
        if( !is_starter(zPara, &next) ) goto no_break;
      }else if( pPrev && pPrev->iEnd==t->iStart ){
        if( pPrev->eKind==NEWS_TOKEN_WORD ){
          int eClass = abbrev_class(zPara, pPrev, p->mLang);
          int bInitial = pPrev->iEnd-pPrev->iStart<=2
                      && (pPrev->flags & NEWS_TF_UPPER)
                      && news_utf8_count(zPara+pPrev->iStart,
                                         pPrev->iEnd-pPrev->iStart)==1;
          if( eClass==AB_TITLE ) goto no_break;
          if( (eClass==AB_OTHER || bInitial) && !is_starter(zPara, &next) ){
            goto no_break;
          }
          if( bInitial && is_initial(zPara, nPara, &next) ){
            goto no_break;                      /* J. A. Smith */
          }
        }else if( pPrev->eKind==NEWS_TOKEN_NUMBER
               && pPrev->iEnd-pPrev->iStart<=2
               && next.eKind==NEWS_TOKEN_WORD && is_month_name(zPara, &next) ){
          goto no_break;                        /* am 5. Februar */
        }
      }
    }
  }
  *piEnd = iEnd;
  return 1;

no_break:
  p->tk = save;
  return 0;
}

int news_sentences_next(NewsSentences *p, NewsSpan *pOut){
  for(;;){
    const char *zPara;
    int nPara, iEnd = -1;
    NewsToken t, first, prev;
    int bPrev = 0;
    if( !p->bInPara ){
      if( !news_paragraphs_next(&p->para, &p->cur) ) return 0;
      p->bInPara = 1;
      p->iParagraph++;
      news_tokenizer_init(&p->tk, p->para.z+p->cur.iStart,
                          p->cur.iEnd-p->cur.iStart, 0);
      p->iQuoteEnd = 0;
      memset(p->aNoClose, 0xff, sizeof(p->aNoClose));     /* all -1 */
    }
    zPara = p->para.z + p->cur.iStart;
    nPara = p->cur.iEnd - p->cur.iStart;
    if( !news_tokenizer_next(&p->tk, &first) ){
      p->bInPara = 0;
      continue;
    }
    t = first;
    for(;;){
      int len;
      uint32_t cp = token_cp(zPara, &t, &len);
      sentence_quote(p, zPara, nPara, &t);
      if( (t.eKind==NEWS_TOKEN_PUNCT && is_terminal(cp))
       || (t.eKind==NEWS_TOKEN_ABBREV && zPara[t.iEnd-1]=='.') ){
        if( sentence_ends(p, zPara, nPara, &t, bPrev ? &prev : 0, &iEnd) ) break;
      }
      prev = t;
      bPrev = 1;
      if( !news_tokenizer_next(&p->tk, &t) ){
        iEnd = nPara;
        while( iEnd>0 && is_blank_byte(zPara[iEnd-1]) ) iEnd--;
        break;
      }
    }
    pOut->iStart = p->cur.iStart + first.iStart;
    pOut->iEnd = p->cur.iStart + iEnd;
    pOut->iCharStart = p->cur.iCharStart + first.iCharStart;
    pOut->iCharEnd = pOut->iCharStart
                   + news_utf8_count(zPara+first.iStart, iEnd-first.iStart);
    pOut->iParagraph = p->iParagraph;
    if( iEnd>=nPara ) p->bInPara = 0;
    return 1;
  }
}

/*************************************************************************
** SQL
*/

#define SEG_INDEX      0
#define SEG_PARAGRAPH  1      /* sentences() only */

typedef struct SegCursor SegCursor;
struct SegCursor {
  NewsTvfCursor base;         /* Base class - must be first */
  int bSentences;
  NewsParagraphs para;
  NewsSentences sent;
  NewsSpan span;              /* current row */
  const char *z;              /* the document */
  char *zLang;                /* copy of the language argument */
};

static int segNext(NewsTvfCursor *cur){
  SegCursor *pCur = (SegCursor*)cur;
  int bRow = pCur->bSentences ? news_sentences_next(&pCur->sent, &pCur->span)
                              : news_paragraphs_next(&pCur->para, &pCur->span);
  if( !bRow ) cur->bEof = 1;
  return SQLITE_OK;
}

static int segStart(NewsTvfCursor *cur, sqlite3_value **apArg){
  SegCursor *pCur = (SegCursor*)cur;
  const char *z, *zLang = 0;
  int n, nLang, rc;
  pCur->bSentences = cur->pMod->nArg==2;
  rc = news_tvf_arg_text(cur, apArg, 0, &z, &n);
  if( rc ) return rc;
  if( z==0 ){ cur->bEof = 1; return SQLITE_OK; }
  pCur->z = z;
  if( pCur->bSentences ){
    rc = news_tvf_arg_text(cur, apArg, 1, &zLang, &nLang);
    if( rc ) return rc;
    if( zLang ){
      pCur->zLang = sqlite3_mprintf("%.*s", nLang, zLang);
      if( pCur->zLang==0 ) return SQLITE_NOMEM;
      if( (int)strlen(pCur->zLang)!=nLang
       || !news_sentences_language_ok(pCur->zLang) ){
        return news_tvf_error(cur, "sentences(): argument 2 (language) must be"
                              " a language code such as 'en', not '%s'",
                              pCur->zLang);
      }
    }
    news_sentences_init(&pCur->sent, z, n, pCur->zLang);
  }else{
    news_paragraphs_init(&pCur->para, z, n);
  }
  return segNext(cur);
}

static int segColumn(NewsTvfCursor *cur, sqlite3_context *ctx, int i){
  SegCursor *pCur = (SegCursor*)cur;
  const NewsSpan *s = &pCur->span;
  if( !pCur->bSentences && i>=SEG_PARAGRAPH ) i++;     /* no paragraph column */
  switch( i ){
    case SEG_INDEX:
      sqlite3_result_int64(ctx, cur->iRowid);
      break;
    case SEG_PARAGRAPH:
      sqlite3_result_int(ctx, s->iParagraph);
      break;
    case 2:
      sqlite3_result_text(ctx, pCur->z+s->iStart, s->iEnd-s->iStart,
                          SQLITE_TRANSIENT);
      break;
    case 3:
      sqlite3_result_int64(ctx, s->iCharStart);
      break;
    default:
      sqlite3_result_int64(ctx, s->iCharEnd);
      break;
  }
  return SQLITE_OK;
}

static void segReset(NewsTvfCursor *cur){
  SegCursor *pCur = (SegCursor*)cur;
  sqlite3_free(pCur->zLang);
  pCur->zLang = 0;
  pCur->z = 0;
}

static const NewsTvfModule paragraphsModule = {
  /* zName        */ "paragraphs",
  /* zColumns     */ "\"index\" INTEGER, text TEXT, start INTEGER, \"end\" INTEGER",
  /* nColumn      */ 4,
  /* azArg        */ {"document"},
  /* nArg         */ 1,
  /* nRequired    */ 1,
  /* nRowEstimate */ 20,
  /* szCursor     */ sizeof(SegCursor),
  /* xStart       */ segStart,
  /* xNext        */ segNext,
  /* xColumn      */ segColumn,
  /* xReset       */ segReset
};

static const NewsTvfModule sentencesModule = {
  /* zName        */ "sentences",
  /* zColumns     */ "\"index\" INTEGER, paragraph INTEGER, text TEXT,"
                     " start INTEGER, \"end\" INTEGER",
  /* nColumn      */ 5,
  /* azArg        */ {"document", "language"},
  /* nArg         */ 2,
  /* nRequired    */ 1,
  /* nRowEstimate */ 50,
  /* szCursor     */ sizeof(SegCursor),
  /* xStart       */ segStart,
  /* xNext        */ segNext,
  /* xColumn      */ segColumn,
  /* xReset       */ segReset
};

int news_segment_register(sqlite3 *db){
  int rc = news_tvf_register(db, &paragraphsModule, 0, 0);
  if( rc==SQLITE_OK ) rc = news_tvf_register(db, &sentencesModule, 0, 0);
  return rc;
}
