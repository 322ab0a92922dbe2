-- V13: the days of entity_links as integers yyyymmdd (20221103 for "2022-11-03", dossier.archive.DayNumbers)
-- instead of 10-character text (docs/PERFORMANCE.md, "Ingest round 14b"). date is in three of the links'
-- four indexes (entity_links_date, _sources, and the empty _quoted and _claimed), event_day in
-- entity_links_events; an entry of those is ~29 bytes with a text day, ~23 with a number, and a store's new
-- links land at random keys on nearly every leaf page of them, each written to the WAL and again by the
-- checkpoint. yyyymmdd, not epoch days: an event's day is any time that starts "NNNN-NN-NN", a calendar
-- day or not, and the numbers keep the text's order for all of them.
--   A column's type cannot change in place (a TEXT column would turn the numbers back into text), so the
-- table is rebuilt with the same columns, rows and indexes.

CREATE TABLE entity_links_v13 (
  article    INTEGER NOT NULL,
  local_id   TEXT    NOT NULL,
  entity     INTEGER NOT NULL REFERENCES entities(id),
  method     TEXT    NOT NULL,
  score      REAL,
  date       INTEGER,                    -- the article's date, yyyymmdd
  described  INTEGER NOT NULL DEFAULT 0,
  attributed INTEGER NOT NULL DEFAULT 0,
  speaks     INTEGER NOT NULL DEFAULT 0,
  sources    INTEGER NOT NULL DEFAULT 0,
  quoted     INTEGER NOT NULL DEFAULT 0,
  claimed    INTEGER NOT NULL DEFAULT 0,
  event_day  INTEGER,                    -- the earliest day of its events (V5), yyyymmdd
  PRIMARY KEY (article, local_id),
  FOREIGN KEY (article, local_id) REFERENCES article_entities(article, local_id) ON DELETE CASCADE
) WITHOUT ROWID;

INSERT INTO entity_links_v13
  SELECT article, local_id, entity, method, score,
    CAST(substr(date, 1, 4) || substr(date, 6, 2) || substr(date, 9, 2) AS INTEGER),
    described, attributed, speaks, sources, quoted, claimed,
    CAST(substr(event_day, 1, 4) || substr(event_day, 6, 2) || substr(event_day, 9, 2) AS INTEGER)
  FROM entity_links ORDER BY article, local_id;

DROP TABLE entity_links;
ALTER TABLE entity_links_v13 RENAME TO entity_links;

CREATE INDEX entity_links_entity ON entity_links(entity, article, local_id, described, attributed);
CREATE INDEX entity_links_date ON entity_links(entity, date, attributed, speaks) WHERE attributed = 1 OR speaks = 1;
CREATE INDEX entity_links_sources ON entity_links(entity, date) WHERE sources = 1;
CREATE INDEX entity_links_quoted ON entity_links(entity, date) WHERE quoted = 1;
CREATE INDEX entity_links_claimed ON entity_links(entity, date) WHERE claimed = 1;
CREATE INDEX entity_links_events ON entity_links(entity, event_day) WHERE event_day IS NOT NULL;
