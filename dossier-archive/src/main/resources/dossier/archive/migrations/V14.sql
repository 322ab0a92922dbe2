-- V14: the stance and event-type filters search their indexes. `claims --stance` and `events --type` match
-- case-blind, and compared lower(stance) = lower(?), which no index answers: SQLite scanned all of
-- claims_stance / events_type instead (1M and 1M entries at 100k, ~0.19 s and ~0.17 s a query). The indexes
-- now fold case as the filters do (NOCASE, ASCII like SQLite's lower()), and the filters compare with
-- COLLATE NOCASE: a search of the matching entries (0.13 s and 0.12 s there, where every stance and type
-- is common; far less for a rare one).
DROP INDEX claims_stance;
CREATE INDEX claims_stance ON claims(stance COLLATE NOCASE);
DROP INDEX events_type;
CREATE INDEX events_type ON events(type COLLATE NOCASE);
