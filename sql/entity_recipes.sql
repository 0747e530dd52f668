-- entity_recipes.sql - views for the common questions about the people,
-- organizations and places your articles mention.
--
-- Assumes (rename to taste):
--   articles(id INTEGER PRIMARY KEY, published TEXT, body TEXT)
--       published: an ISO 8601 date or date-time ('2025-11-03', '2025-11-03T09:30')
--   aliases(entity TEXT, alias TEXT [, kind TEXT] [, case_sensitive INTEGER])
--       the dictionary of entity_mentions(): one row per way of writing a name
--
-- Load with:  .read sql/entity_recipes.sql   (after .load build/news)
-- Weeks start on Monday: week = date(published, 'weekday 0', '-6 days').
--
-- The dictionary is compiled once per connection and re-checked once per
-- statement, so these views cost one pass over the article bodies each
-- time they are queried.  For repeated analysis, materialize the mentions:
--   CREATE TABLE mentions AS SELECT * FROM entity_mention_rows;

-- Every mention, with its article and day.
CREATE VIEW IF NOT EXISTS entity_mention_rows AS
  SELECT a.id AS article, date(a.published) AS day,
         date(a.published, 'weekday 0', '-6 days') AS week,
         m.entity, m.kind, m.alias, m.text, m.start, m."end"
    FROM articles a, entity_mentions(a.body, 'aliases') m;

-- How often each entity was mentioned each day ...
CREATE VIEW IF NOT EXISTS entity_mentions_per_day AS
  SELECT day, entity, count(*) AS mentions, count(DISTINCT article) AS articles
    FROM entity_mention_rows GROUP BY day, entity;

-- ... and each week ("How often was the PMF mentioned each week?").
CREATE VIEW IF NOT EXISTS entity_mentions_per_week AS
  SELECT week, entity, count(*) AS mentions, count(DISTINCT article) AS articles
    FROM entity_mention_rows GROUP BY week, entity;

-- Pairs of entities mentioned in the same article, with how many articles
-- mention both (entity1 < entity2).
CREATE VIEW IF NOT EXISTS entity_comentions AS
  WITH e AS (SELECT DISTINCT article, entity FROM entity_mention_rows)
  SELECT e1.entity AS entity1, e2.entity AS entity2, count(*) AS articles
    FROM e e1 JOIN e e2 ON e1.article = e2.article AND e1.entity < e2.entity
   GROUP BY 1, 2;

-- "Which articles mention both X and Y?":
--   SELECT article FROM entity_mention_rows WHERE entity IN ('X', 'Y')
--    GROUP BY article HAVING count(DISTINCT entity) = 2;

-- Names found without a dictionary (entity_candidates), per article and week.
CREATE VIEW IF NOT EXISTS entity_candidate_rows AS
  SELECT a.id AS article, date(a.published, 'weekday 0', '-6 days') AS week,
         c.canonical, c.kind, c.text, c.start, c."end"
    FROM articles a, entity_candidates(a.body) c;

-- Top new names this week: names of the latest week's articles that no
-- earlier article mentions, most mentioned first, with their most frequent
-- kind guess.  A good list to review for the dictionary.  (One pass of
-- entity_candidates() over the articles.)
CREATE VIEW IF NOT EXISTS entity_new_names AS
  WITH c AS MATERIALIZED (SELECT * FROM entity_candidate_rows),
  latest AS (SELECT max(week) AS week FROM c),
  fresh AS (SELECT c.* FROM c, latest WHERE c.week = latest.week
             AND c.canonical NOT IN (SELECT c.canonical FROM c, latest
                                      WHERE c.week < latest.week)),
  kinds AS (SELECT canonical, kind, count(*) AS n FROM fresh
             WHERE kind <> 'unknown' GROUP BY 1, 2)
  SELECT f.canonical AS name,
         coalesce((SELECT k.kind FROM kinds k WHERE k.canonical = f.canonical
                    ORDER BY k.n DESC, k.kind LIMIT 1), 'unknown') AS kind,
         count(*) AS mentions, count(DISTINCT f.article) AS articles
    FROM fresh f
   GROUP BY f.canonical
   ORDER BY mentions DESC, articles DESC, name;
