/*
** date_lexicon.h - the words that dates() knows, per language, as data.
**
** The date grammar in dates.c is written once, over word categories
** ("a month name", "a shift word such as last/next", "a unit such as
** week"), never over the words themselves.  This file maps words of each
** language to those categories:
**
**     {"november", NEWS_DW_MONTH,   EN,    CAP, 11}
**     {"novembre", NEWS_DW_MONTH,   FR,      0, 11}
**     {"vor",      NEWS_DW_AGO,     DE, PREFIX, -1}   vor zwei Wochen
**     {"il y a",   NEWS_DW_AGO,     FR, PREFIX, -1}   il y a deux semaines
**
** so a new language is a block of rows in date_lexicon.c (its month and
** weekday names, ordinals, numbers, relative words, cue words for
** detecting it) and a bit in NEWS_LANG_*, not new code.
**
** Words are written in lower case with their diacritics; lookups fold case
** and diacritics and unify typographic apostrophes and hyphens through the
** text core (news_fold), so "März", "MARZ" and "marz" are the same key.
** An entry may be a phrase of several tokens ("day before yesterday",
** "il y a", "year-ago"); phrases are matched token by token.
*/
#ifndef NEWS_DATE_LEXICON_H
#define NEWS_DATE_LEXICON_H

#include "common.h"

/* Languages (bit mask). */
#define NEWS_LANG_EN   0x01
#define NEWS_LANG_DE   0x02
#define NEWS_LANG_FR   0x04
#define NEWS_LANG_ES   0x08
#define NEWS_LANG_ALL  0x0F
#define NEWS_LANG_COUNT 4

/* Word categories (NewsDateWord.eKind) and the meaning of iVal/iVal2. */
enum {
  NEWS_DW_MONTH = 1,    /* iVal month 1..12 */
  NEWS_DW_WEEKDAY,      /* iVal 1 (Monday) .. 7 (Sunday) */
  NEWS_DW_ORDINAL,      /* iVal 1..31: first, 3rd's word form, troisième */
  NEWS_DW_ORDSUFFIX,    /* suffix of a digit ordinal: st nd rd th, er e ème */
  NEWS_DW_NUMBER,       /* iVal 0..99; -1 for a vague quantity (several) */
  NEWS_DW_MULT,         /* iVal 100 or 1000: hundred, thousand */
  NEWS_DW_UNIT,         /* iVal NEWS_DU_* */
  NEWS_DW_SEASON,       /* iVal 1 spring, 2 summer, 3 fall, 4 winter */
  NEWS_DW_POD,          /* part of day: iVal NEWS_POD_* */
  NEWS_DW_DEICTIC,      /* iVal day offset (yesterday -1), iVal2 NEWS_POD_* */
  NEWS_DW_CLOCK,        /* iVal hour: noon 12, midnight 24 */
  NEWS_DW_AMPM,         /* iVal 0 (a.m.) or 12 (p.m.) */
  NEWS_DW_OCLOCK,       /* o'clock, Uhr, h, heures */
  NEWS_DW_TZ,           /* time zone abbreviations: EST, GMT, UTC */
  NEWS_DW_SHIFT,        /* iVal -1 last, 0 this, +1 next */
  NEWS_DW_AGO,          /* iVal -1 ago/earlier/vor, +1 later/from now/dans */
  NEWS_DW_MOD,          /* iVal NEWS_MOD_*: early, mid, late, end */
  NEWS_DW_RELMOD,       /* earlier/later in "earlier this month" */
  NEWS_DW_ARTICLE,      /* the, der, la, el */
  NEWS_DW_OF,           /* of, de, des, del */
  NEWS_DW_PREP,         /* in, on, since, im, depuis, desde: context words;
                        ** iVal +1 leans to the future (until), -1 to
                        ** the past (since) for a weekday that follows */
  NEWS_DW_REF,          /* iVal NEWS_REF_*: now, recently, soon; iVal 0:
                        ** a phrase that holds such a word without being
                        ** a reference (as soon as), read and dropped */
  NEWS_DW_REFADJ,       /* iVal NEWS_REF_*: recent, coming (+ plural unit) */
  NEWS_DW_FISCAL,       /* fiscal */
  NEWS_DW_HOLIDAY,      /* iVal month, iVal2 day; see NEWS_DWF_EASTER/NTH */
  NEWS_DW_DECADEWORD,   /* iVal 0..9: the nineties -> 199 */
  NEWS_DW_DECADESUFFIX, /* s 's er: 1990s 1990er */
  NEWS_DW_DECADEINTRO,  /* années, años: les années 90 */
  NEWS_DW_YEARWORD,     /* "year" before a year: the year 2000 */
  NEWS_DW_CLITIC,       /* 's (suffix), l' d' (prefix): stripped for lookup */
  NEWS_DW_CUE,          /* frequent function word: detects the language */
  NEWS_DW_ERA,          /* AD, BC (iVal -1 for BC) */
  NEWS_DW_NOTYEAR,      /* after a number: it counts things, not a year */
  NEWS_DW_FOCUS,        /* the latest/same quarter: the one in focus */
  NEWS_DW_APPROX,       /* about, nearly, around: TIMEX3 mod APPROX; with
                        ** SUFFIX after the count: "or so" (iVal 0),
                        ** "or two" (iVal -1: the count is vague) */
  NEWS_DW_TENSE,        /* iVal +1: a verb form of the future (will);
                        ** -1 a verb of report in the past (said); -2 a
                        ** word that puts a plan in the past (previously);
                        ** -3 the auxiliary of the past perfect (had),
                        ** which does that too */
  NEWS_DW_AND,          /* and, or, to: "April 24 and 25" */
  NEWS_DW_GENERIC,      /* after "today's": the present in general, not
                        ** the day (today's world, by today's standards) */
  NEWS_DW_COUNT
};

/* Units (iVal of NEWS_DW_UNIT). */
enum {
  NEWS_DU_MINUTE = 1, NEWS_DU_HOUR, NEWS_DU_DAY, NEWS_DU_WEEK,
  NEWS_DU_WEEKEND, NEWS_DU_FORTNIGHT, NEWS_DU_MONTH, NEWS_DU_QUARTER,
  NEWS_DU_HALF, NEWS_DU_YEAR, NEWS_DU_DECADE, NEWS_DU_CENTURY,
  NEWS_DU_PERIOD            /* "the latest period": the focus quarter */
};

/* Parts of the day, as TIMEX3 writes them (T MO, AF, EV, NI). */
enum { NEWS_POD_MO = 1, NEWS_POD_AF, NEWS_POD_EV, NEWS_POD_NI, NEWS_POD_MI };

/* Modifiers: early (START), mid (MID), late (END); about (APPROX). */
enum { NEWS_MOD_START = 1, NEWS_MOD_MID, NEWS_MOD_END, NEWS_MOD_APPROX };

/* PAST_REF, PRESENT_REF, FUTURE_REF. */
enum { NEWS_REF_PAST = 1, NEWS_REF_PRESENT, NEWS_REF_FUTURE };

/* NewsDateWord.flags */
#define NEWS_DWF_CAP      0x0001  /* counts only when capitalized (May) */
#define NEWS_DWF_LOWER    0x0002  /* counts only in lower case (morgen) */
#define NEWS_DWF_UPPER    0x0004  /* counts only in capitals (ET, EST) */
#define NEWS_DWF_ABBR     0x0008  /* abbreviation: only next to a number */
#define NEWS_DWF_WEAK     0x0010  /* also a common word: alone only after
                                  ** a context word (in May, cet été) */
#define NEWS_DWF_PREFIX   0x0020  /* ago-word before the quantity (vor);
                                  ** clitic before the word (l') */
#define NEWS_DWF_SUFFIX   0x0040  /* clitic after the word ('s) */
#define NEWS_DWF_AFTER    0x0080  /* shift word follows its noun
                                  ** (la semaine dernière) */
#define NEWS_DWF_BEFORE   0x0100  /* ... and may also precede it */
#define NEWS_DWF_OF       0x0200  /* modifier needs "of": the end of */
#define NEWS_DWF_ARTICLE  0x0400  /* needs an article before: the past */
#define NEWS_DWF_PLURAL   0x0800  /* plural unit: years, Wochen */
#define NEWS_DWF_EASTER   0x1000  /* holiday iVal2 days after Easter */
#define NEWS_DWF_NTH      0x2000  /* holiday: iVal2 = d*100 + n*10 + weekday:
                                  ** the n-th such weekday (5: the last) of
                                  ** month iVal from its day d (0: the 1st) */
#define NEWS_DWF_HYPHEN   0x4000  /* modifier joined by a hyphen: mid-, mi- */
#define NEWS_DWF_ANAPHOR  0x8000  /* shift from the date last mentioned, not
                                  ** the reference: the following year */
#define NEWS_DWF_OBJECT   0x20000 /* ago-word that may take an object: "two
                                  ** days before Christmas" counts from
                                  ** Christmas, "the day after the vote" from
                                  ** an event (no date) */
#define NEWS_DWF_CLASH    0x10000 /* a common word of another language (French
                                  ** "hier" is German "here"): alone only in a
                                  ** text of this language alone */

typedef struct NewsDateWord NewsDateWord;
struct NewsDateWord {
  const char *zWord;        /* lower case, diacritics kept; may be a phrase */
  unsigned char eKind;      /* NEWS_DW_* */
  unsigned char mLang;      /* NEWS_LANG_* bits */
  unsigned int flags;       /* NEWS_DWF_* */
  short iVal, iVal2;        /* meaning, per kind */
};

/* The longest lookup key, in bytes of folded text. */
#define NEWS_DATE_KEY_MAX 40
/* The most tokens in a phrase entry. */
#define NEWS_DATE_PHRASE_MAX 6

/*
** Lookup.  news_date_lexicon_find() returns the first entry whose first
** token folds to zKey[0..nKey) (zKey must already be folded, as
** news_date_key() makes it), and news_date_lexicon_next() the following
** ones, or NULL.  Entries of a phrase also carry their remaining tokens:
** news_date_word_ntoken() and news_date_word_token().
*/
const NewsDateWord *news_date_lexicon_find(const char *zKey, int nKey);
const NewsDateWord *news_date_lexicon_next(const NewsDateWord *p);
int news_date_word_ntoken(const NewsDateWord *p);
const char *news_date_word_token(const NewsDateWord *p, int i, int *pn);

/*
** The kinds of the entries found by news_date_lexicon_find() (p is the
** entry it returned) in the languages mLang, as bits 1<<eKind, plus bit
** 1<<NEWS_DW_COUNT if one of them is a phrase.  Precomputed: O(1).
*/
#define NEWS_DW_PHRASE NEWS_DW_COUNT
sqlite3_uint64 news_date_lexicon_kinds(const NewsDateWord *p, int mLang);

/*
** Lookup after removing a clitic: "l'année" -> "année", "year's" -> "year".
** Returns the first entry for the rest of the key, or NULL; *pnSuffix
** receives the length of a removed suffix clitic (0 for a prefix).
*/
const NewsDateWord *news_date_lexicon_find_stripped(const char *zKey, int nKey,
                                                    int *pnSuffix);

/*
** Fold z[0..n) into the lookup key form (case, diacritics, typographic
** apostrophes and hyphens) in zOut[NEWS_DATE_KEY_MAX+1].  Returns its
** length, or 0 if the folded text is longer than NEWS_DATE_KEY_MAX.
*/
int news_date_key(const char *z, int n, char *zOut);

/* The same, folding non-ASCII text in *pScratch (news_buf_init()ed by the
** caller, reused from call to call, freed by the caller) rather than in a
** buffer allocated and freed on each call. */
int news_date_key_buf(const char *z, int n, char *zOut, NewsBuf *pScratch);

/*
** Word sets, for scanners that read words from the bytes without making
** tokens or looking every word up (dates.c skips the text that holds no
** date, and detects the language):
**
**   NEWS_DATE_SET_HEAD   head words.  Every date expression contains a digit
**                        or a head word: a month or weekday name, a unit
**                        (week, year), a season, a part of the day, a
**                        deictic (yesterday), a clock word (noon), a
**                        reference (now, recent), a holiday, a decade word,
**                        a year word, or a number word that can start a year
**                        in words (nineteen, thousand).  Articles,
**                        prepositions, shift words (last, next), modifiers
**                        (early), small numbers and abbreviated weekday names
**                        (Fri. needs a month or a number) never make a date
**                        on their own.  A phrase entry is represented by one
**                        of its tokens (a head word by itself, else its
**                        longest).  Capitalized only where every entry of
**                        the word asks for a capital (May, March).
**   NEWS_DATE_SET_CUE    the frequent function words of each language
**                        (NEWS_DW_CUE), which tell the language of a text.
**   NEWS_DATE_SET_INNER  the later tokens of phrase entries ("y" and "a" of
**                        "il y a", "before" of "day before yesterday"): not
**                        lexicon keys of their own, but they can stand before
**                        a head word.
**
** news_date_set_langs() returns the languages (NEWS_LANG_* bits) in which the
** folded key zKey[0..nKey) is in set eSet, 0 if none; bCapital tells whether
** the word as written starts with a capital.  news_date_set_ascii() is the
** same for a word of ASCII letters as written (any case).  Both O(1), no
** allocation.  Most words are in no set, and a scanner can tell most of them
** by their first two letters and their length alone, inline:
**
**   const unsigned short *a = news_date_set_prefixes(NEWS_DATE_SET_HEAD,
**                                                    mLang, bCapital);
**   if( a[NEWS_DATE_PREFIX(z, n)] & NEWS_DATE_PREFIX_LEN(n) ) ...maybe...
**
** (z: the word as written, n>0 bytes; a bit set means "perhaps" in one of
** the languages mLang, as written with or without a capital, clear means
** "surely not").
*/
#define NEWS_DATE_SET_HEAD  0
#define NEWS_DATE_SET_CUE   1
#define NEWS_DATE_SET_INNER 2
int news_date_set_langs(int eSet, const char *zKey, int nKey, int bCapital);
int news_date_set_ascii(int eSet, const char *zWord, int nWord, int bCapital);
const unsigned short *news_date_set_prefixes(int eSet, int mLang, int bCapital);
#define NEWS_DATE_PREFIX(z, n) \
  (((((unsigned char)(z)[0]) | 0x20) & 31) << 5 | ((((unsigned char)(z)[(n)>1]) | 0x20) & 31))
#define NEWS_DATE_PREFIX_LEN(n) (1u << ((n)<15 ? (n) : 15))

/* Language code ("en", "de", "fr", "es") <-> bit. */
int news_date_lang_bit(const char *z, int n);
const char *news_date_lang_name(int bit);

/* Every entry, for tests: *pn receives the count. */
const NewsDateWord *news_date_lexicon_all(int *pn);

#endif /* NEWS_DATE_LEXICON_H */
