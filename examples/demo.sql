-- sqlite-news demo: run with `make demo` (or, from the project root,
--   sqlite3 -cmd ".load build/news" :memory: < examples/demo.sql).
-- The articles in examples/corpus/ are fictional, written for this demo.
.headers on
.mode box

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
