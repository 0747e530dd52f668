/*
** unit_html.c - the HTML path of article(): character references, the
** tree rules that decide what text goes together, every metadata source,
** body extraction, and hostile input (deep nesting, unclosed markup, NUL
** and invalid bytes, a 50 MB page).
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <cmocka.h>
#include "support.h"
#include "article_test.h"
#include "html.h"

/* Parse an HTML page into a fresh article (see article_test.h). */
#define parse(z, n) article_parse_with(news_html_parse, z, n)
#define done(a)     article_done(a)
#define field(b)    article_field(b)

static char *decode(const char *z){
  NewsBuf b;
  char *zOut;
  news_buf_init(&b);
  news_html_decode(&b, z, (int)strlen(z));
  zOut = strdup(b.z ? b.z : "");
  news_buf_free(&b);
  return zOut;
}

#define assert_decode(zIn, zWant) do{ char *z_ = decode(zIn); \
  assert_string_equal(z_, zWant); free(z_); }while(0)

static void test_entities(void **state){
  (void)state;
  assert_decode("Tom &amp; Jerry", "Tom & Jerry");
  assert_decode("&lt;b&gt; &quot;x&quot; &apos;y&apos;", "<b> \"x\" 'y'");
  assert_decode("caf&eacute; &euro;5 &hellip;", "caf\xc3\xa9 \xe2\x82\xac" "5 \xe2\x80\xa6");
  assert_decode("&#65;&#x42;&#X43;", "ABC");
  assert_decode("&#x1F600;", "\xf0\x9f\x98\x80");
  /* windows-1252 numbers, and invalid ones become U+FFFD */
  assert_decode("&#147;quoted&#148;", "\xe2\x80\x9cquoted\xe2\x80\x9d");
  assert_decode("&#0;&#xD800;&#x110000;", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
  /* legacy names without ';', but not inside a URL parameter */
  assert_decode("AT&T &amp &copy 2025", "AT&T & \xc2\xa9 2025");
  assert_decode("?a=1&copy=2", "?a=1&copy=2");
  assert_decode("&nosuchentity; & &#; &#x;", "&nosuchentity; & &#; &#x;");
  /* white space collapsed and trimmed, NBSP is a space */
  assert_decode("  a \t\n b&nbsp;&nbsp;c  ", "a b c");
  /* NUL and control bytes dropped, invalid UTF-8 replaced */
  assert_decode("a\x01" "b\x7f" "c", "abc");
  assert_decode("x\xff" "y\xc3", "x\xef\xbf\xbdy\xef\xbf\xbd");
}

static const char *zPage =
  "<!DOCTYPE html><html lang=\"en-GB\"><head>"
  "<title>Harbour Plan Approved | The Coastal Gazette</title>"
  "<meta property=\"og:site_name\" content=\"The Coastal Gazette\">"
  "<meta property=\"article:section\" content=\"Local\">"
  "<meta name=\"author\" content=\"Mara Quinn\">"
  "<link rel=\"canonical\" href=\"https://gazette.example/local/harbour-plan\">"
  "<style>p{color:red}</style><script>var x = '<p>not text</p>';</script>"
  "</head><body>"
  "<nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a> <a href=\"/sport\">Sport</a></nav>"
  "<article><h1>Harbour Plan Approved</h1>"
  "<p class=\"byline\">By Mara Quinn, <time datetime=\"2025-03-04T09:30:00+00:00\">4 March 2025</time></p>"
  "<p>The town council approved the harbour plan on Monday, ending two years of debate over the future of the old fish market.</p>"
  "<p>Under the plan, the market hall will become a covered square with space for twenty stalls, a ferry office and a small museum.</p>"
  "<div class=\"share\">Share this: <a href=\"#\">Mail</a> <a href=\"#\">Print</a></div>"
  "<p>Work is due to start in the autumn and to finish before the summer season of the following year, the council said.</p>"
  "</article>"
  "<aside><h3>Most read</h3><ul><li><a href=\"/a\">Lifeboat crew honoured for rescue</a></li>"
  "<li><a href=\"/b\">New bus timetable from April</a></li></ul></aside>"
  "<footer>&copy; The Coastal Gazette. All rights reserved.</footer>"
  "</body></html>";

static void test_page_fields(void **state){
  NewsArticle *a = parse(zPage, -1);
  (void)state;
  assert_int_equal(a->eFormat, NEWS_ARTICLE_HTML);
  assert_string_equal(field(&a->title), "Harbour Plan Approved");
  assert_string_equal(field(&a->source), "The Coastal Gazette");
  assert_string_equal(field(&a->section), "Local");
  assert_string_equal(field(&a->author), "Mara Quinn");
  assert_string_equal(field(&a->language), "en-GB");
  assert_string_equal(field(&a->url), "https://gazette.example/local/harbour-plan");
  assert_string_equal(field(&a->published), "2025-03-04T09:30");
  assert_string_equal(field(&a->body),
    "The town council approved the harbour plan on Monday, ending two years of debate over the future of the old fish market.\n\n"
    "Under the plan, the market hall will become a covered square with space for twenty stalls, a ferry office and a small museum.\n\n"
    "Work is due to start in the autumn and to finish before the summer season of the following year, the council said.");
  assert_int_equal(a->nLead, 120);
  done(a);
}

/* Each metadata source on its own. */
static void test_metadata_sources(void **state){
  NewsArticle *a;
  static const char *zBody =
    "<p>A paragraph long enough to be taken as the body of the page, with a comma, and a full stop.</p>";
  char zPage[4096];
  (void)state;

  /* JSON-LD: headline, dates, authors, publisher, section; @graph and
  ** escapes; the object type can come last */
  snprintf(zPage, sizeof(zPage),
    "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Site Name\"},"
    "{\"headline\":\"Caf\\u00e9 \\\"Reopens\\\"\",\"datePublished\":\"2024-02-29\","
    "\"dateModified\":\"2024-03-01T10:00:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},"
    "{\"name\":\"Bo Park\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Daily Example\"},"
    "\"articleSection\":[\"Food\",\"City\"],\"inLanguage\":\"fr\",\"@type\":\"NewsArticle\"}]}</script>%s",
    zBody);
  a = parse(zPage, -1);
  assert_string_equal(field(&a->title), "Caf\xc3\xa9 \"Reopens\"");
  assert_string_equal(field(&a->published), "2024-02-29");
  assert_string_equal(field(&a->updated), "2024-03-01T10:00");
  assert_string_equal(field(&a->author), "Ann Lee");
  assert_string_equal(field(&a->source), "Daily Example");
  assert_string_equal(field(&a->section), "Food");
  assert_string_equal(field(&a->language), "fr");
  done(a);

  /* meta names other than Open Graph */
  snprintf(zPage, sizeof(zPage),
    "<meta name=\"pubdate\" content=\"20230115\"><meta name=\"dc.creator\" content=\"Eli Moss\">"
    "<meta name=\"parsely-section\" content=\"Science\"><meta http-equiv=\"content-language\" content=\"de\">"
    "<title>Comet seen over the bay</title>%s", zBody);
  a = parse(zPage, -1);
  assert_string_equal(field(&a->published), "2023-01-15");
  assert_string_equal(field(&a->author), "Eli Moss");
  assert_string_equal(field(&a->section), "Science");
  assert_string_equal(field(&a->language), "de");
  assert_string_equal(field(&a->title), "Comet seen over the bay");
  done(a);

  /* itemprop microdata on a visible element */
  snprintf(zPage, sizeof(zPage),
    "<div itemscope itemtype=\"https://schema.org/NewsArticle\"><h1 itemprop=\"headline\">Bridge reopens</h1>"
    "<span itemprop=\"datePublished\" content=\"2022-11-30\">yesterday</span>%s</div>", zBody);
  a = parse(zPage, -1);
  assert_string_equal(field(&a->title), "Bridge reopens");
  assert_string_equal(field(&a->published), "2022-11-30");
  done(a);

  /* <time datetime> with pubdate, in the content */
  snprintf(zPage, sizeof(zPage), "<article><h1>Rain at last</h1>"
    "<time pubdate datetime=\"2021-07-19\">Monday</time>%s</article>", zBody);
  a = parse(zPage, -1);
  assert_string_equal(field(&a->published), "2021-07-19");
  done(a);

  /* the date in the canonical URL, and a visible date as the last resort */
  snprintf(zPage, sizeof(zPage),
    "<link rel=\"canonical\" href=\"https://news.example/2020/06/05/story-name\">%s", zBody);
  a = parse(zPage, -1);
  assert_string_equal(field(&a->published), "2020-06-05");
  done(a);
  snprintf(zPage, sizeof(zPage), "<h1>Fair opens</h1><p>Posted on 12 May 2019</p>%s", zBody);
  a = parse(zPage, -1);
  assert_string_equal(field(&a->published), "2019-05-12");
  done(a);

  /* a date printed after "Updated" is not the publication date */
  snprintf(zPage, sizeof(zPage), "<h1>Fair opens</h1><p>Updated 14 May 2019. Published 12 May 2019</p>%s", zBody);
  a = parse(zPage, -1);
  assert_string_equal(field(&a->published), "2019-05-12");
  done(a);

  /* JSON-LD of another creative work (a how-to, a recipe, a review) */
  snprintf(zPage, sizeof(zPage),
    "<script type=\"application/ld+json\">{\"@type\":\"HowTo\",\"name\":\"Fold a paper boat\","
    "\"datePublished\":\"2022-01-10T22:06:08:684Z\"}</script>%s", zBody);
  a = parse(zPage, -1);
  assert_string_equal(field(&a->published), "2022-01-10");    /* malformed time */
  done(a);

  /* a dotted date shown on an English page is day-first */
  snprintf(zPage, sizeof(zPage), "<html lang=\"en\"><h1>Fair opens</h1><p>Posted 04.03.2026</p>%s", zBody);
  a = parse(zPage, -1);
  assert_string_equal(field(&a->published), "2026-03-04");
  done(a);

  /* <title> without the site name; the site name as source */
  a = parse("<title>Storm closes port - Harbour Times</title><p>Text.</p>", -1);
  assert_string_equal(field(&a->title), "Storm closes port");
  assert_string_equal(field(&a->source), "Harbour Times");
  done(a);
}

/* What the tree rules decide. */
static void test_tree_rules(void **state){
  NewsArticle *a;
  (void)state;
  /* implied </p>, </li>, scripts and styles dropped, hidden dropped */
  a = parse("<body><div id=\"story\"><p>One, two and three, the first paragraph of the story is here."
            "<p>Four, five and six, the second paragraph follows without a closing tag."
            "<script>document.write('x')</script><style>.a{}</style>"
            "<p hidden>Hidden text.</p><p style=\"display: none\">Also hidden.</p>"
            "<p aria-hidden=\"true\">Not for readers.</p></div></body>", -1);
  assert_string_equal(field(&a->body),
    "One, two and three, the first paragraph of the story is here.\n\n"
    "Four, five and six, the second paragraph follows without a closing tag.");
  done(a);
  /* inline elements join text; <br> splits; entities decoded */
  a = parse("<div class=\"content\"><p>Caf&eacute;s in <b>the</b> <i>old</i> town, <a href=\"/x\">one of them</a> "
            "open all night, say owners, and more.<br>Second line, also long enough to count as text.</p></div>", -1);
  assert_string_equal(field(&a->body),
    "Caf\xc3\xa9s in the old town, one of them open all night, say owners, and more.\n\n"
    "Second line, also long enough to count as text.");
  done(a);
}

/* Navigation, link lists and share boxes stay out of the body. */
static void test_boilerplate(void **state){
  NewsArticle *a = parse(zPage, -1);
  (void)state;
  assert_null(strstr(a->body.z, "Home"));
  assert_null(strstr(a->body.z, "Lifeboat"));
  assert_null(strstr(a->body.z, "Share"));
  assert_null(strstr(a->body.z, "rights reserved"));
  assert_null(strstr(a->body.z, "not text"));
  assert_null(strstr(a->body.z, "4 March"));          /* the byline */
  done(a);
}

static void test_empty_and_no_body(void **state){
  NewsArticle *a;
  (void)state;
  a = parse("", 0);
  assert_int_equal(a->body.n, 0);
  assert_int_equal(a->title.n, 0);
  done(a);
  a = parse("<html><head><title>Only a title</title></head><body></body></html>", -1);
  assert_string_equal(field(&a->title), "Only a title");
  assert_int_equal(a->body.n, 0);
  done(a);
}

/* A buffer of nRepeat copies of zUnit between zPre and zPost. */
static char *build(const char *zPre, const char *zUnit, int nRepeat,
                   const char *zPost, int *pn){
  size_t nPre = strlen(zPre), nUnit = strlen(zUnit), nPost = strlen(zPost);
  char *z = malloc(nPre + nUnit*nRepeat + nPost + 1), *p = z;
  int i;
  memcpy(p, zPre, nPre); p += nPre;
  for(i=0; i<nRepeat; i++){ memcpy(p, zUnit, nUnit); p += nUnit; }
  memcpy(p, zPost, nPost); p += nPost;
  *p = 0;
  *pn = (int)(p-z);
  return z;
}

static void test_deep_nesting(void **state){
  int n;
  char *z = build("<html><body>", "<div>", 100000,
                  "<p>Text at the bottom of a very deep page, with a comma, and a full stop.</p>", &n);
  NewsArticle *a = parse(z, n);
  (void)state;
  assert_string_equal(field(&a->body),
    "Text at the bottom of a very deep page, with a comma, and a full stop.");
  done(a);
  free(z);
  /* and as many inline elements, each with text */
  z = build("<p>", "<span>word ", 100000, "</p>", &n);
  a = parse(z, n);
  assert_int_equal(a->nWords, 100000);
  done(a);
  free(z);
}

static void test_unclosed(void **state){
  NewsArticle *a;
  static const char *zKeep = "<p>This paragraph comes first and is long enough, with commas, to be the body.</p>";
  char zPage[512];
  (void)state;
  /* an unclosed comment, script or attribute value eats the rest, as in a browser */
  snprintf(zPage, sizeof(zPage), "%s<!-- never closed <p>hidden</p>", zKeep);
  a = parse(zPage, -1);
  assert_null(strstr(a->body.z, "hidden"));
  assert_non_null(strstr(a->body.z, "comes first"));
  done(a);
  snprintf(zPage, sizeof(zPage), "%s<script>var s = '<p>hidden</p>';", zKeep);
  a = parse(zPage, -1);
  assert_null(strstr(a->body.z, "hidden"));
  done(a);
  snprintf(zPage, sizeof(zPage), "%s<div class=\"unterminated><p>hidden</p>", zKeep);
  a = parse(zPage, -1);
  assert_null(strstr(a->body.z, "hidden"));
  done(a);
  /* stray end tags, a lone '<', a tag cut by the end of input */
  a = parse("</div></span><p>Left < right, and 3 < 4, said the long sentence here.</p></b></p><di", -1);
  assert_string_equal(field(&a->body), "Left < right, and 3 < 4, said the long sentence here.");
  done(a);
}

static void test_bad_bytes(void **state){
  static const char zRaw[] = "<p>Nul\0byte and bad \xff\xfe bytes in a paragraph, long enough to count.</p>";
  NewsArticle *a = parse(zRaw, (int)sizeof(zRaw)-1);
  (void)state;
  assert_string_equal(field(&a->body),
    "Nulbyte and bad \xef\xbf\xbd\xef\xbf\xbd bytes in a paragraph, long enough to count.");
  done(a);
}

/* 50 MB of paragraphs: parsed whole, nothing lost (speed is measured by
** bench_article, not here). */
static void test_large_page(void **state){
  int n;
  char *z = build("<html><body><article>",
    "<p>Every paragraph of this long page says the same thing, again and again.</p>\n",
    650000, "</article></body></html>", &n);
  NewsArticle *a = parse(z, n);
  (void)state;
  assert_true(n>50000000);
  assert_int_equal(a->nWords, 650000*13);
  done(a);
  free(z);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_entities),
    cmocka_unit_test(test_page_fields),
    cmocka_unit_test(test_metadata_sources),
    cmocka_unit_test(test_tree_rules),
    cmocka_unit_test(test_boilerplate),
    cmocka_unit_test(test_empty_and_no_body),
    cmocka_unit_test(test_deep_nesting),
    cmocka_unit_test(test_unclosed),
    cmocka_unit_test(test_bad_bytes),
    cmocka_unit_test(test_large_page),
  };
  return cmocka_run_group_tests_name("unit_html", tests, 0, 0);
}
