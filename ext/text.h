/*
** text.h - the shared text core of sqlite-news: UTF-8 decoding, character
** classes, word segmentation and folding.  Every module that looks at
** words (tokens, stemming, FTS5, dates, entities, articles) goes through
** here, so all of them agree on what a word is and where it starts.
**
** Offsets.  Tokens carry byte offsets (for C code) and character offsets
** (for SQL).  A "character" is counted exactly as SQLite's own length()
** and substr() count them: a byte below 0x80 or a stray continuation byte
** is one character, a byte of 0xC0 or above together with the
** continuation bytes (0x80..0xBF) that follow it is one character.  For
** valid UTF-8 this is one code point per character; for invalid input it
** keeps substr(text, start+1, end-start) equal to the token.  Invalid
** sequences decode to U+FFFD.  Decoding never reads past the buffer.
**
** Unicode data (categories, case folding, normalization, combining
** classes) comes from utf8proc; nothing here hard-codes Unicode tables
** beyond ASCII and the ranges of the ideographic scripts.
*/
#ifndef NEWS_TEXT_H
#define NEWS_TEXT_H

#include "common.h"

#define NEWS_REPLACEMENT_CHAR 0xFFFD

/*
** Decode the character that starts at z[i] (i<n).  Stores the code point
** (U+FFFD when invalid) in *pCp and returns its length in bytes (>=1).
*/
static inline int news_utf8_decode(const unsigned char *z, int n, int i,
                                   uint32_t *pCp){
  unsigned c = z[i];
  int j, len, need;
  uint32_t cp;
  if( c<0x80 ){ *pCp = c; return 1; }
  if( c<0xC0 ){ *pCp = NEWS_REPLACEMENT_CHAR; return 1; }
  for(j=i+1; j<n && (z[j]&0xC0)==0x80; j++){}
  len = j-i;
  if( c<0xE0 ){ need = 2; cp = c & 0x1F; }
  else if( c<0xF0 ){ need = 3; cp = c & 0x0F; }
  else if( c<0xF8 ){ need = 4; cp = c & 0x07; }
  else { need = 0; cp = 0; }
  if( len!=need ){ *pCp = NEWS_REPLACEMENT_CHAR; return len; }
  for(j=i+1; j<i+len; j++) cp = (cp<<6) | (z[j] & 0x3F);
  if( (need==2 && cp<0x80) || (need==3 && cp<0x800) || (need==4 && cp<0x10000)
   || cp>0x10FFFF || (cp>=0xD800 && cp<=0xDFFF) ){
    cp = NEWS_REPLACEMENT_CHAR;
  }
  *pCp = cp;
  return len;
}

/*
** Decode the character that ends just before byte i (i>iMin) of z[0..n):
** step back over continuation bytes, never before iMin.  Returns the byte
** offset where it starts and stores it in *pCp.
*/
static inline int news_utf8_prev(const unsigned char *z, int n, int iMin,
                                 int i, uint32_t *pCp){
  int k = i - 1;
  while( k>iMin && (z[k]&0xC0)==0x80 ) k--;
  news_utf8_decode(z, n, k, pCp);
  return k;
}

/* The largest character boundary <= i in z[0..n): where to cut a prefix
** of about i bytes without splitting a character. */
static inline int news_utf8_floor(const char *z, int n, int i){
  if( i>=n ) return n;
  while( i>0 && ((unsigned char)z[i]&0xC0)==0x80 ) i--;
  return i;
}

/* Encode cp (assumed valid) into out[0..3]; returns the byte count. */
int news_utf8_encode(uint32_t cp, unsigned char *out);

/* Number of characters (as SQLite counts them) in z[0..n). */
sqlite3_int64 news_utf8_count(const char *z, sqlite3_int64 n);

/* Byte offset of character iChar of z[0..n), or n if the text is shorter. */
sqlite3_int64 news_utf8_byte_offset(const char *z, sqlite3_int64 n,
                                    sqlite3_int64 iChar);

/* Character classes used by segmentation. */
typedef enum NewsCharClass {
  NEWS_CC_SPACE = 0,     /* white space, line breaks, control characters */
  NEWS_CC_LETTER,        /* L* */
  NEWS_CC_DIGIT,         /* Nd */
  NEWS_CC_NUMERIC,       /* Nl, No: Roman numerals, superscripts, fractions */
  NEWS_CC_MARK,          /* M*: combining marks, attach to what precedes */
  NEWS_CC_JOINER,        /* Cf: ZWJ, ZWNJ, soft hyphen; kept inside words */
  NEWS_CC_PUNCT,         /* P* */
  NEWS_CC_SYMBOL         /* S*, private use, unassigned, U+FFFD */
} NewsCharClass;

NewsCharClass news_char_class(uint32_t cp);
/* True for Han, Hiragana and Katakana: scripts written without spaces,
** segmented one character per word. */
int news_is_ideograph(uint32_t cp);
int news_is_upper(uint32_t cp);
int news_is_lower(uint32_t cp);
/* Apostrophes that may sit inside a word: ' U+2019 U+02BC U+2018 U+FF07 */
int news_is_apostrophe(uint32_t cp);
/* Hyphens that join compounds: - U+2010 U+2011, Hebrew maqaf U+05BE */
int news_is_hyphen(uint32_t cp);

/* Token kinds. */
typedef enum NewsTokenKind {
  NEWS_TOKEN_WORD = 1,   /* letters, possibly with digits, ' and - inside */
  NEWS_TOKEN_NUMBER,     /* digits with , . : separators: 2,500  3.5  9:30 */
  NEWS_TOKEN_ABBREV,     /* dotted abbreviation: U.S.  e.g.  Ph.D. */
  NEWS_TOKEN_URL,        /* http://...  https://...  www.example.org/... */
  NEWS_TOKEN_EMAIL,      /* name@example.org */
  NEWS_TOKEN_PUNCT,      /* a punctuation mark, or a run of the same one */
  NEWS_TOKEN_SYMBOL      /* $ % + emoji, U+FFFD for invalid bytes, ... */
} NewsTokenKind;

/* "word", "number", "abbrev", "url", "email", "punct" or "symbol". */
const char *news_token_kind_name(int eKind);

/* NewsToken.flags: what the token's letters look like. */
#define NEWS_TF_ASCII      0x01   /* all bytes are ASCII */
#define NEWS_TF_UPPER      0x02   /* has an upper-case letter */
#define NEWS_TF_LOWER      0x04   /* has a lower-case letter */
#define NEWS_TF_CAPITAL    0x08   /* first character is an upper-case letter */
#define NEWS_TF_DIGIT      0x10   /* has a digit */
#define NEWS_TF_HYPHEN     0x20   /* contains a joining hyphen */
#define NEWS_TF_APOSTROPHE 0x40   /* contains an apostrophe */
#define NEWS_TF_LINESTART  0x80   /* first token on its line */

typedef struct NewsToken NewsToken;
struct NewsToken {
  int eKind;                  /* NEWS_TOKEN_* */
  int flags;                  /* NEWS_TF_* */
  int iStart, iEnd;           /* byte offsets, end exclusive */
  sqlite3_int64 iCharStart;   /* character offsets, end exclusive */
  sqlite3_int64 iCharEnd;
};

/* news_tokenizer_init() flags */
#define NEWS_TOKENIZE_SPLIT_HYPHENS 0x01  /* "Iran-backed" -> Iran, -, backed */

/*
** Segmentation.  Typical use:
**
**   NewsTokenizer tk; NewsToken t;
**   news_tokenizer_init(&tk, z, n, 0);
**   while( news_tokenizer_next(&tk, &t) ){ ... z+t.iStart, t.iEnd-t.iStart ... }
**
** Rules (README "Tokens" has the user-facing version): a word is a run of
** letters, digits and combining marks, continued across an apostrophe
** followed by a letter (Iraq's), a trailing apostrophe unless the word
** was opened by a quote (Shia' but not 'quoted'), a hyphen followed by a
** letter or digit (al-Sudani, U.S.-led, 2014-15), and dots in dotted
** abbreviations of one- or two-letter parts (U.S., e.g., Ph.D.).  Digits
** continue across , . and : when a digit follows (2,500 3.5 9:30).  Han
** and Kana characters are one word each.  White space separates tokens
** and is not reported.  Text is never split inside a character or before
** a combining mark.  Linear time; no allocation.
*/
typedef struct NewsTokenizer NewsTokenizer;
struct NewsTokenizer {
  const unsigned char *z;     /* Text being segmented */
  int n;                      /* Its length in bytes */
  int i;                      /* Byte offset of the next unread character */
  sqlite3_int64 iChar;        /* Character offset of z[i] */
  int flags;                  /* NEWS_TOKENIZE_* */
  int bLineStart;             /* No token yet on the current line */
  int iNoEmail;               /* No e-mail address starts before this */
};

void news_tokenizer_init(NewsTokenizer *p, const char *z, int n, int flags);
int news_tokenizer_next(NewsTokenizer *p, NewsToken *pTok);

/*
** Resume at byte iByte, character iChar, between two tokens (a scanner
** that skips text it knows holds nothing of use; the line-start flag
** of the next token is not kept).
*/
void news_tokenizer_seek(NewsTokenizer *p, int iByte, sqlite3_int64 iChar);

/*
** Tokens with hyphenated ones split.  The tokens of the text, URLs and
** e-mail addresses whole, except that a token of one of the kinds in
** mSplit (bits 1<<NEWS_TOKEN_*) with a joining hyphen comes as its parts,
** as NEWS_TOKENIZE_SPLIT_HYPHENS makes them ("Iran-backed": Iran, -,
** backed; "2014-15": 2014, -, 15).  Offsets are in the text; a part's
** flags are its own, but its NEWS_TF_LINESTART is the token's on the
** first part and clear on the others.  news_parts_next() returns 0 at
** the end, NEWS_PART_FIRST for a token of the text or its first part and
** NEWS_PART_NEXT for a later part; p->whole is the token of the text the
** last one came from.
*/
typedef struct NewsPartTokenizer NewsPartTokenizer;
struct NewsPartTokenizer {
  NewsTokenizer outer;        /* the text */
  NewsTokenizer inner;        /* the token being split, when bInner */
  NewsToken whole;            /* the token of the text last read */
  unsigned mSplit;            /* kinds split: bits 1<<NEWS_TOKEN_* */
  int bInner;
};
#define NEWS_PART_FIRST 1
#define NEWS_PART_NEXT  2
void news_parts_init(NewsPartTokenizer *p, const char *z, int n, unsigned mSplit);
int news_parts_next(NewsPartTokenizer *p, NewsToken *pTok);

/* news_fold() flags */
#define NEWS_FOLD_CASE        0x01  /* Unicode full case folding */
#define NEWS_FOLD_DIACRITICS  0x02  /* remove diacritics (see text.c) */
#define NEWS_FOLD_PUNCT       0x04  /* typographic apostrophes and hyphens
                                    ** become ' and - */
#define NEWS_FOLD_LOWER       0x08  /* simple lower-casing, one code point
                                    ** for one (ß, ς stay; Σ becomes ς at
                                    ** the end of a word): what Snowball
                                    ** stemmers expect.  Ignored with
                                    ** NEWS_FOLD_CASE. */
#define NEWS_FOLD_TURKIC      0x10  /* with NEWS_FOLD_LOWER: I -> ı and
                                    ** İ -> i, as in Turkish and Azeri */

/*
** Append to pOut the NFC form of z[0..n), transformed as flags say.
** Invalid bytes become U+FFFD.  Returns pOut->rc.
*/
int news_fold(NewsBuf *pOut, const char *z, int n, int flags);

/*
** Capitalization context.  In cased scripts a capital letter is evidence
** of a name only where position does not force it: the first word of a
** sentence or of a line, the first word of a quotation, and every word of
** a headline set in capitals or in title case say nothing.  Name finders
** (entity_mentions, entity_candidates) use these to weigh capitals.
**
**   NewsCapState cs = {0};
**   while( news_tokenizer_next(&tk, &t) ){
**     news_cap_track(&cs, z, &t);      (t.flags gains NEWS_TF_FORCED)
**     ...
**   }
*/
#define NEWS_TF_FORCED     0x100  /* a capital here is forced by position */

typedef struct NewsCapState NewsCapState;
struct NewsCapState {
  int bForced;                /* the next word starts a sentence or quote */
};

/* Call for every token, in order; sets NEWS_TF_FORCED on a word, number
** or abbreviation that starts a line, a sentence (after . ! ? : or an
** ellipsis, through quotes and brackets), a quotation, a clause after a
** dash standing alone ("GENEVA — The"), or an item after | or a bullet. */
void news_cap_track(NewsCapState *p, const char *z, NewsToken *pTok);

/*
** True if position alone explains the capital of a token with these flags
** and nChar characters: NEWS_TF_FORCED and capitalized like any word there
** ("May", "I").  A word in capitals ("US") opening a sentence is not
** explained: only its first capital is forced.
*/
int news_cap_is_forced(int flags, sqlite3_int64 nChar);

/* True for a token that ends a sentence: . ! ? : … and their CJK forms. */
int news_is_sentence_end(const char *z, const NewsToken *pTok);

/* Line classes */
#define NEWS_LINE_TEXT    0   /* ordinary text */
#define NEWS_LINE_TITLE   1   /* title case: 3+ capitalized words, at least
                              ** two thirds of its words, and no lower-case
                              ** word of 4+ letters */
#define NEWS_LINE_CAPS    2   /* no lower-case letter and 2+ capitals */

/*
** Class of the line of z[0..n) that starts at byte iStart (the start of
** its first token will do).  Finds the line's end, reads its tokens, and
** stops at the first lower-case word of 4+ letters (ordinary text).
** "Capitals" counts the characters of the words without lower case.
*/
int news_line_class(const char *z, int n, int iStart);

/*
** If the word z[iStart..iEnd) ends in a possessive ('s or ’s, or an
** apostrophe after s: "states'"), the byte length of that ending, else 0.
*/
int news_possessive_len(const char *z, int iStart, int iEnd);

#endif /* NEWS_TEXT_H */
