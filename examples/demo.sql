-- sqlite-news demo: run with `make demo` (or, from the project root,
--   sqlite3 -cmd ".load build/news" :memory: < examples/demo.sql).
-- The articles in examples/corpus/ are fictional, written for this demo.
.headers on
.mode box --wrap 72 --wordwrap on

SELECT news_version() AS version;

-- Load the example pages: plain-text page dumps (.txt) and HTML (.html).
CREATE TABLE pages(name TEXT PRIMARY KEY, raw TEXT);
INSERT INTO pages
  SELECT replace(name, 'examples/corpus/', ''), CAST(readfile(name) AS TEXT)
  FROM fsdir('examples/corpus') WHERE name GLOB '*.txt' OR name GLOB '*.html'
  ORDER BY name;
SELECT name, length(raw) AS chars FROM pages;

-- tokens(): the shared text core.  start/end are 0-based character offsets,
-- end exclusive: substr(text, start + 1, end - start) is the token.
SELECT token, folded, kind, position, start, "end"
  FROM tokens('Iraq’s PM said the U.S.-led coalition ... 2,500 troops');

-- The ten most frequent words of the plain-text pages.
SELECT k.folded AS word, count(*) AS n
  FROM pages p, tokens(p.raw) k
 WHERE p.name GLOB '*.txt' AND k.kind = 'word' AND length(k.folded) > 3
 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10;

-- Stems (Snowball, any language) and stopwords.
SELECT stem('Militias') AS en, stem('RUNNING') AS upper, stem('ÉCOLES', 'fr') AS fr,
       stem('Häuser', 'de') AS de, stem('Москвы', 'ru') AS ru, stem('المعلمون', 'ar') AS ar;
SELECT stem_text('L’école et les écoles d’Italie ont rouvert', 'fr') AS french_stems;

-- The ten most frequent stems of the plain-text pages, stopwords left out:
-- "price" and "prices" now count together.
SELECT k.stem, count(*) AS n, group_concat(DISTINCT lower(k.token)) AS forms
  FROM pages p, tokens(p.raw, 'en') k
 WHERE p.name GLOB '*.txt' AND k.kind = 'word' AND NOT k.stopword
 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10;

-- Full-text search with the FTS5 tokenizer `snowball`: stemmed queries,
-- prefix queries, highlight() and snippet() on the right words.
CREATE VIRTUAL TABLE page_fts USING fts5(name, body, tokenize = 'snowball english');
INSERT INTO page_fts SELECT name, raw FROM pages WHERE name GLOB '*.txt';
SELECT name, snippet(page_fts, 1, '[', ']', '…', 8) AS match
  FROM page_fts WHERE page_fts MATCH 'bridges' ORDER BY rank LIMIT 3;
-- A prefix query is not stemmed and matches the indexed stems:
-- 'negoti*' finds "negotiators" (stem negoti), 'negotiat*' would not.
SELECT name, snippet(page_fts, 1, '[', ']', '…', 8) AS match
  FROM page_fts WHERE page_fts MATCH 'negoti*' ORDER BY rank LIMIT 3;
SELECT name, snippet(page_fts, 1, '[', ']', '…', 8) AS match
  FROM page_fts WHERE page_fts MATCH '"U.N." AND ceasefires' ORDER BY rank;

-- Languages and stopword lists.
SELECT name, code, stopwords FROM stem_languages WHERE stopwords;
-- dates(): every date of the plain-text pages, resolved against the page's
-- own publication date (here taken from its file name).  value is TIMEX3,
-- first_day/last_day bound the period for range queries.
SELECT p.name, d.text, d.value, d.granularity, d.kind
  FROM pages p, dates(p.raw, substr(p.name, -14, 10)) d
 WHERE p.name GLOB '*.txt'
 ORDER BY p.name, d.start;

-- Which pages talk about December 2025 (any expression whose period
-- overlaps it: a day, a week, the month, the fourth quarter...)?
SELECT p.name, group_concat(d.text, '; ') AS mentions
  FROM pages p, dates(p.raw, substr(p.name, -14, 10)) d
 WHERE p.name GLOB '*.txt'
   AND d.first_day <= '2025-12-31' AND d.last_day >= '2025-12-01'
 GROUP BY p.name ORDER BY p.name;

-- date_parse(): one date string, as found in page metadata.
SELECT date_parse('Friday, 06 February 2026') AS header,
       date_parse('2025-12-02T08:15:00-05:00') AS meta_published,
       date_parse('Wed, 03 Dec 2025 13:40:00 GMT') AS rfc822,
       date_parse('05/11/2025', NULL, 'order=dmy') AS european,
       date_parse('vor zwei Wochen', '2025-11-05') AS german;
-- article(): each page, HTML or page text, parsed into its parts.  The date
-- at the top of the text dumps ("Wednesday, 21 January 2026" above the
-- logo) is the day the page was saved; published comes from the byline.
SELECT p.name, a.format, a.title, a.source, a.published, a.section, a.author, a.words
  FROM pages p, article(p.raw) a ORDER BY a.published;

-- The body of one page, paragraph by paragraph, without menus, share
-- buttons, cookie notices and related-article lists.
SELECT g."index" AS paragraph, g.text
  FROM paragraphs(article_body((SELECT raw FROM pages WHERE name GLOB 'harbor*'))) g;

-- Everything about one page as JSON.
SELECT article_json(raw) AS json FROM pages WHERE name GLOB 'tech-festival*';

-- sentences(): "Mr.", "U.N.", "U.S." and quotations do not end sentences.
SELECT s."index", s.text
  FROM pages p, article(p.raw) a, sentences(a.body, a.language) s
 WHERE p.name GLOB 'valtoria*' AND s.paragraph BETWEEN 1 AND 4;

-- Which pages talk about money?  Sentences with a currency amount, by source.
SELECT a.source, count(*) AS sentences_with_amounts
  FROM pages p, article(p.raw) a, sentences(a.body) s
 WHERE s.text GLOB '*[$€£][0-9]*'
 GROUP BY 1 ORDER BY 2 DESC;
-- entity_mentions(): count the people, organizations and places you follow.
-- The dictionary is an ordinary table (entity, alias [, kind]); it is
-- compiled once per connection and re-checked when it changes.
CREATE TABLE demo_aliases(entity TEXT, alias TEXT, kind TEXT);
INSERT INTO demo_aliases VALUES
  ('Eastern Liberation Front', 'Eastern Liberation Front', 'organization'),
  ('Eastern Liberation Front', 'ELF', 'organization'),
  ('Andrei Volkov', 'Andrei Volkov', 'person'), ('Andrei Volkov', 'Volkov', 'person'),
  ('Marta Lindqvist', 'Marta Lindqvist', 'person'), ('Marta Lindqvist', 'Lindqvist', 'person'),
  ('Lucia Fenwick', 'Lucia Fenwick', 'person'), ('Lucia Fenwick', 'Fenwick', 'person'),
  ('Port Alder Authority', 'Port Alder Authority', 'organization'),
  ('Valtoria', 'Valtoria', 'place'), ('Geneva', 'Geneva', 'place'),
  ('United States', 'U.S.', 'place'), ('United States', 'US', 'place');
SELECT m.entity, m.kind, count(*) AS mentions, count(DISTINCT p.name) AS pages
  FROM pages p, entity_mentions(p.raw, 'demo_aliases') m
 WHERE p.name GLOB '*.txt'
 GROUP BY 1, 2 ORDER BY 3 DESC, 1;

-- Mentions per week, joined with the date in the page's file name
-- (sql/entity_recipes.sql has this and more as views).
SELECT date(substr(p.name, instr(p.name, '_') + 1, 10), 'weekday 0', '-6 days') AS week,
       m.entity, count(*) AS mentions
  FROM pages p, entity_mentions(p.raw, 'demo_aliases') m
 WHERE p.name GLOB '*.txt'
 GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2;

-- entity_candidates(): the names a page mentions, found without a
-- dictionary, with their fullest form in the page and a kind guess.
SELECT text, start, "end", canonical, kind
  FROM pages p, entity_candidates(p.raw)
 WHERE p.name = 'valtoria-ceasefire_2025-11-03.txt';

-- Names of all the text pages that the dictionary does not know yet.
SELECT c.canonical, c.kind, count(*) AS mentions
  FROM pages p, entity_candidates(p.raw) c
 WHERE p.name GLOB '*.txt'
   AND NOT EXISTS (SELECT 1 FROM demo_aliases a WHERE a.entity = c.canonical)
 GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 10;
