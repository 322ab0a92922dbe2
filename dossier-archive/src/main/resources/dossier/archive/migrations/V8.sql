-- V8: V1's secondary indexes that no query reads are dropped: each cost a B-tree insert at a random key
-- per fact row on every store (~40 per article; docs/PERFORMANCE.md, "Ingest round 7").
-- Entity names are looked up in entities and entity_aliases, never in article_entities; attributes and
-- relations are read per article or per entity link, never by key or predicate; event times are
-- filtered through their day (EventDays' CASE on time), which an index on time cannot serve.
-- events_type and claims_stance stay: the case-folded type and stance filters scan them instead of
-- the tables, and with a few distinct values their inserts land at the end of a range.

DROP INDEX article_entities_name;
DROP INDEX attributes_key;
DROP INDEX events_time;
DROP INDEX relations_predicate;
