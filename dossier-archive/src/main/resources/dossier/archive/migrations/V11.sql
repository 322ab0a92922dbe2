-- V11: flags that mark the same links share one covering index instead of a partial index each
-- (docs/PERFORMANCE.md, "Ingest round 12b"): at 100,000 articles one store batch wrote ~17,090 pages,
-- 13,842 of them in the ten indexes of entity_links, each link a B-tree insert at a random key in every
-- index whose flag it has.
--   entity_links_entity (entity, article, local_id, described, attributed): all the entity's links by
--     article, with the flags the resolver's profile reads; replaces entity_links_entity, _described
--     and _attributed.
--   entity_links_date (entity, date, attributed, speaks) of the links with either flag: the profile's
--     attributes and quotes by the entity by article date; replaces entity_links_date (no query reads
--     the dates of unflagged links), _attributed_date and _speaks.
-- entity_links_sources, _quoted, _claimed and _events stay: their flags mark other links (sources of
-- claims, entities mentioned inside quotes and claims), which in a shared index an empty section of a
-- profile would walk entry by entry (all six flags in one index over every link: the profiles of the
-- 6 most linked entities took a median 10-11 ms instead of 4.4-5 at 100k, a place's 23-24 ms).

DROP INDEX entity_links_entity;
DROP INDEX entity_links_described;
DROP INDEX entity_links_attributed;
DROP INDEX entity_links_date;
DROP INDEX entity_links_attributed_date;
DROP INDEX entity_links_speaks;

CREATE INDEX entity_links_entity ON entity_links(entity, article, local_id, described, attributed);
CREATE INDEX entity_links_date ON entity_links(entity, date, attributed, speaks) WHERE attributed = 1 OR speaks = 1;
