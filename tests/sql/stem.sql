-- stem(), stem_text(), is_stopword(), tokens() stems and the FTS5
-- tokenizer `snowball` through the sqlite3 shell with the loadable extension.
SELECT stem('RUNNING'), stem('Running'), stem('running');
SELECT stem('ÉCOLES', 'fr'), stem('écoles', 'french'), stem('Häuser', 'DE');
SELECT stem('Москвы', 'ru'), stem('المعلمون', 'ar'), stem('generalization', 'porter');
SELECT stem_text('The Iran-backed militias’ leaders were disarming 2,500 fighters.');
SELECT stem_text('L’école et les écoles d’Italie', 'fr');
SELECT quote(stem(NULL)), quote(stem('x', NULL)), quote(stem_text(NULL)), stem('');
SELECT name, code, stopwords FROM stem_languages WHERE name IN ('english', 'greek', 'porter');
SELECT count(*), sum(stopwords) FROM stem_languages;
SELECT is_stopword('The'), is_stopword('militia'), is_stopword('И', 'ru'), is_stopword('في', 'ar');
SELECT language, count(*) FROM stopwords GROUP BY 1 ORDER BY 1 LIMIT 3;
SELECT token, stem, stopword FROM tokens('Militias were disarming', 'en');
CREATE VIRTUAL TABLE docs USING fts5(body, tokenize = 'snowball english');
INSERT INTO docs VALUES ('Militia leaders in São Paulo agreed to disarm.'), ('The Iran-backed convoy crossed into the U.S.');
SELECT rowid, highlight(docs, 0, '[', ']') FROM docs WHERE docs MATCH 'militias';
SELECT rowid, highlight(docs, 0, '[', ']') FROM docs WHERE docs MATCH 'iran';
SELECT rowid, highlight(docs, 0, '[', ']') FROM docs WHERE docs MATCH 'disarm*';
SELECT stem(1);
SELECT stem('a', 'klingon') IS NULL;
SELECT is_stopword('a', 'greek');
CREATE VIRTUAL TABLE bad USING fts5(body, tokenize = 'snowball english remove_diacritics 9');
