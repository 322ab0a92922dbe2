-- V9: co-mention counts may be written for several stores at once (Archive.holdCoMentions): the mark
-- says which articles entity_comentions counts (those up to its pk), so that the articles after it,
-- whose counts a crash lost with the memory that held them, are counted from entity_links on open.

CREATE TABLE archive_marks (
  name  TEXT    PRIMARY KEY,
  value INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO archive_marks (name, value) VALUES ('comentions_through', (SELECT coalesce(max(pk), 0) FROM articles));
