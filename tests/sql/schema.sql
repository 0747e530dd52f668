-- sql/schema.sql and sql/recipes.sql on the example pages: the triggers
-- parse, index and date each page; the recipes answer from the tables.
.read ../../sql/schema.sql
.read ../../sql/recipes.sql
INSERT INTO pages(url, raw)
  SELECT name, CAST(readfile(name) AS TEXT) FROM fsdir('../../examples/corpus')
   WHERE name GLOB '*.txt' OR name GLOB '*.html' ORDER BY name;
SELECT count(*) FROM pages;
SELECT id, source, published, language, words FROM articles ORDER BY id;
-- stems: "militias" would find "militia"; here "bridges" finds "bridge"
SELECT a.title FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
 WHERE articles_fts MATCH 'bridges' ORDER BY rank;
SELECT snippet(articles_fts, 1, '[', ']', '…', 6) FROM articles_fts
 WHERE articles_fts MATCH 'frosts';
-- dates resolved against each article's own date
SELECT article, text, value, days_from_publication FROM mentioned_periods
 WHERE article IN (SELECT id FROM articles WHERE source = 'Harbor City Times')
 ORDER BY article, first_day, text;
SELECT DISTINCT title FROM mentioned_periods
 WHERE first_day <= '2026-03-31' AND last_day >= '2026-03-01' ORDER BY 1;
SELECT source, stem, n FROM source_stems WHERE source = 'Riverside Courier'
 ORDER BY n DESC, stem LIMIT 5;
-- deleting a page removes its article, index entries and dates
DELETE FROM pages WHERE url GLOB '*harbor-bridge*';
SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'bridges';
SELECT count(*) FROM article_dates d LEFT JOIN articles a ON a.id = d.article_id
 WHERE a.id IS NULL;
