-- V2: archive entities across articles, the links to them, and user overrides.
-- Archive entity ids are integers assigned by the archive; they may change when the archive is
-- rebuilt, so overrides name article entities by (article id, local id), which do not.

CREATE TABLE entities (
  id            INTEGER PRIMARY KEY,
  name          TEXT    NOT NULL,        -- canonical name (the most frequent/longest full form)
  type          TEXT    NOT NULL,
  key           TEXT    NOT NULL,        -- normalized name the simple resolver matches on
  first_seen    TEXT,                    -- earliest article date
  last_seen     TEXT,                    -- latest article date
  article_count INTEGER NOT NULL DEFAULT 0,
  mention_count INTEGER NOT NULL DEFAULT 0,
  created_at    TEXT    NOT NULL
);
CREATE INDEX entities_key ON entities(type, key);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE entity_aliases (
  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias  TEXT    NOT NULL,               -- a name or mention text seen for it
  count  INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (entity, alias)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_alias ON entity_aliases(alias);

CREATE TABLE entity_links (
  article  INTEGER NOT NULL,
  local_id TEXT    NOT NULL,
  entity   INTEGER NOT NULL REFERENCES entities(id),
  method   TEXT    NOT NULL,             -- which resolver (or override) decided: 'name-key', 'override', ...
  score    REAL,
  PRIMARY KEY (article, local_id),
  FOREIGN KEY (article, local_id) REFERENCES article_entities(article, local_id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX entity_links_entity ON entity_links(entity);

CREATE TABLE entity_overrides (
  id               INTEGER PRIMARY KEY,
  action           TEXT NOT NULL CHECK (action IN ('merge', 'split')),
  article_id       TEXT NOT NULL,        -- articles.id, not pk: survives rebuilds
  local_id         TEXT NOT NULL,
  other_article_id TEXT NOT NULL,
  other_local_id   TEXT NOT NULL,
  note             TEXT,
  created_at       TEXT NOT NULL
);
CREATE INDEX entity_overrides_left ON entity_overrides(article_id, local_id);
CREATE INDEX entity_overrides_right ON entity_overrides(other_article_id, other_local_id);
