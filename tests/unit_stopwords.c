/*
** unit_stopwords.c - the stopword lists (form, order) and
** news_guess_language() on sentences written for this test.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "stopwords.h"
#include "text.h"
#include "support.h"

/* Every entry is in lookup form, unique, and the list is sorted. */
static void test_lists_well_formed(void **state){
  const NewsStopList *p;
  NewsBuf b;
  int i, j, nList = 0;
  (void)state;
  news_buf_init(&b);
  for(i=0; (p = news_stopword_list_at(i))!=0; i++){
    nList++;
    assert_true(p->nWord>50);
    for(j=0; j<p->nWord; j++){
      const char *z = p->azWord[j];
      news_buf_reset(&b);
      assert_int_equal(news_stopword_normalize(p, &b, z, (int)strlen(z)), SQLITE_OK);
      if( strcmp(b.z, z)!=0 ){
        print_error("%s: '%s' is not in lookup form ('%s')\n", p->zIso, z, b.z);
        fail();
      }
      if( j>0 && strcmp(p->azWord[j-1], z)>=0 ){
        print_error("%s: '%s' after '%s'\n", p->zIso, z, p->azWord[j-1]);
        fail();
      }
      assert_true(news_stopword_find(p, z, (int)strlen(z)));
    }
  }
  news_buf_free(&b);
  assert_int_equal(nList, 14);
}

static void test_find(void **state){
  const NewsStopList *en = news_stopword_list("en");
  const NewsStopList *de = news_stopword_list("german");
  const NewsStopList *ar = news_stopword_list("ar");
  (void)state;
  assert_non_null(en);
  assert_ptr_equal(news_stopword_list("english"), en);
  assert_null(news_stopword_list("klingon"));
  assert_null(news_stopword_list(0));
  assert_true(news_stopword_find(en, "the", 3));
  assert_true(news_stopword_find(en, "they're", 7));
  assert_true(news_stopword_find(en, "a", 1));
  assert_false(news_stopword_find(en, "th", 2));      /* prefix of "the" */
  assert_false(news_stopword_find(en, "thee", 4));
  assert_false(news_stopword_find(en, "us", 2));      /* U.S. */
  assert_false(news_stopword_find(en, "militia", 7));
  assert_false(news_stopword_find(en, "", 0));
  assert_true(news_stopword_find(de, "und", 3));
  assert_true(news_stopword_find(de, "da\xC3\x9F", 4));      /* daß */
  assert_true(news_stopword_find(ar, "\xD9\x81\xD9\x8A", 4)); /* في */
}

static void test_normalize(void **state){
  const NewsStopList *ar = news_stopword_list("ar");
  NewsBuf b;
  (void)state;
  news_buf_init(&b);
  news_stopword_normalize(news_stopword_list("en"), &b, "THEY\xE2\x80\x99RE", 9);
  assert_string_equal(b.z, "they're");
  news_buf_reset(&b);
  /* فِي with a kasra: the mark goes for Arabic */
  news_stopword_normalize(ar, &b, "\xD9\x81\xD9\x90\xD9\x8A", 6);
  assert_string_equal(b.z, "\xD9\x81\xD9\x8A");
  news_buf_free(&b);
}

/* Fails the test unless the guess for zText is zExpected (NULL: unsure). */
static void check_guess(const char *zText, const char *zExpected){
  const char *zGot = news_guess_language(zText, (int)strlen(zText));
  int bOk = zExpected==0 ? zGot==0 : (zGot!=0 && strcmp(zGot, zExpected)==0);
  if( !bOk ){
    print_error("guess(%s) = %s, expected %s\n", zText, zGot ? zGot : "NULL",
                zExpected ? zExpected : "NULL");
    fail();
  }
}
#define assert_guess(zText, zExpected) check_guess((zText), (zExpected))

static void test_guess_language(void **state){
  (void)state;
  assert_guess("The council said on Tuesday that the new bridge over the "
               "river would open to traffic in the spring.", "en");
  assert_guess("Der Stadtrat hat am Dienstag beschlossen, dass die neue "
               "Brücke über den Fluss im Frühjahr für den Verkehr "
               "geöffnet wird.", "de");
  assert_guess("Le conseil municipal a annoncé mardi que le nouveau pont "
               "sur la rivière sera ouvert à la circulation au printemps.",
               "fr");
  assert_guess("El ayuntamiento anunció el martes que el nuevo puente sobre "
               "el río se abrirá al tráfico en la primavera.", "es");
  assert_guess("Il consiglio comunale ha annunciato martedì che il nuovo "
               "ponte sul fiume sarà aperto al traffico in primavera.", "it");
  assert_guess("A câmara municipal anunciou na terça-feira que a nova ponte "
               "sobre o rio será aberta ao trânsito na primavera.", "pt");
  assert_guess("De gemeenteraad heeft dinsdag bekendgemaakt dat de nieuwe "
               "brug over de rivier in het voorjaar voor het verkeer open "
               "gaat.", "nl");
  assert_guess("Городской совет во вторник объявил, что новый мост через "
               "реку будет открыт для движения весной.", "ru");
  assert_guess("أعلن المجلس البلدي يوم الثلاثاء أن الجسر الجديد على النهر "
               "سيفتح أمام حركة المرور في الربيع، وقال إن العمل فيه "
               "قد انتهى.", "ar");
  assert_guess("Kommunen meddelade på tisdagen att den nya bron över ån ska "
               "öppnas för trafik i vår och att arbetet är klart.", "sv");
  /* harakat do not hide Arabic stopwords */
  assert_guess("قَالَ الوَزِيرُ إِنَّ الاتِّفَاقَ مِنْ أَجْلِ السَّلَامِ "
               "وَهُوَ فِي مَصْلَحَةِ الجَمِيعِ.", "ar");
}

static void test_guess_unsure(void **state){
  (void)state;
  assert_guess("", 0);
  assert_guess("   ", 0);
  assert_guess("Ceasefire talks resume", 0);            /* no stopwords */
  assert_guess("2,500 3.5 9:30 !!!", 0);
  assert_guess("北京 東京 서울", 0);                     /* no lists */
  assert_guess("Iran-backed militias attack U.S. base", 0);
  /* Norwegian and Danish share most of their stopwords: a short text
  ** cannot tell them apart */
  assert_guess("Bystyret sa tirsdag at den nye broen over elva skal åpnes "
               "for trafikk til våren, og at arbeidet er ferdig.", 0);
  /* one shared word is not enough */
  assert_guess("de", 0);
  assert_null(news_guess_language(0, 10));
  assert_null(news_guess_language("the", -1));
  /* invalid UTF-8 is read as U+FFFD */
  assert_guess("\xFF\xFE the \xC3 and \x80 of the", "en");
}

static void test_guess_large(void **state){
  /* 10 MB: bounded work, and the answer comes from the first words */
  char *z = support_repeat("the river and the bridge of ", 10*1000*1000);
  (void)state;
  assert_string_equal(news_guess_language(z, (int)strlen(z)), "en");
  free(z);
  z = support_repeat("x", 10*1000*1000);                /* one huge word */
  assert_null(news_guess_language(z, (int)strlen(z)));
  free(z);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_lists_well_formed),
    cmocka_unit_test(test_find),
    cmocka_unit_test(test_normalize),
    cmocka_unit_test(test_guess_language),
    cmocka_unit_test(test_guess_unsure),
    cmocka_unit_test(test_guess_large),
  };
  return cmocka_run_group_tests_name("stopwords", tests, NULL, NULL);
}
