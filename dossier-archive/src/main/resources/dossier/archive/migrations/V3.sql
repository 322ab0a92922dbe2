-- V3: what entity profiles and the resolver read per archive entity, without visiting all of an
-- entity's links (tens of thousands for a frequent place or person).
-- entity_links.date is the article's date (copied so that "oldest/newest first" walks one index);
-- described / attributed say whether the article entity has descriptors / attributes, so that the
-- resolver and profiles read those through a partial index instead of probing every link.
-- entity_comentions holds, for each pair of archive entities named in the same articles, how many
-- articles that is (both directions), kept up to date by every store and entity edit.

ALTER TABLE entity_links ADD COLUMN date TEXT;
ALTER TABLE entity_links ADD COLUMN described INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entity_links ADD COLUMN attributed INTEGER NOT NULL DEFAULT 0;

UPDATE entity_links SET
  date = (SELECT a.date FROM articles a WHERE a.pk = entity_links.article),
  described = EXISTS (SELECT 1 FROM descriptors d WHERE d.article = entity_links.article AND d.entity = entity_links.local_id),
  attributed = EXISTS (SELECT 1 FROM attributes t WHERE t.article = entity_links.article AND t.entity = entity_links.local_id);

CREATE INDEX entity_links_date ON entity_links(entity, date);
CREATE INDEX entity_links_described ON entity_links(entity) WHERE described = 1;
CREATE INDEX entity_links_attributed ON entity_links(entity) WHERE attributed = 1;

CREATE TABLE entity_comentions (
  entity   INTEGER NOT NULL,
  other    INTEGER NOT NULL,
  articles INTEGER NOT NULL,            -- articles naming both
  PRIMARY KEY (entity, other)
) WITHOUT ROWID;

INSERT INTO entity_comentions (entity, other, articles)
  SELECT l.entity, o.entity, count(DISTINCT l.article) FROM entity_links l
  JOIN entity_links o ON o.article = l.article AND o.entity <> l.entity
  GROUP BY l.entity, o.entity;
