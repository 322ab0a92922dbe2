-- V10: the fact rows that belong to one article entity or one event are columns of its row, as JSON,
-- instead of rows of their own (docs/PERFORMANCE.md, "Ingest round 10": per article ~53 mention rows,
-- 10 descriptor, 10 attribute, 20 participant and 3 count rows, each a B-tree insert and a bound value
-- per column on every store). The tables they were in stay as views with the same columns and rows,
-- so that queries read them as before (ord = the position in the array); views cannot be written.
--   article_entities.spans        mentions:    [[start, end, "text"], ...] in mention order
--   article_entities.descriptions descriptors: ["text", ...] in order
--   article_entities.attributes   attributes:  {"key": ["value", evidence_start, evidence_end, "evidence_text"], ...} by key
--   events.participants           event_participants: [["role", "entity", "text"], ...] in order
--   events.counts                 event_counts: {"what": "figure", ...} by what

ALTER TABLE article_entities ADD COLUMN spans TEXT NOT NULL DEFAULT '[]';
ALTER TABLE article_entities ADD COLUMN descriptions TEXT NOT NULL DEFAULT '[]';
ALTER TABLE article_entities ADD COLUMN attributes TEXT NOT NULL DEFAULT '{}';
ALTER TABLE events ADD COLUMN participants TEXT NOT NULL DEFAULT '[]';
ALTER TABLE events ADD COLUMN counts TEXT NOT NULL DEFAULT '{}';

UPDATE article_entities SET
  spans = (SELECT json_group_array(json_array(m.start, m.end, m.text)) FROM (SELECT start, end, text FROM mentions
           WHERE article = article_entities.article AND entity = article_entities.local_id ORDER BY ord) m),
  descriptions = (SELECT json_group_array(d.text) FROM (SELECT text FROM descriptors
                  WHERE article = article_entities.article AND entity = article_entities.local_id ORDER BY ord) d),
  attributes = (SELECT json_group_object(t.key, json_array(t.value, t.evidence_start, t.evidence_end, t.evidence_text))
                FROM (SELECT * FROM attributes WHERE article = article_entities.article
                      AND entity = article_entities.local_id ORDER BY key) t);

UPDATE events SET
  participants = (SELECT json_group_array(json_array(p.role, p.entity, p.text)) FROM (SELECT role, entity, text
                  FROM event_participants WHERE article = events.article AND event = events.ord ORDER BY ord) p),
  counts = (SELECT json_group_object(c.what, c.figure) FROM (SELECT what, figure FROM event_counts
            WHERE article = events.article AND event = events.ord ORDER BY what) c);

DROP TABLE mentions;
DROP TABLE descriptors;
DROP TABLE attributes;
DROP TABLE event_participants;
DROP TABLE event_counts;

CREATE VIEW mentions (article, entity, ord, start, end, text) AS
  SELECT ae.article, ae.local_id, m.key, m.value ->> 0, m.value ->> 1, m.value ->> 2
  FROM article_entities ae, json_each(ae.spans) m;

CREATE VIEW descriptors (article, entity, ord, text) AS
  SELECT ae.article, ae.local_id, d.key, d.value
  FROM article_entities ae, json_each(ae.descriptions) d;

CREATE VIEW attributes (article, entity, key, value, evidence_start, evidence_end, evidence_text) AS
  SELECT ae.article, ae.local_id, t.key, t.value ->> 0, t.value ->> 1, t.value ->> 2, t.value ->> 3
  FROM article_entities ae, json_each(ae.attributes) t;

CREATE VIEW event_participants (article, event, ord, role, entity, text) AS
  SELECT e.article, e.ord, p.key, p.value ->> 0, p.value ->> 1, p.value ->> 2
  FROM events e, json_each(e.participants) p;

CREATE VIEW event_counts (article, event, what, figure) AS
  SELECT e.article, e.ord, c.key, c.value
  FROM events e, json_each(e.counts) c;
