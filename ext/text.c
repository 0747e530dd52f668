/*
** text.c - the shared text core: UTF-8, character classes, segmentation
** into tokens, and folding (case, NFC, diacritics).  See text.h for the
** interface and the offset convention.
**
** Unicode properties come from utf8proc (Debian libutf8proc-dev): it is
** small, has no dependencies, follows each Unicode release, and offers
** exactly the primitives needed here (general category, combining class,
** full case folding, canonical composition, grapheme breaks) without the
** weight of ICU.
*/
#include "text.h"
#include <utf8proc.h>
#include <string.h>

int news_utf8_encode(uint32_t cp, unsigned char *out){
  if( cp<0x80 ){ out[0] = (unsigned char)cp; return 1; }
  if( cp<0x800 ){
    out[0] = (unsigned char)(0xC0 | (cp>>6));
    out[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if( cp<0x10000 ){
    out[0] = (unsigned char)(0xE0 | (cp>>12));
    out[1] = (unsigned char)(0x80 | ((cp>>6) & 0x3F));
    out[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (unsigned char)(0xF0 | (cp>>18));
  out[1] = (unsigned char)(0x80 | ((cp>>12) & 0x3F));
  out[2] = (unsigned char)(0x80 | ((cp>>6) & 0x3F));
  out[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

/* The same stepping rule as SQLite's SQLITE_SKIP_UTF8 macro. */
sqlite3_int64 news_utf8_count(const char *z, sqlite3_int64 n){
  const unsigned char *p = (const unsigned char*)z;
  sqlite3_int64 i = 0, nChar = 0;
  while( i<n ){
    if( p[i++]>=0xC0 ){
      while( i<n && (p[i]&0xC0)==0x80 ) i++;
    }
    nChar++;
  }
  return nChar;
}

sqlite3_int64 news_utf8_byte_offset(const char *z, sqlite3_int64 n,
                                    sqlite3_int64 iChar){
  const unsigned char *p = (const unsigned char*)z;
  sqlite3_int64 i = 0;
  while( i<n && iChar>0 ){
    if( p[i++]>=0xC0 ){
      while( i<n && (p[i]&0xC0)==0x80 ) i++;
    }
    iChar--;
  }
  return i;
}

/*************************************************************************
** Character classes
*/

/* ASCII classes, computed by the compiler from this rule.  Unicode puts
** $ + < = > ^ ` | ~ in Sm, Sc or Sk: symbols; the other printable
** non-alphanumerics are punctuation. */
#define ASCII_CLASS(c) ( \
  (((c)>='a' && (c)<='z') || ((c)>='A' && (c)<='Z')) ? NEWS_CC_LETTER : \
  ((c)>='0' && (c)<='9') ? NEWS_CC_DIGIT : \
  ((c)<=' ' || (c)==0x7F) ? NEWS_CC_SPACE : \
  ((c)=='$' || (c)=='+' || (c)=='<' || (c)=='=' || (c)=='>' || (c)=='^' \
   || (c)=='`' || (c)=='|' || (c)=='~') ? NEWS_CC_SYMBOL : NEWS_CC_PUNCT )
#define ASCII_CLASS4(c) ASCII_CLASS(c), ASCII_CLASS(c+1), ASCII_CLASS(c+2), \
                        ASCII_CLASS(c+3)
#define ASCII_CLASS16(c) ASCII_CLASS4(c), ASCII_CLASS4(c+4), ASCII_CLASS4(c+8), \
                         ASCII_CLASS4(c+12)
static const unsigned char aAsciiClass[128] = {
  ASCII_CLASS16(0),  ASCII_CLASS16(16), ASCII_CLASS16(32), ASCII_CLASS16(48),
  ASCII_CLASS16(64), ASCII_CLASS16(80), ASCII_CLASS16(96), ASCII_CLASS16(112)
};

/* Bits of the bytes that make up ASCII words, for the segmenter's inner
** loop; 0 for every other byte, including all bytes of 0x80 and above. */
#define WB_LOWER  NEWS_TF_LOWER     /* the token flags themselves, so */
#define WB_UPPER  NEWS_TF_UPPER     /* that a run's bits are its flags */
#define WB_DIGIT  NEWS_TF_DIGIT
#define WB_LETTER (WB_LOWER|WB_UPPER)
#define WORD_BITS(c) ( ((c)>='a' && (c)<='z') ? WB_LOWER : \
                       ((c)>='A' && (c)<='Z') ? WB_UPPER : \
                       ((c)>='0' && (c)<='9') ? WB_DIGIT : 0 )
#define WORD_BITS4(c) WORD_BITS(c), WORD_BITS(c+1), WORD_BITS(c+2), WORD_BITS(c+3)
#define WORD_BITS16(c) WORD_BITS4(c), WORD_BITS4(c+4), WORD_BITS4(c+8), \
                       WORD_BITS4(c+12)
static const unsigned char aAsciiWordBits[256] = {
  WORD_BITS16(0),  WORD_BITS16(16), WORD_BITS16(32), WORD_BITS16(48),
  WORD_BITS16(64), WORD_BITS16(80), WORD_BITS16(96), WORD_BITS16(112)
  /* 128..255: 0 */
};

NewsCharClass news_char_class(uint32_t cp){
  if( cp<0x80 ) return (NewsCharClass)aAsciiClass[cp];
  switch( utf8proc_category((utf8proc_int32_t)cp) ){
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return NEWS_CC_LETTER;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return NEWS_CC_MARK;
    case UTF8PROC_CATEGORY_ND:
      return NEWS_CC_DIGIT;
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return NEWS_CC_NUMERIC;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return NEWS_CC_PUNCT;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_CC:
      return NEWS_CC_SPACE;
    case UTF8PROC_CATEGORY_CF:
      return NEWS_CC_JOINER;
    default:
      return NEWS_CC_SYMBOL;
  }
}

int news_is_ideograph(uint32_t cp){
  return (cp>=0x3040 && cp<=0x30FF)      /* Hiragana, Katakana */
      || (cp>=0x31F0 && cp<=0x31FF)      /* Katakana phonetic extensions */
      || (cp>=0x3400 && cp<=0x4DBF)      /* CJK extension A */
      || (cp>=0x4E00 && cp<=0x9FFF)      /* CJK unified ideographs */
      || (cp>=0xF900 && cp<=0xFAFF)      /* CJK compatibility ideographs */
      || (cp>=0x20000 && cp<=0x3FFFF);   /* CJK extensions B and later */
}

int news_is_upper(uint32_t cp){
  if( cp<0x80 ) return cp>='A' && cp<='Z';
  return utf8proc_isupper((utf8proc_int32_t)cp)
      || utf8proc_category((utf8proc_int32_t)cp)==UTF8PROC_CATEGORY_LT;
}

int news_is_lower(uint32_t cp){
  if( cp<0x80 ) return cp>='a' && cp<='z';
  return utf8proc_islower((utf8proc_int32_t)cp);
}

int news_is_apostrophe(uint32_t cp){
  return cp=='\'' || cp==0x2019 || cp==0x02BC || cp==0x2018 || cp==0xFF07;
}

int news_is_hyphen(uint32_t cp){
  return cp=='-' || cp==0x2010 || cp==0x2011 || cp==0x05BE;
}

static int is_line_break(uint32_t cp){
  return cp=='\n' || cp=='\r' || cp==0x0B || cp==0x0C || cp==0x85
      || cp==0x2028 || cp==0x2029;
}

static int is_opening_quote(uint32_t cp){
  return cp=='\'' || cp=='`' || cp==0x2018 || cp==0x201B || cp==0x2039;
}

/*************************************************************************
** Segmentation
*/

const char *news_token_kind_name(int eKind){
  switch( eKind ){
    case NEWS_TOKEN_WORD:   return "word";
    case NEWS_TOKEN_NUMBER: return "number";
    case NEWS_TOKEN_ABBREV: return "abbrev";
    case NEWS_TOKEN_URL:    return "url";
    case NEWS_TOKEN_EMAIL:  return "email";
    case NEWS_TOKEN_PUNCT:  return "punct";
    default:                return "symbol";
  }
}

/* A position inside the text during a scan: byte offset and characters
** consumed since the token start. */
typedef struct Scan Scan;
struct Scan {
  const unsigned char *z;
  int n;
  int j;                 /* byte offset of the next character */
  int nChar;             /* characters consumed */
};

/* Decode the character at s->j without consuming it; 0 at the end. */
static uint32_t scan_peek(const Scan *s, int *pLen){
  uint32_t cp = 0;
  *pLen = 0;
  if( s->j<s->n ) *pLen = news_utf8_decode(s->z, s->n, s->j, &cp);
  return cp;
}

/* Decode the character after the one at s->j (0 if none). */
static uint32_t scan_peek2(const Scan *s){
  int len;
  uint32_t cp;
  if( s->j>=s->n ) return 0;
  len = news_utf8_decode(s->z, s->n, s->j, &cp);
  if( s->j+len>=s->n ) return 0;
  news_utf8_decode(s->z, s->n, s->j+len, &cp);
  return cp;
}

static void scan_take(Scan *s, int len){
  s->j += len;
  s->nChar++;
}

/* Consume combining marks (and joiners followed by a mark) so that a
** token never ends before the marks of its last character. */
static void scan_marks_slow(Scan *s){
  int len;
  for(;;){
    uint32_t cp;
    NewsCharClass cc;
    cp = scan_peek(s, &len);
    if( len==0 ) return;
    cc = news_char_class(cp);
    if( cc==NEWS_CC_MARK ){ scan_take(s, len); continue; }
    if( cc==NEWS_CC_JOINER && news_char_class(scan_peek2(s))==NEWS_CC_MARK ){
      scan_take(s, len);
      continue;
    }
    return;
  }
}

/* Most text is ASCII, which is never a mark: test that inline. */
static inline void scan_marks(Scan *s){
  if( s->j<s->n && s->z[s->j]>=0x80 ) scan_marks_slow(s);
}

static inline int is_word_start(uint32_t cp){
  NewsCharClass cc;
  if( cp<0x80 ){
    return aAsciiClass[cp]==NEWS_CC_LETTER || aAsciiClass[cp]==NEWS_CC_DIGIT;
  }
  cc = news_char_class(cp);
  return (cc==NEWS_CC_LETTER || cc==NEWS_CC_DIGIT || cc==NEWS_CC_NUMERIC)
      && !news_is_ideograph(cp);
}

static int is_ascii_digit(uint32_t cp){ return cp>='0' && cp<='9'; }

/* Longest dotted abbreviation, in parts ("U.S.A." has 3). */
#define NEWS_MAX_ABBREV_PARTS 8

/*
** True if the text at s->j is a 1- or 2-letter run followed by '.', the
** next part of a dotted abbreviation.
*/
static int abbrev_part_follows(const Scan *s){
  Scan t = *s;
  int len, nLetter = 0;
  for(;;){
    uint32_t cp = scan_peek(&t, &len);
    if( len==0 ) return 0;
    if( cp=='.' ) return nLetter>=1;
    if( news_char_class(cp)==NEWS_CC_MARK ){ scan_take(&t, len); continue; }
    if( news_char_class(cp)!=NEWS_CC_LETTER || news_is_ideograph(cp) ) return 0;
    if( ++nLetter>2 ) return 0;
    scan_take(&t, len);
  }
}

/*
** Scan a word or number starting at s->j (whose first character passed
** is_word_start()).  Sets *peKind and ORs NEWS_TF_* bits into *pFlags.
*/
static void scan_word(Scan *s, int bOpenedByQuote, int tokFlags,
                      int *peKind, int *pFlags){
  int flags = 0;
  int bLetter = 0;          /* a letter seen anywhere in the token */
  int bNumber = 1;          /* only digits and numeric separators so far */
  int nSegLetter = 0;       /* letters in the current dot-separated part */
  int bSegPure = 1;         /* current part is letters only */
  int bSimple = 1;          /* no separator consumed yet */
  int bAbbrev = 0;          /* inside a dotted abbreviation */
  int nSegDigit = 0;        /* digits since the last separator */
  int nPart = 1;            /* parts of a dotted abbreviation so far */
  int len;
  uint32_t cp, cpNext;

  for(;;){
    /* A run of letters, digits and marks. */
    for(;;){
      NewsCharClass cc;
      /* ASCII letters and digits, the bulk of most text, a run at a time
      ** without the general decoding below (same effect).  In a run that
      ** mixes letters and digits the per-part counts do not matter: such
      ** a part is neither a pure-letter abbreviation part nor a number. */
      {
        const unsigned char *z = s->z;
        int j0 = s->j, j = s->j, n = s->n;
        unsigned int f, fRun = 0;
        while( j<n && (f = aAsciiWordBits[z[j]])!=0 ){
          fRun |= f;
          j++;
        }
        s->j = j;
        if( fRun ){
          int nRun = s->j - j0;
          if( s->nChar==0 && (aAsciiWordBits[s->z[j0]] & WB_UPPER) ){
            flags |= NEWS_TF_CAPITAL;
          }
          s->nChar += nRun;
          if( fRun & WB_UPPER ) flags |= NEWS_TF_UPPER;
          if( fRun & WB_LOWER ) flags |= NEWS_TF_LOWER;
          if( fRun & WB_DIGIT ){
            flags |= NEWS_TF_DIGIT; bSegPure = 0;
            if( (fRun & WB_LETTER)==0 ) nSegDigit += nRun;
          }
          if( fRun & WB_LETTER ){
            bLetter = 1; bNumber = 0; nSegLetter += nRun;
          }
        }
      }
      cp = scan_peek(s, &len);
      if( len==0 ) break;
      cc = news_char_class(cp);
      if( cc==NEWS_CC_LETTER && (cp<0x80 || !news_is_ideograph(cp)) ){
        bLetter = 1; bNumber = 0; nSegLetter++;
        if( news_is_upper(cp) ){
          flags |= NEWS_TF_UPPER;
          if( s->nChar==0 ) flags |= NEWS_TF_CAPITAL;
        }else if( news_is_lower(cp) ){
          flags |= NEWS_TF_LOWER;
        }
      }else if( cc==NEWS_CC_DIGIT ){
        flags |= NEWS_TF_DIGIT; bSegPure = 0; nSegDigit++;
      }else if( cc==NEWS_CC_NUMERIC ){
        bNumber = 0; bSegPure = 0;
      }else if( cc==NEWS_CC_MARK ){
        /* attaches to the previous character */
      }else if( cc==NEWS_CC_JOINER && is_word_start(scan_peek2(s)) ){
        /* ZWNJ, ZWJ or soft hyphen inside a word */
      }else{
        break;
      }
      scan_take(s, len);
    }
    if( len==0 ) break;

    /* A separator: decide whether the token continues across it. */
    if( cp<0x80 && aAsciiClass[cp]==NEWS_CC_SPACE ) break;   /* usual case */
    cpNext = scan_peek2(s);
    if( cp=='.' ){
      if( bNumber && !bAbbrev && is_ascii_digit(cpNext) ){
        scan_take(s, len); nSegDigit = 0; bSimple = 0;
        continue;                                   /* 3.5, 1.000.000 */
      }
      if( bSegPure && nSegLetter>=1 && nSegLetter<=2 && (bSimple || bAbbrev) ){
        Scan t = *s;
        scan_take(&t, len);
        if( nPart<NEWS_MAX_ABBREV_PARTS && abbrev_part_follows(&t) ){
          *s = t; bAbbrev = 1; bSimple = 0; nSegLetter = 0;  /* U.S. Ph.D. */
          nPart++;
          continue;
        }
        if( bAbbrev ){
          scan_take(s, len);                        /* the final dot */
          cp = scan_peek(s, &len);
          cpNext = scan_peek2(s);
          if( len && news_is_hyphen(cp) && is_word_start(cpNext)
           && (tokFlags & NEWS_TOKENIZE_SPLIT_HYPHENS)==0 ){
            scan_take(s, len);                      /* U.S.-led: a word */
            flags |= NEWS_TF_HYPHEN; bSegPure = 0; bAbbrev = 0;
            continue;
          }
          break;
        }
      }
      break;
    }
    if( cp==',' || cp==':' ){
      if( bNumber && nSegDigit>0 && is_ascii_digit(cpNext)
       && (cp==',' || nSegDigit<=2) ){
        scan_take(s, len); nSegDigit = 0; bSimple = 0;
        continue;                                   /* 2,500  9:30 */
      }
      break;
    }
    if( news_is_apostrophe(cp) ){
      NewsCharClass ccNext = news_char_class(cpNext);
      if( ccNext==NEWS_CC_LETTER && !news_is_ideograph(cpNext) ){
        scan_take(s, len);                          /* Iraq's  1990's */
        flags |= NEWS_TF_APOSTROPHE; bSimple = 0; bSegPure = 0;
        continue;
      }
      if( bLetter && !bOpenedByQuote && !is_word_start(cpNext) ){
        scan_take(s, len);                          /* Shia'  states' */
        flags |= NEWS_TF_APOSTROPHE;
      }
      break;
    }
    if( news_is_hyphen(cp) && is_word_start(cpNext)
     && (tokFlags & NEWS_TOKENIZE_SPLIT_HYPHENS)==0 ){
      scan_take(s, len);                            /* al-Sudani 2014-15 */
      flags |= NEWS_TF_HYPHEN; bSimple = 0; bSegPure = 0; nSegDigit = 0;
      continue;
    }
    break;
  }
  scan_marks(s);
  if( bAbbrev ) *peKind = NEWS_TOKEN_ABBREV;
  else *peKind = bLetter ? NEWS_TOKEN_WORD : NEWS_TOKEN_NUMBER;
  *pFlags |= flags;
}

/* Case-insensitive ASCII prefix test at s->j. */
static int has_prefix(const Scan *s, const char *zPrefix){
  int n = (int)strlen(zPrefix);
  if( s->n - s->j < n ) return 0;
  return sqlite3_strnicmp((const char*)s->z + s->j, zPrefix, n)==0;
}

/* Can a URL (http, https, www.) start at z[i]?  Its first two letters. */
static int may_start_url(const unsigned char *z, int i, int n){
  unsigned char c0 = z[i] | 0x20, c1 = i+1<n ? (z[i+1] | 0x20) : 0;
  return (c0=='h' && c1=='t') || (c0=='w' && c1=='w');
}

/*
** A URL starting at s->j: http://, https:// or www. followed by a letter
** or digit.  Runs to white space, a quote or <>, then gives back trailing
** punctuation and unbalanced closing brackets.  Returns 1 if consumed.
*/
static int scan_url(Scan *s){
  Scan t = *s;
  int len, nParen = 0;
  int jEnd = 0, nCharEnd = 0;
  if( !may_start_url(t.z, t.j, t.n) ) return 0;
  if( has_prefix(&t, "https://") ) t.j += 8, t.nChar += 8;
  else if( has_prefix(&t, "http://") ) t.j += 7, t.nChar += 7;
  else if( has_prefix(&t, "www.") ) t.j += 4, t.nChar += 4;
  else return 0;
  if( !is_word_start(scan_peek(&t, &len)) ) return 0;
  for(;;){
    uint32_t cp = scan_peek(&t, &len);
    NewsCharClass cc;
    if( len==0 ) break;
    cc = news_char_class(cp);
    if( cc==NEWS_CC_SPACE || cp=='"' || cp=='<' || cp=='>' || cp=='\''
     || (cp>=0x2018 && cp<=0x201F) || cp==0xAB || cp==0xBB ) break;
    if( cp=='(' ) nParen++;
    if( cp==')' ){ if( nParen==0 ) break; nParen--; }
    scan_take(&t, len);
    if( cp>=0x80 || !strchr(".,;:!?", (int)cp) ){
      jEnd = t.j; nCharEnd = t.nChar;     /* last char that may end a URL */
    }
  }
  if( jEnd==0 ) return 0;
  s->j = jEnd;
  s->nChar = nCharEnd;
  return 1;
}

static int is_email_local(uint32_t c){
  return c<0x80 && (aAsciiClass[c]==NEWS_CC_LETTER
                    || aAsciiClass[c]==NEWS_CC_DIGIT
                    || c=='.' || c=='_' || c=='%' || c=='+' || c=='-');
}

/*
** An e-mail address at s->j (ASCII local@domain.tld).  *piNoEmail caches
** the end of the last failed attempt: every start before it fails too,
** which keeps runs like "a.a.a.a..." linear.  An address can only start
** in the run of local-part characters that ends at the next '@', so
** everything before that run (all the text, when there is no '@') is
** skipped without looking at each word.
*/
#define NEWS_EMAIL_LOCAL_MAX 64     /* RFC 5321: longest local part */
#define EMAIL_WINDOW 1024           /* bytes searched for '@' at a time */

static int scan_email(Scan *s, int *piNoEmail){
  Scan t = *s;
  int nDot = 0, bAlnum = 0, jEnd = 0, nCharEnd = 0;
  const unsigned char *zAt;
  int iRun;
  int nWin;
  if( t.j < *piNoEmail ) return 0;
  /* Look for the '@' only in a window: a caller that tokenizes just the
  ** start of a long text (a line at a time, say) must not pay for a
  ** search to its end at every start.  With no '@' in the window, no
  ** address starts more than NEWS_EMAIL_LOCAL_MAX bytes before its end. */
  nWin = t.n - t.j;
  if( nWin>EMAIL_WINDOW ) nWin = EMAIL_WINDOW;
  zAt = memchr(t.z+t.j, '@', (size_t)nWin);
  if( zAt==0 ){
    *piNoEmail = nWin<t.n-t.j ? t.j + nWin - NEWS_EMAIL_LOCAL_MAX : t.n;
    return 0;
  }
  for(iRun=(int)(zAt-t.z); iRun>t.j && is_email_local(t.z[iRun-1]); iRun--){}
  if( iRun>t.j ){ *piNoEmail = iRun; return 0; }
  if( zAt - (t.z+t.j) > NEWS_EMAIL_LOCAL_MAX ){
    *piNoEmail = (int)(zAt - t.z);
    return 0;
  }
  while( t.j<t.n && is_email_local(t.z[t.j]) ){ t.j++; t.nChar++; }
  if( t.j>=t.n || t.z[t.j]!='@' || t.j==s->j ){
    *piNoEmail = t.j;
    return 0;
  }
  t.j++; t.nChar++;
  while( t.j<t.n ){
    unsigned char c = t.z[t.j];
    if( (c>='a' && c<='z') || (c>='A' && c<='Z') || (c>='0' && c<='9') ){
      bAlnum = 1;
    }else if( c=='-' ){
      /* allowed inside a label */
    }else if( c=='.' && bAlnum && t.j+1<t.n && t.z[t.j+1]!='.' ){
      nDot++; bAlnum = 0;
    }else{
      break;
    }
    t.j++; t.nChar++;
    if( bAlnum && nDot>0 ){ jEnd = t.j; nCharEnd = t.nChar; }
  }
  if( jEnd==0 ){
    *piNoEmail = t.j;
    return 0;
  }
  s->j = jEnd;
  s->nChar = nCharEnd;
  return 1;
}

/* Extend a symbol to the end of its grapheme cluster (emoji sequences,
** flags, skin tones). */
static void scan_grapheme(Scan *s, uint32_t cpFirst){
  utf8proc_int32_t state = 0;
  utf8proc_int32_t prev = (utf8proc_int32_t)cpFirst;
  int len;
  for(;;){
    uint32_t cp = scan_peek(s, &len);
    if( len==0 ) return;
    if( utf8proc_grapheme_break_stateful(prev, (utf8proc_int32_t)cp, &state) ){
      return;
    }
    scan_take(s, len);
    prev = (utf8proc_int32_t)cp;
  }
}

void news_tokenizer_init(NewsTokenizer *p, const char *z, int n, int flags){
  memset(p, 0, sizeof(*p));
  p->z = (const unsigned char*)(z ? z : "");
  p->n = z ? n : 0;
  p->flags = flags;
  p->bLineStart = 1;
}

/*
** Does the ASCII run z[p->i..j) (bits fRun, nRun bytes) end at the
** separator z[j] (one of , : . -), as scan_word() would decide?  0 when
** only scan_word() can tell: the separator may continue a number
** (2,500  9:30  3.5), an abbreviation (U.S.), a hyphenated word (without
** NEWS_TOKENIZE_SPLIT_HYPHENS), or the run may begin a URL or an e-mail
** address (which the tokenizer looks for first, also only without it).
*/
static int ascii_separator_ends(NewsTokenizer *p, int j, unsigned int fRun,
                                int nRun){
  const unsigned char *z = p->z;
  unsigned char c = z[j];
  unsigned char c2 = j+1<p->n ? z[j+1] : ' ';
  if( c2>=0x80 ) return 0;                 /* a letter or digit, maybe */
  if( (p->flags & NEWS_TOKENIZE_SPLIT_HYPHENS)==0 ){
    if( may_start_url(z, p->i, p->n) ) return 0;
    if( c!=',' && c!=':' && p->i>=p->iNoEmail ) return 0;        /* e-mail */
  }
  if( (fRun & WB_LETTER)==0 ){             /* digits: 2,500 9:30 3.5 2014-15 */
    return c=='-' ? !aAsciiWordBits[c2] || (p->flags & NEWS_TOKENIZE_SPLIT_HYPHENS)
                  : (aAsciiWordBits[c2] & WB_DIGIT)==0;
  }
  switch( c ){
    case '.':                               /* U.S. Ph.D. */
      return (fRun & WB_DIGIT) || nRun>2 || (aAsciiWordBits[c2] & WB_LETTER)==0;
    case '-':
      return (p->flags & NEWS_TOKENIZE_SPLIT_HYPHENS) || !aAsciiWordBits[c2];
    default:
      return 1;                             /* , : after letters */
  }
}

/* Fill pTok with the token of nChar characters ending at byte j and
** move p past it. */
static inline void tokenizer_emit(NewsTokenizer *p, NewsToken *pTok,
                                  int eKind, int flags, int j,
                                  sqlite3_int64 nChar){
  pTok->eKind = eKind;
  pTok->flags = flags | (p->bLineStart ? NEWS_TF_LINESTART : 0);
  pTok->iStart = p->i;
  pTok->iEnd = j;
  pTok->iCharStart = p->iChar;
  pTok->iCharEnd = p->iChar + nChar;
  p->i = j;
  p->iChar += nChar;
  p->bLineStart = 0;
}

/* What a byte after an ASCII run means for ascii_token(): the token ends
** there (0), ends unless the separator continues it (1), or only the
** general path can tell (2: non-ASCII, apostrophes, e-mail characters). */
#define AFTER_RUN(c) ( (c)>=0x80 ? 2 : \
    ((c)==',' || (c)==':' || (c)=='.' || (c)=='-') ? 1 : \
    ((c)=='\'' || (c)=='@' || (c)=='_' || (c)=='%' || (c)=='+' \
     || (c)=='/') ? 2 : 0 )
#define AFTER_RUN4(c) AFTER_RUN(c), AFTER_RUN(c+1), AFTER_RUN(c+2), \
                      AFTER_RUN(c+3)
#define AFTER_RUN16(c) AFTER_RUN4(c), AFTER_RUN4(c+4), AFTER_RUN4(c+8), \
                       AFTER_RUN4(c+12)
#define AFTER_RUN64(c) AFTER_RUN16(c), AFTER_RUN16(c+16), AFTER_RUN16(c+32), \
                       AFTER_RUN16(c+48)
static const unsigned char aAfterRun[256] = {
  AFTER_RUN64(0), AFTER_RUN64(64), AFTER_RUN64(128), AFTER_RUN64(192)
};

/*
** A word or number of ASCII letters and digits at p->i, when its end is
** plain (white space, most punctuation): the bulk of news text, without
** the general path's decoding.  0 to leave the token to the general path.
*/
static int ascii_token(NewsTokenizer *p, NewsToken *pTok){
  const unsigned char *z = p->z;
  const int i0 = p->i, n = p->n;
  int j = i0, nRun;
  unsigned int f, fRun = 0;
  while( j<n && (f = aAsciiWordBits[z[j]])!=0 ){
    fRun |= f;
    j++;
  }
  nRun = j - i0;
  if( j<n && aAfterRun[z[j]] ){
    if( aAfterRun[z[j]]==2 || !ascii_separator_ends(p, j, fRun, nRun) ){
      return 0;
    }
  }
  /* fRun holds NEWS_TF_UPPER, _LOWER, _DIGIT; a capital first letter
  ** shifts NEWS_TF_UPPER (2) to NEWS_TF_CAPITAL (8) */
  tokenizer_emit(p, pTok,
                 (fRun & WB_LETTER) ? NEWS_TOKEN_WORD : NEWS_TOKEN_NUMBER,
                 (int)(NEWS_TF_ASCII | fRun
                       | (unsigned)(aAsciiWordBits[z[i0]] & WB_UPPER)<<2),
                 j, nRun);
  return 1;
}

/* An ASCII punctuation token: a run of one character ("..." "--"),
** unless a non-ASCII character, maybe a combining mark, follows. */
static int ascii_punct(NewsTokenizer *p, NewsToken *pTok){
  const unsigned char *z = p->z;
  int j = p->i + 1, n = p->n;
  while( j<n && z[j]==z[p->i] ) j++;
  if( j<n && z[j]>=0x80 ) return 0;
  tokenizer_emit(p, pTok, NEWS_TOKEN_PUNCT, NEWS_TF_ASCII, j, j - p->i);
  return 1;
}

static int tokenizer_next_general(NewsTokenizer *p, NewsToken *pTok,
                                  uint32_t cpPrev, int iTried);

int news_tokenizer_next(NewsTokenizer *p, NewsToken *pTok){
  const unsigned char *z = p->z;
  const int n = p->n;
  int i = p->i;
  uint32_t cpPrev = 0;

  /* The usual case, kept short: spaces, then an ASCII word or number
  ** (ascii_token()). */
  if( i<n && z[i]==' ' ){
    do{ i++; }while( i<n && z[i]==' ' );
    p->iChar += i - p->i;
    p->i = i;
    cpPrev = ' ';
  }
  if( i<n && aAsciiWordBits[z[i]] ){
    if( ascii_token(p, pTok) ) return 1;
    return tokenizer_next_general(p, pTok, cpPrev, i);
  }
  return tokenizer_next_general(p, pTok, cpPrev, -1);
}

void news_tokenizer_seek(NewsTokenizer *p, int iByte, sqlite3_int64 iChar){
  p->i = iByte;
  p->iChar = iChar;
}

void news_parts_init(NewsPartTokenizer *p, const char *z, int n, unsigned mSplit){
  news_tokenizer_init(&p->outer, z, n, 0);
  p->mSplit = mSplit;
  p->bInner = 0;
}

int news_parts_next(NewsPartTokenizer *p, NewsToken *pTok){
  int bFirst = 0;
  for(;;){
    if( p->bInner ){
      if( news_tokenizer_next(&p->inner, pTok) ){
        /* the inner tokenizer counts from the token's start */
        pTok->iStart += p->whole.iStart;
        pTok->iEnd += p->whole.iStart;
        pTok->iCharStart += p->whole.iCharStart;
        pTok->iCharEnd += p->whole.iCharStart;
        pTok->flags &= ~NEWS_TF_LINESTART;
        if( bFirst ) pTok->flags |= p->whole.flags & NEWS_TF_LINESTART;
        return bFirst ? NEWS_PART_FIRST : NEWS_PART_NEXT;
      }
      p->bInner = 0;
    }
    if( !news_tokenizer_next(&p->outer, &p->whole) ) return 0;
    if( (p->whole.flags & NEWS_TF_HYPHEN)==0
     || (p->mSplit & (1u<<p->whole.eKind))==0 ){
      *pTok = p->whole;
      return NEWS_PART_FIRST;
    }
    news_tokenizer_init(&p->inner, (const char*)p->outer.z + p->whole.iStart,
                        p->whole.iEnd - p->whole.iStart, NEWS_TOKENIZE_SPLIT_HYPHENS);
    p->bInner = 1;
    bFirst = 1;
  }
}

/* The rest: other white space, non-ASCII text, URLs, e-mail addresses,
** abbreviations, numbers with separators, symbols.  ascii_token() has
** already failed at byte iTried (or iTried is -1). */
static int tokenizer_next_general(NewsTokenizer *p, NewsToken *pTok,
                                  uint32_t cpPrev, int iTried){
  Scan s;
  uint32_t cp;
  int len, eKind, flags = 0;
  NewsCharClass cc;

  /* Skip white space and stray joiners, noting line breaks. */
  for(;;){
    if( p->i>=p->n ) return 0;
    if( p->z[p->i]==' ' ){              /* the usual case, without decoding */
      p->i++;
      p->iChar++;
      cpPrev = ' ';
      continue;
    }
    len = news_utf8_decode(p->z, p->n, p->i, &cp);
    cc = news_char_class(cp);
    if( cc!=NEWS_CC_SPACE && cc!=NEWS_CC_JOINER ) break;
    if( is_line_break(cp) ) p->bLineStart = 1;
    p->i += len;
    p->iChar++;
    cpPrev = cp;
  }
  if( cp<0x80 ){
    if( aAsciiWordBits[cp] && p->i!=iTried && ascii_token(p, pTok) ) return 1;
    if( cc==NEWS_CC_PUNCT && ascii_punct(p, pTok) ) return 1;
  }

  s.z = p->z; s.n = p->n; s.j = p->i; s.nChar = 0;
  if( is_word_start(cp) ){
    if( (p->flags & NEWS_TOKENIZE_SPLIT_HYPHENS)==0 && scan_url(&s) ){
      eKind = NEWS_TOKEN_URL;
    }else if( (p->flags & NEWS_TOKENIZE_SPLIT_HYPHENS)==0
           && scan_email(&s, &p->iNoEmail) ){
      eKind = NEWS_TOKEN_EMAIL;
    }else{
      if( p->i>0 && cpPrev==0 ){
        /* the character before the token, for the quote rule */
        news_utf8_prev(p->z, p->n, 0, p->i, &cpPrev);
      }
      scan_word(&s, is_opening_quote(cpPrev), p->flags, &eKind, &flags);
    }
  }else if( cc==NEWS_CC_LETTER ){
    scan_take(&s, len);                 /* one Han or Kana character */
    scan_marks(&s);
    eKind = NEWS_TOKEN_WORD;
  }else if( cc==NEWS_CC_PUNCT ){
    uint32_t cpRun = cp, cpNext;
    do{
      scan_take(&s, len);
      scan_marks(&s);
      cpNext = scan_peek(&s, &len);
    }while( len && cpNext==cpRun );     /* "..." "--" "!!!" */
    eKind = NEWS_TOKEN_PUNCT;
  }else{
    scan_take(&s, len);                 /* symbols, stray marks, U+FFFD */
    scan_grapheme(&s, cp);
    eKind = NEWS_TOKEN_SYMBOL;
  }

  if( news_char_class(cp)==NEWS_CC_DIGIT ) flags |= NEWS_TF_DIGIT;
  /* ASCII iff every character took one byte, unless that one byte was
  ** invalid (a lone byte of 0x80 or above is a one-character U+FFFD, which
  ** is a token of its own: grapheme extenders are never one byte). */
  if( s.nChar==s.j-p->i && (s.nChar>1 || p->z[p->i]<0x80) ){
    flags |= NEWS_TF_ASCII;
  }
  tokenizer_emit(p, pTok, eKind, flags, s.j, s.nChar);
  return 1;
}

/*************************************************************************
** Folding
*/

/* Typographic apostrophes, quotes-as-apostrophes and hyphens. */
static uint32_t fold_punct(uint32_t cp){
  if( cp==0x2019 || cp==0x02BC || cp==0x2018 || cp==0xFF07 ) return '\'';
  if( cp==0x2010 || cp==0x2011 ) return '-';
  return cp;
}

/*
** Which combining marks count as diacritics.  Stripping every mark would
** destroy Indic and Thai words, whose vowel signs are marks too, so only
** nonspacing marks in the combining classes of accents are removed:
** 10..36 (Hebrew points, Arabic harakat, Syriac) and 200 and above (the
** above/below/attached accents of Latin, Greek and Cyrillic).  Nukta (7),
** kana voicing (8), virama (9) and the Thai, Lao and Tibetan vowel
** classes stay.
*/
static int is_diacritic(utf8proc_int32_t cp){
  const utf8proc_property_t *prop = utf8proc_get_property(cp);
  int ccc = prop->combining_class;
  if( prop->category!=UTF8PROC_CATEGORY_MN ) return 0;
  return (ccc>=10 && ccc<=36) || ccc>=200;
}

/*
** Simple (one to one) lower case of cp, the character at z[i..i+len).
** Σ becomes final ς when it ends a word: after a letter and not before
** one (Unicode's Final_Sigma condition, marks skipped).
*/
static uint32_t lower_char(uint32_t cp, const unsigned char *z, int n,
                           int iNext, int bPrevLetter, int flags){
  if( flags & NEWS_FOLD_TURKIC ){
    if( cp=='I' ) return 0x131;
    if( cp==0x130 ) return 'i';
  }
  if( cp<0x80 ) return (cp>='A' && cp<='Z') ? cp + 'a' - 'A' : cp;
  if( cp==0x3A3 ){
    uint32_t cpNext = 0;
    NewsCharClass cc = NEWS_CC_SPACE;
    while( iNext<n ){
      iNext += news_utf8_decode(z, n, iNext, &cpNext);
      cc = news_char_class(cpNext);
      if( cc!=NEWS_CC_MARK ) break;
    }
    return (bPrevLetter && cc!=NEWS_CC_LETTER) ? 0x3C2 : 0x3C3;
  }
  return (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
}

int news_fold(NewsBuf *pOut, const char *z, int n, int flags){
  const unsigned char *zu = (const unsigned char*)z;
  utf8proc_int32_t aStatic[128];
  utf8proc_int32_t *a = aStatic;
  utf8proc_ssize_t nA = 0, nAlloc = 128, nRes;
  utf8proc_option_t opt = UTF8PROC_COMPOSE | UTF8PROC_STABLE;
  int i, len, boundclass = 0, bPrevLetter = 0;
  int bLower = (flags & NEWS_FOLD_LOWER) && (flags & NEWS_FOLD_CASE)==0;
  int bAsciiLower = (flags & (NEWS_FOLD_CASE|NEWS_FOLD_LOWER))!=0;
  /* Turkic lower-casing of I leaves ASCII */
  unsigned char cStop = (bLower && (flags & NEWS_FOLD_TURKIC)) ? 'I' : 0x80;

  /* ASCII fast path: NFC and folding are byte-wise. */
  for(i=0; i<n && zu[i]<0x80 && zu[i]!=cStop; i++){}
  if( i==n ){
    if( news_buf_reserve(pOut, n) ) return pOut->rc;
    for(i=0; i<n; i++){
      char c = z[i];
      if( bAsciiLower && c>='A' && c<='Z' ) c += 'a' - 'A';
      pOut->z[pOut->n++] = c;
    }
    pOut->z[pOut->n] = 0;
    return SQLITE_OK;
  }

  if( flags & NEWS_FOLD_CASE ) opt |= UTF8PROC_CASEFOLD;
  for(i=0; i<n; i+=len){
    uint32_t cp;
    len = news_utf8_decode(zu, n, i, &cp);
    if( flags & NEWS_FOLD_PUNCT ) cp = fold_punct(cp);
    if( bLower ){
      NewsCharClass cc = news_char_class(cp);
      cp = lower_char(cp, zu, n, i+len, bPrevLetter, flags);
      if( cc!=NEWS_CC_MARK ) bPrevLetter = (cc==NEWS_CC_LETTER);
    }
    for(;;){
      nRes = utf8proc_decompose_char((utf8proc_int32_t)cp, a+nA, nAlloc-nA,
                                     opt, &boundclass);
      if( nRes<0 ) nRes = 0;              /* cannot happen for valid cp */
      if( nA+nRes<=nAlloc ) break;
      {
        utf8proc_ssize_t nNew = 2*(nA+nRes);
        utf8proc_int32_t *aNew = sqlite3_malloc64(nNew*sizeof(*a));
        if( aNew==0 ){
          if( a!=aStatic ) sqlite3_free(a);
          pOut->rc = SQLITE_NOMEM;
          return pOut->rc;
        }
        memcpy(aNew, a, nA*sizeof(*a));
        if( a!=aStatic ) sqlite3_free(a);
        a = aNew;
        nAlloc = nNew;
      }
    }
    if( flags & NEWS_FOLD_DIACRITICS ){
      utf8proc_ssize_t k, m = nA;
      for(k=nA; k<nA+nRes; k++){
        if( !is_diacritic(a[k]) ) a[m++] = a[k];
      }
      nRes = m - nA;
    }
    nA += nRes;
  }
  /* Canonical ordering and composition (NFC), re-encoded in place. */
  nRes = utf8proc_reencode(a, nA, opt & ~UTF8PROC_CASEFOLD);
  if( nRes>=0 ) news_buf_append(pOut, (const char*)a, nRes);
  if( a!=aStatic ) sqlite3_free(a);
  return pOut->rc;
}

/*************************************************************************
** Capitalization context
*/

/* The token's only character, or 0 if it has several (runs count once). */
static uint32_t token_char(const char *z, const NewsToken *t){
  uint32_t cp;
  int len = news_utf8_decode((const unsigned char*)z, t->iEnd, t->iStart, &cp);
  int i;
  for(i=t->iStart+len; i<t->iEnd; ){     /* a run of the same mark: ... !! */
    uint32_t cp2;
    i += news_utf8_decode((const unsigned char*)z, t->iEnd, i, &cp2);
    if( cp2!=cp ) return 0;
  }
  return cp;
}

int news_is_sentence_end(const char *z, const NewsToken *pTok){
  uint32_t cp;
  if( pTok->eKind!=NEWS_TOKEN_PUNCT ) return 0;
  cp = token_char(z, pTok);
  return cp=='.' || cp=='!' || cp=='?' || cp==':' || cp==0x2026
      || cp==0x3002 || cp==0xFF01 || cp==0xFF1F || cp==0xFF1A;
}

/* Quotes that open a quotation; an ASCII " or ' counts when white space
** (or the start of the text) precedes it. */
static int is_quote_opening(const char *z, const NewsToken *t, uint32_t cp){
  if( cp==0x201C || cp==0x2018 || cp==0xAB || cp==0x201E || cp==0x300C ) return 1;
  if( cp=='"' || cp=='\'' ){
    return t->iStart==0 || news_char_class((unsigned char)z[t->iStart-1])==NEWS_CC_SPACE;
  }
  return 0;
}

/* A field separator or bullet starts a new item: Home | World. */
static int is_item_separator(uint32_t cp){
  return cp=='|' || cp==0x2022 || cp==0x25CF || cp==0x25AA || cp==0xB7;
}

void news_cap_track(NewsCapState *p, const char *z, NewsToken *pTok){
  int bForced = p->bForced || (pTok->flags & NEWS_TF_LINESTART);
  uint32_t cp;
  switch( pTok->eKind ){
    case NEWS_TOKEN_WORD: case NEWS_TOKEN_NUMBER: case NEWS_TOKEN_ABBREV:
      if( bForced ) pTok->flags |= NEWS_TF_FORCED;
      p->bForced = 0;
      return;
    case NEWS_TOKEN_PUNCT:
      if( news_is_sentence_end(z, pTok) ){ p->bForced = 1; return; }
      cp = token_char(z, pTok);
      /* "GENEVA — The talks": a dash, like a quote, opens a new clause */
      if( is_quote_opening(z, pTok, cp) || is_item_separator(cp)
       || cp=='-' || cp==0x2013 || cp==0x2014 ){
        p->bForced = 1;
        return;
      }
      /* brackets and closing quotes pass the state on */
      if( cp=='(' || cp=='[' || cp=='"' || cp=='\'' || cp==0x201D || cp==0x2019
       || cp==0xBB || cp=='*' ){
        p->bForced = bForced;
        return;
      }
      p->bForced = 0;
      return;
    default:
      cp = token_char(z, pTok);
      if( is_item_separator(cp) ){ p->bForced = 1; return; }
      p->bForced = bForced && (pTok->flags & NEWS_TF_LINESTART);
      return;
  }
}

int news_cap_is_forced(int flags, sqlite3_int64 nChar){
  return (flags & NEWS_TF_FORCED) && ((flags & NEWS_TF_LOWER) || nChar==1);
}

/* Byte offset of the line break that ends the line at z[i], or n. */
static int line_end(const unsigned char *z, int n, int i){
  for(; i<n; i++){
    unsigned char c = z[i];
    if( c>0x0D && c!=0xC2 && c!=0xE2 ) continue;     /* the common case */
    if( c=='\n' || c=='\r' || c==0x0B || c==0x0C ) return i;
    if( c==0xC2 && i+1<n && z[i+1]==0x85 ) return i;  /* NEL */
    if( c==0xE2 && i+2<n && z[i+1]==0x80 && (z[i+2]==0xA8 || z[i+2]==0xA9) ){
      return i;                                      /* LS, PS */
    }
  }
  return n;
}

int news_line_class(const char *z, int n, int iStart){
  NewsTokenizer tk;
  NewsToken t;
  int nWord = 0, nCapWord = 0, nUpper = 0, bLower = 0;
  /* Only the line is given to the tokenizer, whose look-ahead (for an
  ** e-mail address's '@') would otherwise read the rest of the text. */
  news_tokenizer_init(&tk, z+iStart, line_end((const unsigned char*)z, n, iStart)-iStart, 0);
  while( news_tokenizer_next(&tk, &t) ){
    if( t.flags & NEWS_TF_LOWER ) bLower = 1;
    if( (t.flags & (NEWS_TF_UPPER|NEWS_TF_LOWER))==NEWS_TF_UPPER ){
      nUpper += (int)(t.iCharEnd - t.iCharStart);
    }
    if( t.eKind!=NEWS_TOKEN_WORD && t.eKind!=NEWS_TOKEN_ABBREV ) continue;
    nWord++;
    if( t.flags & NEWS_TF_CAPITAL ){
      nCapWord++;
    }else if( (t.flags & NEWS_TF_LOWER) && t.iCharEnd-t.iCharStart>=4 ){
      uint32_t cp;
      news_utf8_decode((const unsigned char*)z+iStart, t.iEnd, t.iStart, &cp);
      if( news_is_lower(cp) ) return NEWS_LINE_TEXT;   /* ordinary text */
    }
  }
  if( !bLower ) return nUpper>=2 ? NEWS_LINE_CAPS : NEWS_LINE_TEXT;
  return (nCapWord>=3 && 3*nCapWord>=2*nWord) ? NEWS_LINE_TITLE : NEWS_LINE_TEXT;
}

/*
** If part z[iStart..iEnd) ends in a possessive ('s or ’s, or an apostrophe
** after s), return the byte length of that ending, else 0.
*/
int news_possessive_len(const char *z, int iStart, int iEnd){
  const unsigned char *zu = (const unsigned char*)z;
  int k = iEnd - 1, nS = 0, j;
  uint32_t cp;
  if( iEnd-iStart<3 ) return 0;
  if( zu[k]=='s' || zu[k]=='S' ){ nS = 1; k--; }
  /* the apostrophe: the character that ends at byte k */
  j = news_utf8_prev(zu, iEnd, iStart, k+1, &cp);
  if( j<=iStart ) return 0;
  if( !news_is_apostrophe(cp) ) return 0;
  if( nS ) return iEnd - j;                      /* Iraq's  Sudani’s */
  if( zu[j-1]=='s' || zu[j-1]=='S' ) return iEnd - j;   /* states' */
  return 0;
}
