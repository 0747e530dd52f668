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
