-- V1: articles and the facts extracted from each, one typed table per kind of fact.
-- articles.analysis holds the whole dossier.article/1 JSON: it is the source of truth, the typed
-- tables below are derived from it for queries (a later migration can backfill a new table from it).
-- Facts reference articles by articles.pk (an integer: small, fast joins); ord is a fact's position
-- in its list of the JSON record, so (article, ord) names it stably.

CREATE TABLE articles (
  pk           INTEGER PRIMARY KEY,
  id           TEXT    NOT NULL UNIQUE,
  content_hash TEXT    NOT NULL UNIQUE,   -- SHA-256 hex of the text: the same text is one article
  date         TEXT,                      -- ISO yyyy-mm-dd or NULL
  title        TEXT,
  source       TEXT,
  url          TEXT,
  text         TEXT    NOT NULL,
  schema       TEXT    NOT NULL,          -- e.g. dossier.article/1
  analysis     TEXT    NOT NULL,          -- the full record as JSON
  indexed      INTEGER NOT NULL DEFAULT 0 CHECK (indexed IN (0, 1)),  -- 1 once committed to Lucene
  ingested_at  TEXT    NOT NULL
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_unindexed ON articles(pk) WHERE indexed = 0;

CREATE TABLE article_entities (
  article       INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  local_id      TEXT    NOT NULL,          -- "e1": the entity's id inside its article
  name          TEXT    NOT NULL,
  type          TEXT    NOT NULL,
  subtype       TEXT,
  link          TEXT,
  mention_count INTEGER NOT NULL,
  PRIMARY KEY (article, local_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_name ON article_entities(name);

CREATE TABLE mentions (
  article  INTEGER NOT NULL,
  entity   TEXT    NOT NULL,
  ord      INTEGER NOT NULL,
  start    INTEGER NOT NULL,
  end      INTEGER NOT NULL,
  text     TEXT    NOT NULL,
  PRIMARY KEY (article, entity, ord),
  FOREIGN KEY (article, entity) REFERENCES article_entities(article, local_id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE descriptors (
  article  INTEGER NOT NULL,
  entity   TEXT    NOT NULL,
  ord      INTEGER NOT NULL,
  text     TEXT    NOT NULL,
  PRIMARY KEY (article, entity, ord),
  FOREIGN KEY (article, entity) REFERENCES article_entities(article, local_id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE attributes (
  article        INTEGER NOT NULL,
  entity         TEXT    NOT NULL,
  key            TEXT    NOT NULL,
  value          TEXT,
  evidence_start INTEGER,
  evidence_end   INTEGER,
  evidence_text  TEXT,
  PRIMARY KEY (article, entity, key),
  FOREIGN KEY (article, entity) REFERENCES article_entities(article, local_id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX attributes_key ON attributes(key, value);

CREATE TABLE quotes (
  article      INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  text         TEXT    NOT NULL,
  kind         TEXT,
  speaker      TEXT,                     -- local entity id or NULL
  speaker_name TEXT,
  cue          TEXT,
  PRIMARY KEY (article, ord)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(article, speaker);

CREATE TABLE claims (
  article     INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  ord         INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT    NOT NULL,
  source      TEXT,
  source_name TEXT,
  cue         TEXT,
  stance      TEXT,
  PRIMARY KEY (article, ord)
) WITHOUT ROWID;
CREATE INDEX claims_stance ON claims(stance);

CREATE TABLE times (
  article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  ord     INTEGER NOT NULL,
  start   INTEGER NOT NULL,
  end     INTEGER NOT NULL,
  text    TEXT    NOT NULL,
  type    TEXT,
  value   TEXT,
  PRIMARY KEY (article, ord)
) WITHOUT ROWID;

CREATE TABLE events (
  article       INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  ord           INTEGER NOT NULL,
  type          TEXT    NOT NULL,
  trigger_start INTEGER,
  trigger_end   INTEGER,
  trigger_text  TEXT,
  place         TEXT,
  place_name    TEXT,
  time          TEXT,
  source        TEXT,
  source_name   TEXT,
  stance        TEXT,
  modality      TEXT,
  PRIMARY KEY (article, ord)
) WITHOUT ROWID;
CREATE INDEX events_type ON events(type);
CREATE INDEX events_time ON events(time);

CREATE TABLE event_participants (
  article INTEGER NOT NULL,
  event   INTEGER NOT NULL,
  ord     INTEGER NOT NULL,
  role    TEXT,
  entity  TEXT,
  text    TEXT,
  PRIMARY KEY (article, event, ord),
  FOREIGN KEY (article, event) REFERENCES events(article, ord) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE event_counts (
  article INTEGER NOT NULL,
  event   INTEGER NOT NULL,
  what    TEXT    NOT NULL,              -- "killed"
  figure  TEXT    NOT NULL,              -- "at least 20", as written
  PRIMARY KEY (article, event, what),
  FOREIGN KEY (article, event) REFERENCES events(article, ord) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE relations (
  article   INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  ord       INTEGER NOT NULL,
  subject   TEXT,
  predicate TEXT    NOT NULL,
  object    TEXT,
  start     INTEGER,
  end       INTEGER,
  text      TEXT,
  PRIMARY KEY (article, ord)
) WITHOUT ROWID;
CREATE INDEX relations_predicate ON relations(predicate);
