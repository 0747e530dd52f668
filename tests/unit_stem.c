/*
** unit_stem.c - the C stemming layer: language resolution, normalization
** before Snowball, the bounded cache, stemmer sets, huge and bad input.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <libstemmer.h>
#include "stem.h"
#include "support.h"

static int lang(const char *z){
  return news_stem_language_find(z, (int)strlen(z));
}

/* The stem of z in language zLang, as a NUL-terminated static copy. */
static const char *stem(const char *zLang, const char *z){
  static char aOut[512];
  NewsStemmer *p = news_stemmer_new(lang(zLang));
  const char *zStem;
  int nStem;
  assert_non_null(p);
  assert_int_equal(news_stemmer_stem(p, z, (int)strlen(z), &zStem, &nStem),
                   SQLITE_OK);
  assert_true(nStem<(int)sizeof(aOut));
  memcpy(aOut, zStem, nStem);
  aOut[nStem] = 0;
  news_stemmer_free(p);
  return aOut;
}

static void test_languages(void **state){
  int i, n = news_stem_language_count();
  (void)state;
  /* every algorithm libstemmer lists is reachable by name, and by code */
  assert_int_equal(n, 29);
  for(i=0; i<n; i++){
    const char *zIso = news_stem_language_iso(i);
    assert_int_equal(lang(news_stem_language_name(i)), i);
    if( zIso ) assert_int_equal(lang(zIso), i);
    else assert_string_equal(news_stem_language_name(i), "porter");
  }
  assert_int_equal(lang("EN"), lang("english"));
  assert_int_equal(lang("German"), lang("de"));
  assert_int_equal(lang("ar"), lang("arabic"));
  assert_int_equal(lang("ru"), lang("russian"));
  assert_int_equal(lang("nb"), lang("norwegian"));
  assert_int_equal(lang("nn"), lang("norwegian"));
  assert_int_equal(lang("klingon"), -1);
  assert_int_equal(lang(""), -1);
  assert_int_equal(lang("englis"), -1);
  assert_int_equal(lang("englishx"), -1);
  assert_int_equal(news_stem_language_find(0, 0), -1);
  assert_int_equal(news_stem_language_find("english", 2), lang("en"));
}

static void test_language_error(void **state){
  char *z = news_stem_language_error("stem", "xx", 2);
  (void)state;
  assert_non_null(strstr(z, "stem(): unknown language 'xx'; use a Snowball"
                            " name or ISO 639-1 code: arabic (ar), "));
  assert_non_null(strstr(z, ", porter, portuguese (pt), "));
  assert_non_null(strstr(z, ", yiddish (yi)"));
  sqlite3_free(z);
}

static void test_stems(void **state){
  (void)state;
  assert_string_equal(stem("en", "militias"), "militia");
  assert_string_equal(stem("en", "militia's"), "militia");
  assert_string_equal(stem("en", "Militia\xE2\x80\x99s"), "militia");
  assert_string_equal(stem("en", "RUNNING"), "run");
  assert_string_equal(stem("en", "Running"), "run");
  assert_string_equal(stem("porter", "generalization"), "gener");
  assert_string_equal(stem("en", "generalization"), "general");
  assert_string_equal(stem("fr", "\xC3\x89" "COLES"), "\xC3\xA9" "col");
  assert_string_equal(stem("fr", "\xC3\xA9" "coles"), "\xC3\xA9" "col");
  /* decomposed é (NFC first) */
  assert_string_equal(stem("fr", "e\xCC\x81" "coles"), "\xC3\xA9" "col");
  /* elisions */
  assert_string_equal(stem("fr", "l\xE2\x80\x99\xC3\xA9" "cole"), "\xC3\xA9" "col");
  assert_string_equal(stem("fr", "qu'ils"), "il");
  assert_string_equal(stem("it", "dell'anno"), "anno");
  assert_string_equal(stem("en", "l'ecole"), "l'ecol");  /* not in English */
  /* ß: German Snowball makes it ss itself, upper case agrees */
  assert_string_equal(stem("de", "Stra\xC3\x9F" "en"), "strass");
  assert_string_equal(stem("de", "STRASSEN"), "strass");
  assert_string_equal(stem("de", "H\xC3\xA4user"), "haus");
  /* Russian: Москвы -> москв */
  assert_string_equal(stem("ru", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD1\x8B"),
                      "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2");
  /* Arabic: المعلمون -> معلم (article and plural suffix go) */
  assert_string_equal(stem("ar", "المعلمون"), "معلم");
  assert_string_equal(stem("ar", "الكتاب"), "كتاب");
  /* Greek upper case: final sigma restored before stemming */
  assert_string_equal(stem("el", "\xCE\x9D\xCE\x9F\xCE\x9C\xCE\x9F\xCE\xA3"),
                      stem("el", "\xCE\xBD\xCF\x8C\xCE\xBC\xCE\xBF\xCF\x82"));
  /* Turkish: KITAPLARI -> kıtap..., as the lower-case word */
  assert_string_equal(stem("tr", "KITAPLAR"), stem("tr", "k\xC4\xB1taplar"));
  assert_string_equal(stem("tr", "\xC4\xB0STANBUL'DA"), stem("tr", "istanbul'da"));
}

static void test_pass_through(void **state){
  char *z;
  (void)state;
  assert_string_equal(stem("en", ""), "");
  assert_string_equal(stem("en", "2,500"), "2,500");
  assert_string_equal(stem("en", "U.S."), "u.s.");
  /* invalid UTF-8: U+FFFD, no crash */
  assert_string_equal(stem("en", "ab\xFF"), "ab\xEF\xBF\xBD");
  /* 101 characters: unstemmed; 100: stemmed */
  z = support_repeat("a", 101);
  memcpy(z+97, "ings", 4);
  assert_string_equal(stem("en", z), z);
  z[100] = 0;
  assert_true(strlen(stem("en", z))<100);
  free(z);
}

/* A 10 MB word: one linear pass, returned normalized. */
static void test_huge_word(void **state){
  NewsStemmer *p = news_stemmer_new(lang("de"));
  char *z = support_repeat("\xC3\x84" "b", 3*3333333);
  const char *zStem;
  int nStem;
  (void)state;
  assert_int_equal(news_stemmer_stem(p, z, (int)strlen(z), &zStem, &nStem),
                   SQLITE_OK);
  assert_int_equal(nStem, 3*3333333);
  assert_memory_equal(zStem, "\xC3\xA4" "b\xC3\xA4" "b", 6);
  free(z);
  news_stemmer_free(p);
}

/* The cache answers repeated words, and gives the same stems as
** libstemmer itself. */
static void test_cache(void **state){
  static const char *azWord[] = {
    "militias", "disarming", "ceasefire", "negotiations", "bridges",
    "militias", "a", "disarming", "negotiations", "generalizations",
  };
  NewsStemmer *p = news_stemmer_new(lang("english"));
  struct sb_stemmer *pSb = sb_stemmer_new("english", "UTF_8");
  sqlite3_int64 nHit, nMiss;
  int i, round;
  (void)state;
  for(round=0; round<3; round++){
    for(i=0; i<(int)(sizeof(azWord)/sizeof(azWord[0])); i++){
      const char *zStem;
      int nStem;
      const sb_symbol *zRef = sb_stemmer_stem(pSb, (const sb_symbol*)azWord[i],
                                              (int)strlen(azWord[i]));
      assert_int_equal(news_stemmer_stem(p, azWord[i], (int)strlen(azWord[i]),
                                         &zStem, &nStem), SQLITE_OK);
      assert_int_equal(nStem, sb_stemmer_length(pSb));
      assert_memory_equal(zStem, zRef, nStem);
    }
  }
  news_stemmer_stats(p, &nHit, &nMiss);
  assert_int_equal(nHit+nMiss, 30);
  assert_true(nMiss<=8);                /* 8 distinct words */
  sb_stemmer_delete(pSb);
  news_stemmer_free(p);
}

/* Many distinct words, each seen twice, the second time capitalized: the
** cache fills, grows and empties itself (it is bounded), the capitalized
** spelling is added with a stem taken from the cache while the cache may
** move (run under ASan), and every answer is libstemmer's. */
static void test_cache_many_words(void **state){
  NewsStemmer *p = news_stemmer_new(lang("en"));
  struct sb_stemmer *pSb = sb_stemmer_new("english", "UTF_8");
  char aWord[32];
  int i, k;
  (void)state;
  for(i=0; i<200000; i++){
    const char *zStem;
    int nStem, n, v = i/2;
    /* a letters-only word from v: "ba", "ca", ... then "ings" */
    for(n=0; n==0 || v>0; n++, v /= 20) aWord[n] = (char)('b' + v%20);
    memcpy(aWord+n, "ings", 4);
    n += 4;
    if( i%2 ) aWord[0] -= 'a' - 'A';
    assert_int_equal(news_stemmer_stem(p, aWord, n, &zStem, &nStem), SQLITE_OK);
    aWord[0] |= 0x20;                   /* libstemmer wants lower case */
    k = (int)(sb_stemmer_stem(pSb, (const sb_symbol*)aWord, n)!=0);
    assert_int_equal(k, 1);
    assert_int_equal(nStem, sb_stemmer_length(pSb));
    assert_memory_equal(zStem, sb_stemmer_stem(pSb, (const sb_symbol*)aWord, n),
                        nStem);
  }
  sb_stemmer_delete(pSb);
  news_stemmer_free(p);
}

static void test_stem_set(void **state){
  NewsStemSet *pSet = news_stem_set_new();
  NewsStemmer *pEn, *pFr;
  (void)state;
  pEn = news_stem_set_get(pSet, lang("en"));
  pFr = news_stem_set_get(pSet, lang("fr"));
  assert_non_null(pEn);
  assert_non_null(pFr);
  assert_ptr_not_equal(pEn, pFr);
  assert_ptr_equal(news_stem_set_get(pSet, lang("english")), pEn);
  assert_int_equal(news_stemmer_language(pFr), lang("fr"));
  assert_null(news_stem_set_get(pSet, -1));
  assert_null(news_stem_set_get(pSet, 1000));
  news_stem_set_ref(pSet);
  news_stem_set_unref(pSet);             /* still alive */
  assert_ptr_equal(news_stem_set_get(pSet, lang("en")), pEn);
  news_stem_set_unref(pSet);
  assert_null(news_stemmer_new(-1));
  assert_null(news_stemmer_new(1000));
}

/* Stemmers made by news_stem_set_new_stemmer() have their own libstemmer
** objects but share the set's stems: a word one has stemmed is a cache
** hit for the other, and the shared cache outlives the set. */
static void test_stem_set_shared_cache(void **state){
  NewsStemSet *pSet = news_stem_set_new();
  NewsStemmer *pA = news_stem_set_new_stemmer(pSet, lang("en"));
  NewsStemmer *pB = news_stem_set_new_stemmer(pSet, lang("en"));
  const char *zA, *zB;
  int nA, nB;
  sqlite3_int64 nHit, nMiss;
  (void)state;
  assert_ptr_not_equal(pA, pB);
  assert_int_equal(news_stemmer_stem(pA, "Negotiations", 12, &zA, &nA), SQLITE_OK);
  assert_int_equal(news_stemmer_stem(pB, "negotiations", 12, &zB, &nB), SQLITE_OK);
  assert_int_equal(nA, nB);
  assert_memory_equal(zA, zB, nA);
  assert_memory_equal(zB, "negoti", 6);
  news_stemmer_stats(pA, &nHit, &nMiss);
  assert_int_equal(nMiss, 1);
  news_stemmer_stats(pB, &nHit, &nMiss);
  assert_int_equal(nHit, 1);
  assert_int_equal(nMiss, 0);
  news_stem_set_unref(pSet);              /* the stemmers keep the cache */
  assert_int_equal(news_stemmer_stem(pB, "militias", 8, &zB, &nB), SQLITE_OK);
  assert_int_equal(news_stemmer_stem(pA, "militias", 8, &zA, &nA), SQLITE_OK);
  assert_memory_equal(zA, "militia", 7);
  news_stemmer_stats(pA, &nHit, &nMiss);
  assert_int_equal(nHit, 1);
  news_stemmer_free(pA);
  news_stemmer_free(pB);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_languages),
    cmocka_unit_test(test_language_error),
    cmocka_unit_test(test_stems),
    cmocka_unit_test(test_pass_through),
    cmocka_unit_test(test_huge_word),
    cmocka_unit_test(test_cache),
    cmocka_unit_test(test_cache_many_words),
    cmocka_unit_test(test_stem_set),
    cmocka_unit_test(test_stem_set_shared_cache),
  };
  return cmocka_run_group_tests_name("stem (C)", tests, NULL, NULL);
}
