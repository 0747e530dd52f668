-- recipes.sql - queries on the tables of sql/schema.sql.  Copy what you
-- need; each is a view so that `SELECT * FROM <view>` shows it.
--   .load build/news
--   .read sql/schema.sql
--   .read sql/recipes.sql

-- Articles per source and day.
CREATE VIEW IF NOT EXISTS articles_per_day AS
  SELECT date(published) AS day, source, count(*) AS articles, sum(words) AS words
    FROM articles GROUP BY 1, 2;

-- Full-text search with stems and highlighted snippets:
--   SELECT * FROM search WHERE search MATCH 'bridge OR ceasefire';
-- (a view cannot take the MATCH parameter, so this one is a template)
--   SELECT a.published, a.title,
--          snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
--     FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
--    WHERE articles_fts MATCH 'militias' ORDER BY rank;

-- Timeline: the periods articles talk about, with how far ahead or back
-- of their own date.  "What do articles of November say about 2026?"
CREATE VIEW IF NOT EXISTS mentioned_periods AS
  SELECT d.value, d.granularity, d.first_day, d.last_day,
         a.id AS article, a.published, a.title, d.text,
         CAST(julianday(d.first_day) - julianday(date(a.published)) AS INTEGER)
           AS days_from_publication
    FROM article_dates d JOIN articles a ON a.id = d.article_id
   WHERE d.first_day IS NOT NULL;

-- Articles that mention a day falling in a given range (here: any day of
-- March 2026), through the period bounds:
--   SELECT DISTINCT article, title FROM mentioned_periods
--    WHERE first_day <= '2026-03-31' AND last_day >= '2026-03-01';

-- Words of each article that are not stopwords, stemmed: the vocabulary of
-- a source ("which words does this outlet use most?").
CREATE VIEW IF NOT EXISTS source_stems AS
  SELECT a.source, k.stem, count(*) AS n
    FROM articles a,
         tokens(a.body, CASE WHEN a.language IN (SELECT code FROM stem_languages)
                             THEN a.language ELSE 'en' END) k
   WHERE k.kind = 'word' AND k.stopword = 0
   GROUP BY 1, 2;

-- Sentences that mention a word in any of its forms (stems compared):
--   SELECT a.title, s.text FROM articles a, sentences(a.body) s
--    WHERE EXISTS (SELECT 1 FROM tokens(s.text, 'en') k
--                   WHERE k.stem = stem('disarming', 'en'));
