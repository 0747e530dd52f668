-- article(), the article_*() scalars, paragraphs() and sentences() through
-- the sqlite3 shell with the loadable extension.  The pages are the
-- fictional examples of examples/corpus/.
.mode list
.headers off
CREATE TABLE pages(name TEXT PRIMARY KEY, raw TEXT);
INSERT INTO pages SELECT name, CAST(readfile('../../examples/corpus/' || name) AS TEXT)
  FROM (SELECT 'grain-prices_2026-01-21.txt' AS name UNION ALL SELECT 'metro-budget_2025-12-02.html'
        UNION ALL SELECT 'valtoria-ceasefire_2025-11-03.txt' UNION ALL SELECT 'coast-storm_2025-09-18.html');

-- one row per page: the metadata columns
SELECT p.name, a.format, a.title, a.source, a.published, a.section, a.author, a.language, a.words
  FROM pages p, article(p.raw) a ORDER BY p.name;

-- the lead paragraph of each page
SELECT name, article_lead(raw) FROM pages ORDER BY name;

-- the header date above the logo is not the publication date
SELECT article_published(raw) FROM pages WHERE name LIKE 'grain%';

-- article_json() is a JSON object with every column
SELECT json_valid(article_json(raw)), article_json(raw)->>'url' FROM pages WHERE name LIKE 'metro%';

-- sentences of a body: titles, abbreviations and quotations
SELECT s."index", s.paragraph, s.text
  FROM pages p, article(p.raw) a, sentences(a.body, 'en') s
 WHERE p.name LIKE 'valtoria%' AND s.paragraph IN (1, 4);

-- paragraphs with their character offsets
SELECT "index", start, "end", length(text) FROM paragraphs(article_body((SELECT raw FROM pages WHERE name LIKE 'coast%')));

-- bad input
SELECT count(*) FROM article(NULL);
SELECT * FROM article(1);
