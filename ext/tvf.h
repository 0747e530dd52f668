/*
** tvf.h - scaffolding shared by the table-valued functions of sqlite-news.
**
** Every table-valued function here (tokens, dates, entity_mentions, ...)
** is an eponymous-only virtual table whose arguments are HIDDEN columns
** that follow the visible ones, as in SQLite's ext/misc/series.c:
**
**     SELECT * FROM tokens('some text');            -- text = 'some text'
**     SELECT t.* FROM docs d, tokens(d.body) t;     -- a correlated join
**
** The xConnect/xBestIndex/xFilter/... plumbing is the same for all of them,
** so it lives here once.  A module describes itself with a NewsTvfModule
** and supplies four callbacks that work on its own cursor type, which
** starts with a NewsTvfCursor:
**
**   xStart(pCur, apArg)   begin a scan; apArg[i] is NULL when argument i
**                         was not given, else its value (possibly SQL NULL);
**                         position on the first row or set bEof
**   xNext(pCur)           advance, or set bEof
**   xColumn(pCur,ctx,i)   result for visible column i
**   xReset(pCur)          free per-scan state (before xStart, at close)
**
** Errors: news_tvf_error(pCur, ...) sets the message, which SQLite shows
** as the statement's error, and returns SQLITE_ERROR for the callback to
** return.  A required argument that is missing is reported here, as
** "tokens(): missing argument 1 (text)".
*/
#ifndef NEWS_TVF_H
#define NEWS_TVF_H

#include "common.h"

#define NEWS_TVF_MAX_ARGS 4

typedef struct NewsTvfCursor NewsTvfCursor;
typedef struct NewsTvfModule NewsTvfModule;

struct NewsTvfModule {
  const char *zName;            /* SQL name of the function */
  const char *zColumns;         /* "token TEXT, kind TEXT, ..." */
  int nColumn;                  /* number of visible columns */
  const char *azArg[NEWS_TVF_MAX_ARGS];   /* hidden argument names */
  int nArg;                     /* number of arguments */
  int nRequired;                /* leading arguments that must be given */
  double nRowEstimate;          /* rows per call, for the query planner */
  int szCursor;                 /* sizeof the module's cursor type */
  int (*xStart)(NewsTvfCursor*, sqlite3_value **apArg);
  int (*xNext)(NewsTvfCursor*);
  int (*xColumn)(NewsTvfCursor*, sqlite3_context*, int iCol);
  void (*xReset)(NewsTvfCursor*);
};

struct NewsTvfCursor {
  sqlite3_vtab_cursor base;     /* Base class - must be first */
  const NewsTvfModule *pMod;    /* What this cursor scans */
  void *pAux;                   /* Module data given to news_tvf_register() */
  sqlite3 *db;                  /* Connection, for modules that query it */
  sqlite3_int64 iRowid;         /* 0-based row number */
  int bEof;                     /* Set by xStart/xNext when done */
  sqlite3_value *apArg[NEWS_TVF_MAX_ARGS];  /* Copies of the arguments */
};

/*
** Register pMod (which must outlive the connection; a static object) as an
** eponymous table-valued function.  pAux is handed to every cursor;
** xDestroy(pAux), if not NULL, runs when the connection closes.
*/
int news_tvf_register(sqlite3 *db, const NewsTvfModule *pMod,
                      void *pAux, void (*xDestroy)(void*));

int news_tvf_error(NewsTvfCursor *pCur, const char *zFmt, ...);

/*
** Read argument iArg as text, as news_value_text() does.  Returns
** SQLITE_OK (with *pz NULL for SQL NULL or an absent argument) or an error
** already reported through the cursor.
*/
int news_tvf_arg_text(NewsTvfCursor *pCur, sqlite3_value **apArg, int iArg,
                      const char **pz, int *pn);

#endif /* NEWS_TVF_H */
