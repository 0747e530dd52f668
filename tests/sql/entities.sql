-- entity_mentions(), entity_candidates() and the recipes of
-- sql/entity_recipes.sql through the sqlite3 shell.  Fictional articles.
CREATE TABLE articles(id INTEGER PRIMARY KEY, published TEXT, body TEXT);
INSERT INTO articles(published, body) VALUES
 ('2025-11-03', 'Valtoria’s PM Andrei Volkov met the Eastern Liberation Front (ELF) in Geneva. The ELF said talks would go on.'),
 ('2025-11-05', 'Volkov told us the U.S. State Department backed the talks. ELF commander Samir al-Haddad did not comment.'),
 ('2025-11-11', 'The U.N. envoy, Marta Lindqvist, said the ELF and Valtoria agreed. Lindqvist flew to Karsa.'),
 ('2025-11-12', 'In Karsa, Mayor Ines Okoro and the ELF opened the port. Okoro’s aides and the US consul came.');
CREATE TABLE aliases(entity TEXT, alias TEXT, kind TEXT);
INSERT INTO aliases VALUES
 ('Eastern Liberation Front', 'Eastern Liberation Front', 'organization'),
 ('Eastern Liberation Front', 'ELF', 'organization'),
 ('Andrei Volkov', 'Andrei Volkov', 'person'), ('Andrei Volkov', 'Volkov', 'person'),
 ('United States', 'U.S.', 'place'), ('United States', 'US', 'place'),
 ('United Nations', 'U.N.', 'organization'),
 ('Karsa', 'Karsa', 'place'), ('Valtoria', 'Valtoria', 'place');
.read ../../sql/entity_recipes.sql
SELECT entity, alias, text, start, "end" FROM entity_mentions((SELECT body FROM articles WHERE id = 1), 'aliases');
SELECT * FROM entity_mentions_per_week ORDER BY week, mentions DESC, entity;
SELECT * FROM entity_mentions_per_day WHERE entity = 'Eastern Liberation Front' ORDER BY day;
SELECT * FROM entity_comentions WHERE articles > 1 ORDER BY articles DESC, entity1, entity2;
SELECT article FROM entity_mention_rows WHERE entity IN ('Andrei Volkov', 'United States') GROUP BY article HAVING count(DISTINCT entity) = 2;
SELECT * FROM entity_new_names;
SELECT text, canonical, kind FROM entity_candidates((SELECT body FROM articles WHERE id = 2));
-- discovery on the example pages (fictional): the names of each page.  The
-- lines include the heuristics' known errors, kept so that changes show:
-- section labels (Business, Local, World), a consent button (OK), a
-- newspaper's name guessed a person (Riverside Courier).
SELECT substr(f.name, 23, instr(f.name, '_') - 23) AS page, c.canonical, c.kind, count(*)
  FROM fsdir('../../examples/corpus') f, entity_candidates(CAST(f.data AS TEXT)) c
 WHERE f.name GLOB '*.txt' GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC, 2;
-- the dictionary changes: the next query sees it
INSERT INTO aliases VALUES ('Marta Lindqvist', 'Lindqvist', 'person');
SELECT entity, count(*) FROM entity_mention_rows WHERE entity = 'Marta Lindqvist' GROUP BY 1;
-- bad input
SELECT * FROM entity_mentions('x', 'no_such_table');
SELECT * FROM entity_mentions('x', 'articles');
SELECT * FROM entity_mentions('x');
SELECT * FROM entity_candidates(3.5);
