-- V11: the link flags are columns of two covering indexes instead of a partial index each
-- (docs/PERFORMANCE.md, "Ingest round 12b"): at 100,000 articles one store batch wrote ~17,090 pages,
-- 13,842 of them in the nine indexes of entity_links, each link a B-tree insert at a random key in
-- every index whose flag it has.
--   entity_links_entity (entity, article, ...): the entity's links oldest first, with the flags the
--     resolver's profile reads (described, attributed); replaces entity_links_entity, _described, _attributed.
--   entity_links_date (entity, date, ...): the profile's sections by article date; replaces
--     entity_links_date, _attributed_date, _speaks, _sources, _quoted, _claimed.
-- entity_links_events stays: its day is another column (folded into the date index, profiles took 55 ms).

DROP INDEX entity_links_entity;
DROP INDEX entity_links_described;
DROP INDEX entity_links_attributed;
DROP INDEX entity_links_date;
DROP INDEX entity_links_attributed_date;
DROP INDEX entity_links_speaks;
DROP INDEX entity_links_sources;
DROP INDEX entity_links_quoted;
DROP INDEX entity_links_claimed;

CREATE INDEX entity_links_entity ON entity_links(entity, article, local_id, described, attributed);
CREATE INDEX entity_links_date ON entity_links(entity, date, attributed, speaks, sources, quoted, claimed);
