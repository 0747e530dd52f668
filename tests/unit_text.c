/*
** unit_text.c - cmocka tests of the shared text core (ext/text.c):
** UTF-8 decoding, character counting, segmentation and folding.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "text.h"
#include "support.h"

/* "token/kind token/kind ..." for z, with the given tokenizer flags. */
static char *segment(const char *z, int flags){
  NewsTokenizer tk;
  NewsToken t;
  NewsBuf out;
  news_buf_init(&out);
  news_tokenizer_init(&tk, z, (int)strlen(z), flags);
  while( news_tokenizer_next(&tk, &t) ){
    if( out.n ) news_buf_appendc(&out, ' ');
    news_buf_append(&out, z+t.iStart, t.iEnd-t.iStart);
    news_buf_appendf(&out, "/%s", news_token_kind_name(t.eKind));
  }
  return out.z ? out.z : sqlite3_mprintf("");
}

#define assert_segments(z, expected) do{          \
    char *zGot_ = segment((z), 0);                 \
    assert_string_equal(zGot_, (expected));        \
    sqlite3_free(zGot_);                           \
  }while(0)

static char *fold(const char *z, int flags){
  NewsBuf out;
  news_buf_init(&out);
  news_fold(&out, z, (int)strlen(z), flags);
  return out.z ? out.z : sqlite3_mprintf("");
}

#define assert_fold(z, flags, expected) do{        \
    char *zGot_ = fold((z), (flags));              \
    assert_string_equal(zGot_, (expected));        \
    sqlite3_free(zGot_);                           \
  }while(0)

/* Decode from a heap buffer of exactly n bytes, so that AddressSanitizer
** catches any read past the end. */
static uint32_t decode_exact(const char *z, int n, int *pLen){
  unsigned char *p = malloc(n);
  uint32_t cp;
  memcpy(p, z, n);
  *pLen = news_utf8_decode(p, n, 0, &cp);
  free(p);
  return cp;
}

static void test_decode_valid(void **state){
  int len;
  (void)state;
  assert_int_equal(decode_exact("A", 1, &len), 'A');        assert_int_equal(len, 1);
  assert_int_equal(decode_exact("\xC3\xA9", 2, &len), 0xE9); assert_int_equal(len, 2);
  assert_int_equal(decode_exact("\xE2\x80\x99", 3, &len), 0x2019); assert_int_equal(len, 3);
  assert_int_equal(decode_exact("\xF0\x9F\x98\x80", 4, &len), 0x1F600); assert_int_equal(len, 4);
}

static void test_decode_invalid(void **state){
  int len;
  (void)state;
  /* stray continuation byte: one character, U+FFFD */
  assert_int_equal(decode_exact("\x80", 1, &len), 0xFFFD); assert_int_equal(len, 1);
  /* truncated at the end of the buffer */
  assert_int_equal(decode_exact("\xE2\x80", 2, &len), 0xFFFD); assert_int_equal(len, 2);
  assert_int_equal(decode_exact("\xF0", 1, &len), 0xFFFD); assert_int_equal(len, 1);
  /* overlong encodings of '/' and NUL */
  assert_int_equal(decode_exact("\xC0\xAF", 2, &len), 0xFFFD); assert_int_equal(len, 2);
  assert_int_equal(decode_exact("\xE0\x80\x80", 3, &len), 0xFFFD);
  /* UTF-16 surrogate and beyond U+10FFFF */
  assert_int_equal(decode_exact("\xED\xA0\x80", 3, &len), 0xFFFD);
  assert_int_equal(decode_exact("\xF4\x90\x80\x80", 4, &len), 0xFFFD);
  /* too many continuation bytes: SQLite counts them as one character */
  assert_int_equal(decode_exact("\xC3\xA9\xA9", 3, &len), 0xFFFD); assert_int_equal(len, 3);
  /* 0xFF is never valid */
  assert_int_equal(decode_exact("\xFF", 1, &len), 0xFFFD); assert_int_equal(len, 1);
}

static void test_count_matches_sqlite(void **state){
  static const char *az[] = {
    "plain", "caf\xC3\xA9", "\xE2\x80\x9Cquoted\xE2\x80\x9D", "a\x80" "b",
    "\xC3\xA9\xA9\xA9x", "\xFF\xFE", "\xF0\x9F\x98\x80!", "",
  };
  sqlite3 *db = support_open();
  size_t i;
  (void)state;
  for(i=0; i<sizeof(az)/sizeof(az[0]); i++){
    sqlite3_stmt *p;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT length(CAST(? AS TEXT))", -1, &p, 0), SQLITE_OK);
    sqlite3_bind_blob(p, 1, az[i], (int)strlen(az[i]), SQLITE_STATIC);
    assert_int_equal(sqlite3_step(p), SQLITE_ROW);
    assert_int_equal(news_utf8_count(az[i], (int)strlen(az[i])), sqlite3_column_int(p, 0));
    sqlite3_finalize(p);
  }
  assert_int_equal(news_utf8_byte_offset("caf\xC3\xA9s", 6, 4), 5);
  assert_int_equal(news_utf8_byte_offset("ab", 2, 10), 2);
  sqlite3_close(db);
}

static void test_segment_news_sentence(void **state){
  (void)state;
  assert_segments("Iraq\xE2\x80\x99s PM said the U.S.-led coalition ... 2,500 troops",
    "Iraq\xE2\x80\x99s/word PM/word said/word the/word U.S.-led/word "
    "coalition/word .../punct 2,500/number troops/word");
}

static void test_segment_apostrophes(void **state){
  (void)state;
  assert_segments("Mohammed Shia\xE2\x80\x99 al-Sudani\xE2\x80\x99s",
    "Mohammed/word Shia\xE2\x80\x99/word al-Sudani\xE2\x80\x99s/word");
  assert_segments("the states' troops don't", "the/word states'/word troops/word don't/word");
  /* a word opened by a quote does not take the closing quote */
  assert_segments("\xE2\x80\x98peace\xE2\x80\x99 'war'",
    "\xE2\x80\x98/punct peace/word \xE2\x80\x99/punct '/punct war/word '/punct");
  assert_segments("the 1990's", "the/word 1990's/word");
}

static void test_segment_abbreviations(void **state){
  (void)state;
  assert_segments("U.S. and U.N. officials, e.g. Ph.D. holders",
    "U.S./abbrev and/word U.N./abbrev officials/word ,/punct e.g./abbrev "
    "Ph.D./abbrev holders/word");
  assert_segments("at 3 p.m. in Washington, D.C.",
    "at/word 3/number p.m./abbrev in/word Washington/word ,/punct D.C./abbrev");
  /* a single initial is not an abbreviation; nor is a sentence end */
  assert_segments("J. Smith left.Then", "J/word ./punct Smith/word left/word ./punct Then/word");
  assert_segments("a.m", "a/word ./punct m/word");
}

static void test_segment_numbers(void **state){
  (void)state;
  assert_segments("2,500 troops, 3.5% and 1,000,000.75 at 9:30",
    "2,500/number troops/word ,/punct 3.5/number %/punct and/word "
    "1,000,000.75/number at/word 9:30/number");
  assert_segments("the 2014-15 season, COVID-19, 1990s, 2nd",
    "the/word 2014-15/number season/word ,/punct COVID-19/word ,/punct "
    "1990s/word ,/punct 2nd/word");
  assert_segments("11/05/2025 2025-11-05", "11/number //punct 05/number //punct 2025/number 2025-11-05/number");
  assert_segments("ended 2014. Then", "ended/word 2014/number ./punct Then/word");
  assert_segments("$2014", "$/symbol 2014/number");
}

static void test_segment_hyphens(void **state){
  NewsTokenizer tk;
  NewsToken t;
  const char *z = "Iran-backed militias";
  int n = 0;
  (void)state;
  assert_segments("Iran-backed -- well - no", "Iran-backed/word --/punct well/word -/punct no/word");
  news_tokenizer_init(&tk, z, (int)strlen(z), NEWS_TOKENIZE_SPLIT_HYPHENS);
  while( news_tokenizer_next(&tk, &t) ) n++;
  assert_int_equal(n, 4);               /* Iran - backed militias */
  /* the Hebrew maqaf joins compounds too (Yiddish, Hebrew) */
  assert_segments("\xD7\x90\xD7\x93\xD7\x9C\xD6\xBE\xD7\x9C\xD7\x99\xD7\x98 \xD6\xBE",
                  "\xD7\x90\xD7\x93\xD7\x9C\xD6\xBE\xD7\x9C\xD7\x99\xD7\x98/word \xD6\xBE/punct");
}

static void test_segment_scripts(void **state){
  (void)state;
  /* Cyrillic, Greek, Arabic, Devanagari (vowel signs are marks) */
  assert_segments("Москва и Αθήνα", "Москва/word и/word Αθήνα/word");
  assert_segments("\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF \xD8\x8C", "\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF/word \xD8\x8C/punct");
  assert_segments("\xE0\xA4\xA6\xE0\xA4\xBF\xE0\xA4\xB2\xE0\xA5\x8D\xE0\xA4\xB2\xE0\xA5\x80",
                  "\xE0\xA4\xA6\xE0\xA4\xBF\xE0\xA4\xB2\xE0\xA5\x8D\xE0\xA4\xB2\xE0\xA5\x80/word");
  /* Han: one word per character */
  assert_segments("\xE5\x8C\x97\xE4\xBA\xAC" "abc", "\xE5\x8C\x97/word \xE4\xBA\xAC/word abc/word");
  /* decomposed accent stays with its letter */
  assert_segments("cafe\xCC\x81!", "cafe\xCC\x81/word !/punct");
  /* Persian zero-width non-joiner inside a word */
  assert_segments("\xD9\x85\xDB\x8C\xE2\x80\x8C\xD8\xB1\xD9\x88\xD9\x85", "\xD9\x85\xDB\x8C\xE2\x80\x8C\xD8\xB1\xD9\x88\xD9\x85/word");
}

static void test_segment_symbols(void **state){
  (void)state;
  /* family emoji (ZWJ sequence) and a flag are one symbol each */
  assert_segments("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 \xF0\x9F\x87\xAE\xF0\x9F\x87\xB6",
                  "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7/symbol \xF0\x9F\x87\xAE\xF0\x9F\x87\xB6/symbol");
  /* invalid bytes are symbols of their own */
  assert_segments("ab\xFF" "cd", "ab/word \xFF/symbol cd/word");
}

static void test_segment_url_email(void **state){
  (void)state;
  assert_segments("See https://example.org/a_b?x=1. Or www.example.com, mail news@example.org.",
    "See/word https://example.org/a_b?x=1/url ./punct Or/word www.example.com/url ,/punct "
    "mail/word news@example.org/email ./punct");
  assert_segments("(http://example.org/wiki/A_(b))", "(/punct http://example.org/wiki/A_(b)/url )/punct");
  assert_segments("a@b no@dots x.y", "a/word @/punct b/word no/word @/punct dots/word x/word ./punct y/word");
}

/* The '@' is searched in windows; addresses far into a text, and the
** RFC 5321 limit of 64 bytes on the local part. */
static void test_segment_email_window(void **state){
  char *zPad = support_repeat("word ", 5000);
  char *z = sqlite3_mprintf("%s news@example.org", zPad);
  char *zLocal64 = support_repeat("a", 64);
  char *zLocal65 = support_repeat("a", 65);
  char *zGot;
  NewsTokenizer tk;
  NewsToken t;
  int n = 0, nEmail = 0;
  (void)state;
  news_tokenizer_init(&tk, z, (int)strlen(z), 0);
  while( news_tokenizer_next(&tk, &t) ){
    n++;
    if( t.eKind==NEWS_TOKEN_EMAIL ){
      nEmail++;
      assert_int_equal(t.iEnd-t.iStart, 16);
    }
  }
  assert_int_equal(n, 1001);
  assert_int_equal(nEmail, 1);
  sqlite3_free(z);
  z = sqlite3_mprintf("%s@example.org", zLocal64);
  zGot = segment(z, 0);
  assert_string_equal(zGot + strlen(zGot) - 6, "/email");
  sqlite3_free(zGot);
  sqlite3_free(z);
  z = sqlite3_mprintf("%s@example.org", zLocal65);
  zGot = segment(z, 0);
  assert_null(strstr(zGot, "/email"));
  sqlite3_free(zGot);
  sqlite3_free(z);
  free(zPad); free(zLocal64); free(zLocal65);
}

static void test_token_offsets_and_flags(void **state){
  const char *z = "\xE2\x80\x9CYes,\xE2\x80\x9D said\nAL-SUDANI";
  NewsTokenizer tk;
  NewsToken t;
  (void)state;
  news_tokenizer_init(&tk, z, (int)strlen(z), 0);
  assert_true(news_tokenizer_next(&tk, &t));          /* “ */
  assert_int_equal(t.iCharStart, 0); assert_int_equal(t.iCharEnd, 1);
  assert_int_equal(t.iStart, 0); assert_int_equal(t.iEnd, 3);
  assert_true(t.flags & NEWS_TF_LINESTART);
  assert_true(news_tokenizer_next(&tk, &t));          /* Yes */
  assert_int_equal(t.iCharStart, 1); assert_int_equal(t.iCharEnd, 4);
  assert_true(t.flags & NEWS_TF_CAPITAL);
  assert_true(t.flags & NEWS_TF_LOWER);
  assert_false(t.flags & NEWS_TF_LINESTART);
  assert_true(news_tokenizer_next(&tk, &t));          /* , */
  assert_true(news_tokenizer_next(&tk, &t));          /* ” */
  assert_true(news_tokenizer_next(&tk, &t));          /* said */
  assert_int_equal(t.iCharStart, 7);
  assert_true(news_tokenizer_next(&tk, &t));          /* AL-SUDANI */
  assert_true(t.flags & NEWS_TF_LINESTART);
  assert_true(t.flags & NEWS_TF_HYPHEN);
  assert_true(t.flags & NEWS_TF_UPPER);
  assert_false(t.flags & NEWS_TF_LOWER);
  assert_false(news_tokenizer_next(&tk, &t));
}

static void test_segment_edge_inputs(void **state){
  NewsTokenizer tk;
  NewsToken t;
  (void)state;
  news_tokenizer_init(&tk, 0, 0, 0);
  assert_false(news_tokenizer_next(&tk, &t));
  news_tokenizer_init(&tk, "", 0, 0);
  assert_false(news_tokenizer_next(&tk, &t));
  news_tokenizer_init(&tk, " \t\n ", 4, 0);
  assert_false(news_tokenizer_next(&tk, &t));
  /* an embedded NUL separates tokens like white space */
  news_tokenizer_init(&tk, "ab\0cd", 5, 0);
  assert_true(news_tokenizer_next(&tk, &t)); assert_int_equal(t.iEnd, 2);
  assert_true(news_tokenizer_next(&tk, &t)); assert_int_equal(t.iStart, 3);
  assert_int_equal(t.iCharStart, 3);
}

/* "part@start/char-start/F(irst)|N(ext)/L(inestart)" for each piece of z
** from news_parts_next(). */
static char *parts(const char *z, unsigned mSplit){
  NewsPartTokenizer tk;
  NewsToken t;
  NewsBuf out;
  int e;
  news_buf_init(&out);
  news_parts_init(&tk, z, (int)strlen(z), mSplit);
  while( (e = news_parts_next(&tk, &t))!=0 ){
    if( out.n ) news_buf_appendc(&out, ' ');
    news_buf_append(&out, z+t.iStart, t.iEnd-t.iStart);
    news_buf_appendf(&out, "@%d/%lld/%s%s", t.iStart, (long long)t.iCharStart,
                     e==NEWS_PART_FIRST ? "F" : "N",
                     (t.flags & NEWS_TF_LINESTART) ? "L" : "");
  }
  return out.z ? out.z : sqlite3_mprintf("");
}

/* Hyphenated tokens of the chosen kinds come as parts, with offsets in the
** text; the first part carries the token's line start; URLs stay whole. */
static void test_parts(void **state){
  char *z;
  (void)state;
  z = parts("\xC3\xA9 Iran-backed\n2014-15 http://a.b/c-d", 1u<<NEWS_TOKEN_WORD);
  assert_string_equal(z, "\xC3\xA9@0/0/FL Iran@3/2/F -@7/6/N backed@8/7/N"
                         " 2014-15@15/14/FL http://a.b/c-d@23/22/F");
  sqlite3_free(z);
  z = parts("Iran-backed\n2014-15", (1u<<NEWS_TOKEN_WORD)|(1u<<NEWS_TOKEN_NUMBER));
  assert_string_equal(z, "Iran@0/0/FL -@4/4/N backed@5/5/N"
                         " 2014@12/12/FL -@16/16/N 15@17/17/N");
  sqlite3_free(z);
  z = parts("", 1u<<NEWS_TOKEN_WORD);
  assert_string_equal(z, "");
  sqlite3_free(z);
}

/* 1,000,000 dots, then a million "a." pairs: linear time, bounded tokens. */
static void test_segment_long_runs(void **state){
  char *z = support_repeat(".", 1000000);
  NewsTokenizer tk;
  NewsToken t;
  int n = 0;
  (void)state;
  news_tokenizer_init(&tk, z, 1000000, 0);
  while( news_tokenizer_next(&tk, &t) ) n++;
  assert_int_equal(n, 1);
  free(z);
  z = support_repeat("a.", 2000000);
  news_tokenizer_init(&tk, z, 2000000, 0);
  n = 0;
  while( news_tokenizer_next(&tk, &t) ) n++;
  assert_int_equal(n, 2000000/16);      /* abbreviations of 8 parts */
  free(z);
}

static void test_fold(void **state){
  (void)state;
  assert_fold("Iraq", NEWS_FOLD_CASE, "iraq");
  assert_fold("STRASSE Stra\xC3\x9F" "e", NEWS_FOLD_CASE, "strasse strasse");
  /* NFC: e + combining acute -> é */
  assert_fold("Cafe\xCC\x81", NEWS_FOLD_CASE, "caf\xC3\xA9");
  assert_fold("\xC3\x89" "COLES", NEWS_FOLD_CASE, "\xC3\xA9" "coles");
  assert_fold("\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1", NEWS_FOLD_CASE, "\xCE\xB1\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1");
  assert_fold("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", NEWS_FOLD_CASE, "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
  /* case kept without NEWS_FOLD_CASE, but still NFC */
  assert_fold("Cafe\xCC\x81", 0, "Caf\xC3\xA9");
  /* apostrophes and hyphens */
  assert_fold("Sudani\xE2\x80\x99s", NEWS_FOLD_CASE|NEWS_FOLD_PUNCT, "sudani's");
  assert_fold("Sudani\xE2\x80\x99s", NEWS_FOLD_CASE, "sudani\xE2\x80\x99s");
  /* invalid bytes become U+FFFD */
  assert_fold("a\xFF" "b", NEWS_FOLD_CASE, "a\xEF\xBF\xBD" "b");
}

static void test_fold_diacritics(void **state){
  int f = NEWS_FOLD_CASE | NEWS_FOLD_DIACRITICS;
  (void)state;
  assert_fold("\xC3\x89" "cole Fran\xC3\xA7" "aise", f, "ecole francaise");
  assert_fold("S\xC3\xA3o Paulo, Vi\xE1\xBB\x87t", f, "sao paulo, viet");
  assert_fold("\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1", f, "\xCE\xB1\xCE\xB8\xCE\xB7\xCE\xBD\xCE\xB1");
  /* Arabic harakat go, the letters stay */
  assert_fold("\xD9\x83\xD9\x8E\xD8\xAA\xD9\x8E\xD8\xA8\xD9\x8E", f, "\xD9\x83\xD8\xAA\xD8\xA8");
  /* Devanagari vowel signs and virama are not diacritics */
  assert_fold("\xE0\xA4\xA6\xE0\xA4\xBF\xE0\xA4\xB2\xE0\xA5\x8D\xE0\xA4\xB2\xE0\xA5\x80", f,
              "\xE0\xA4\xA6\xE0\xA4\xBF\xE0\xA4\xB2\xE0\xA5\x8D\xE0\xA4\xB2\xE0\xA5\x80");
}

/* Simple lower-casing, for the Snowball stemmers. */
static void test_fold_lower(void **state){
  int f = NEWS_FOLD_LOWER | NEWS_FOLD_PUNCT;
  (void)state;
  assert_fold("RUNNING Running", f, "running running");
  /* ß stays ß (full case folding would give ss) */
  assert_fold("STRA\xC3\x9F" "E Stra\xC3\x9F" "e", f, "stra\xC3\x9F" "e stra\xC3\x9F" "e");
  assert_fold("\xC3\x89" "COLES", f, "\xC3\xA9" "coles");
  assert_fold("E\xCC\x81" "COLE", f, "\xC3\xA9" "cole");      /* NFC */
  /* Σ: final ς at the end of a word, σ elsewhere */
  assert_fold("\xCE\x9B\xCE\x9F\xCE\x93\xCE\x9F\xCE\xA3 \xCE\xA3\xCE\x91", f,
              "\xCE\xBB\xCE\xBF\xCE\xB3\xCE\xBF\xCF\x82 \xCF\x83\xCE\xB1");
  /* ς stays ς (full case folding would give σ) */
  assert_fold("\xCE\xBB\xCF\x8C\xCE\xB3\xCE\xBF\xCF\x82", f,
              "\xCE\xBB\xCF\x8C\xCE\xB3\xCE\xBF\xCF\x82");
  assert_fold("\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90", f,
              "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
  assert_fold("Iraq\xE2\x80\x99s", f, "iraq's");
  /* İ -> i; Turkic: I -> ı */
  assert_fold("\xC4\xB0stanbul", f, "istanbul");
  assert_fold("ISPARTA \xC4\xB0zmir", f|NEWS_FOLD_TURKIC,
              "\xC4\xB1sparta izmir");
  assert_fold("ISPARTA", f, "isparta");
  /* NEWS_FOLD_CASE wins */
  assert_fold("Stra\xC3\x9F" "e", f|NEWS_FOLD_CASE, "strasse");
}

static void test_fold_long(void **state){
  /* non-ASCII input longer than the static buffer */
  char *z = support_repeat("\xC3\x89t\xC3\xA9 ", 60000);
  NewsBuf out;
  (void)state;
  news_buf_init(&out);
  assert_int_equal(news_fold(&out, z, 60000, NEWS_FOLD_CASE|NEWS_FOLD_DIACRITICS), SQLITE_OK);
  assert_int_equal(out.n, 60000/6*4);
  assert_memory_equal(out.z, "ete ete ", 8);
  news_buf_free(&out);
  free(z);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_decode_valid),
    cmocka_unit_test(test_parts),
    cmocka_unit_test(test_decode_invalid),
    cmocka_unit_test(test_count_matches_sqlite),
    cmocka_unit_test(test_segment_news_sentence),
    cmocka_unit_test(test_segment_apostrophes),
    cmocka_unit_test(test_segment_abbreviations),
    cmocka_unit_test(test_segment_numbers),
    cmocka_unit_test(test_segment_hyphens),
    cmocka_unit_test(test_segment_scripts),
    cmocka_unit_test(test_segment_symbols),
    cmocka_unit_test(test_segment_url_email),
    cmocka_unit_test(test_segment_email_window),
    cmocka_unit_test(test_token_offsets_and_flags),
    cmocka_unit_test(test_segment_edge_inputs),
    cmocka_unit_test(test_segment_long_runs),
    cmocka_unit_test(test_fold),
    cmocka_unit_test(test_fold_diacritics),
    cmocka_unit_test(test_fold_lower),
    cmocka_unit_test(test_fold_long),
  };
  return cmocka_run_group_tests_name("text core", tests, NULL, NULL);
}
