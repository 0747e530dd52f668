/*
** news.c - entry point of sqlite-news.  It only registers the modules;
** each capability lives in its own file:
**
**     text.c      shared text core: UTF-8, segmentation, folding
**     tvf.c       plumbing shared by the table-valued functions
**     dates.c     dates(document, reference, options), date_parse(text, ...);
**                 its words, per language, in date_lexicon.c
**     tokens.c    tokens(text [, language])
**     stem.c      stem(), stem_text(), stem_languages
**     stopwords.c is_stopword(), stopwords, news_guess_language()
**     fts5_snowball.c  the FTS5 tokenizer `snowball`
**     article.c   article(raw), article_*(raw), article_json(raw)
**     html.c      the HTML path of article(): parser, metadata, body
**     textdump.c  the page-text path of article()
**     segment.c   paragraphs(document), sentences(document [, language])
**     entities.c  entity_mentions(text, dictionary [, options]),
**                 entity_dictionary(dictionary [, options])
**     candidates.c entity_candidates(text)
**
** SQL:  .load ./build/news
**       SELECT news_version();
*/
#include "common.h"
#include "news.h"
#include "tokens.h"
#include "dates.h"
#include "stem.h"
#include "stopwords.h"
#include "fts5_snowball.h"
#include "article.h"
#include "segment.h"
#include "entities.h"
#include "candidates.h"
#include <utf8proc.h>

/* The one definition of the extension API pointer that every other file
** declares with SQLITE_EXTENSION_INIT3 (see common.h). */
SQLITE_EXTENSION_INIT1

/* news_version() -> 'sqlite-news 0.1.0 (utf8proc 2.8.0, Unicode 15.0.0)' */
static void news_version_func(sqlite3_context *ctx, int argc,
                              sqlite3_value **argv){
  char *z;
  (void)argc; (void)argv;
  z = sqlite3_mprintf("sqlite-news %s (utf8proc %s, Unicode %s)",
                      SQLITE_NEWS_VERSION, utf8proc_version(),
                      utf8proc_unicode_version());
  if( z==0 ){ sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_text(ctx, z, -1, sqlite3_free);
}

#ifdef _WIN32
__declspec(dllexport)
#endif
__attribute__((visibility("default")))
int sqlite3_news_init(sqlite3 *db, char **pzErrMsg,
                      const sqlite3_api_routines *pApi){
  int rc;
  SQLITE_EXTENSION_INIT2(pApi);
  rc = sqlite3_create_function(db, "news_version", 0, NEWS_SCALAR, 0,
                               news_version_func, 0, 0);
  if( rc==SQLITE_OK ) rc = news_tokens_register(db);
  if( rc==SQLITE_OK ) rc = news_dates_register(db);
  if( rc==SQLITE_OK ) rc = news_stem_register(db);
  if( rc==SQLITE_OK ) rc = news_stopwords_register(db);
  if( rc==SQLITE_OK ) rc = news_fts5_snowball_register(db);
  if( rc==SQLITE_OK ) rc = news_article_register(db);
  if( rc==SQLITE_OK ) rc = news_segment_register(db);
  if( rc==SQLITE_OK ) rc = news_entities_register(db);
  if( rc==SQLITE_OK ) rc = news_candidates_register(db);
  if( rc!=SQLITE_OK && pzErrMsg ){
    *pzErrMsg = sqlite3_mprintf("sqlite-news: registration failed: %s",
                                sqlite3_errstr(rc));
  }
  return rc;
}
