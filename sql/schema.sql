-- schema.sql - a news database that keeps itself parsed, dated and
-- searchable with sqlite-news.  Copy it, rename to taste.
--
--   sqlite3 news.db
--   sqlite> .load build/news
--   sqlite> .read sql/schema.sql
--   sqlite> INSERT INTO pages(url, raw) VALUES ('https://...', readfile('page.html'));
--
-- Insert raw pages (HTML or the visible text of a page) into `pages`;
-- triggers fill the rest:
--   articles       one row per page: article() fields (title, source,
--                  published, body, ...), parsed once at insert
--   articles_fts   FTS5 index of title and body with Snowball stems
--                  (MATCH 'militias' finds "militia")
--   article_dates  every date each article mentions, resolved against its
--                  publication date (dates())
-- Entity recipes (sql/entity_recipes.sql) and query recipes
-- (sql/recipes.sql) work on these tables.
--
-- The extension must be loaded on every connection that writes pages (the
-- triggers call its functions); readers of the tables need it only for
-- MATCH with the snowball tokenizer.

CREATE TABLE IF NOT EXISTS pages(
  id INTEGER PRIMARY KEY,
  url TEXT,                      -- where the page came from, if known
  fetched TEXT DEFAULT (datetime('now')),   -- when it was saved
  raw TEXT NOT NULL              -- page HTML or page text dump
);

CREATE TABLE IF NOT EXISTS articles(
  id INTEGER PRIMARY KEY REFERENCES pages(id) ON DELETE CASCADE,
  title TEXT,
  source TEXT,
  published TEXT,                -- ISO date or date-time of publication
  updated TEXT,
  author TEXT,
  section TEXT,
  language TEXT,                 -- ISO 639-1, when article() can tell
  body TEXT,                     -- paragraphs separated by a blank line
  words INTEGER
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  title, body, content='articles', content_rowid='id',
  tokenize='snowball english'
);

CREATE TABLE IF NOT EXISTS article_dates(
  article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
  text TEXT, start INTEGER, "end" INTEGER,   -- as written, character offsets in body
  value TEXT,                    -- TIMEX3 value: 2025-11-05, 2025-W45, 2025-Q3, ...
  granularity TEXT, kind TEXT,
  first_day TEXT, last_day TEXT  -- the period, for range queries
);
CREATE INDEX IF NOT EXISTS article_dates_days ON article_dates(first_day, last_day);

-- Parse, index and date each page as it arrives.
CREATE TRIGGER IF NOT EXISTS pages_parse AFTER INSERT ON pages BEGIN
  INSERT INTO articles(id, title, source, published, updated, author, section,
                       language, body, words)
    SELECT new.id, title, source, published, updated, author, section,
           language, body, words
      FROM article(new.raw);
END;

CREATE TRIGGER IF NOT EXISTS articles_index AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
  INSERT INTO article_dates
    SELECT new.id, d.text, d.start, d."end", d.value, d.granularity, d.kind,
           d.first_day, d.last_day
      FROM dates(new.body, date(new.published)) d;
END;

CREATE TRIGGER IF NOT EXISTS articles_unindex AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
  DELETE FROM article_dates WHERE article_id = old.id;
END;

CREATE TRIGGER IF NOT EXISTS pages_forget AFTER DELETE ON pages BEGIN
  DELETE FROM articles WHERE id = old.id;
END;
