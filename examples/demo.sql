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
