-- V4: which links have quotes and claims by or about their entity, so that a profile reads the
-- newest of those through a partial index on (entity, date) instead of every link of the entity.
-- speaks / sources: the article entity is the speaker of a quote / the source of a claim;
-- quoted / claimed: one of its mentions lies inside a quote / a claim.

ALTER TABLE entity_links ADD COLUMN speaks INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entity_links ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entity_links ADD COLUMN quoted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entity_links ADD COLUMN claimed INTEGER NOT NULL DEFAULT 0;

UPDATE entity_links SET
  speaks = EXISTS (SELECT 1 FROM quotes q WHERE q.article = entity_links.article AND q.speaker = entity_links.local_id),
  sources = EXISTS (SELECT 1 FROM claims c WHERE c.article = entity_links.article AND c.source = entity_links.local_id),
  quoted = EXISTS (SELECT 1 FROM mentions m JOIN quotes x ON x.article = m.article AND m.start >= x.start
    AND m.end <= x.end WHERE m.article = entity_links.article AND m.entity = entity_links.local_id),
  claimed = EXISTS (SELECT 1 FROM mentions m JOIN claims x ON x.article = m.article AND m.start >= x.start
    AND m.end <= x.end WHERE m.article = entity_links.article AND m.entity = entity_links.local_id);

CREATE INDEX entity_links_attributed_date ON entity_links(entity, date) WHERE attributed = 1;
CREATE INDEX entity_links_speaks ON entity_links(entity, date) WHERE speaks = 1;
CREATE INDEX entity_links_sources ON entity_links(entity, date) WHERE sources = 1;
CREATE INDEX entity_links_quoted ON entity_links(entity, date) WHERE quoted = 1;
CREATE INDEX entity_links_claimed ON entity_links(entity, date) WHERE claimed = 1;
