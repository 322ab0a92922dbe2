-- V5: the two profile sections that still visited every link of a frequent entity (tens of thousands
-- of articles for a city or a much-quoted person) read a bounded part instead.
-- entity_links.event_day is the earliest day of the events the article entity takes part in (as a
-- participant, the place or the source; an event's day is its time's calendar date, else the article's
-- date), so that "its events in time order" walks the links by that day through a partial index.
-- entity_descriptors holds how often each descriptor was given to an archive entity, kept up to date by
-- every store and entity edit like entity_aliases.

ALTER TABLE entity_links ADD COLUMN event_day TEXT;

UPDATE entity_links SET event_day = (
  SELECT min(coalesce(CASE WHEN e.time GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(e.time, 1, 10) END,
                      a.date))
  FROM events e JOIN articles a ON a.pk = e.article
  WHERE e.article = entity_links.article
    AND (e.place = entity_links.local_id OR e.source = entity_links.local_id
         OR EXISTS (SELECT 1 FROM event_participants p WHERE p.article = e.article AND p.event = e.ord
                    AND p.entity = entity_links.local_id)));

CREATE INDEX entity_links_events ON entity_links(entity, event_day) WHERE event_day IS NOT NULL;

CREATE TABLE entity_descriptors (
  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  text   TEXT    NOT NULL,               -- a descriptor as the articles give it ("former commander")
  count  INTEGER NOT NULL,               -- how many times, over the entity's article entities
  PRIMARY KEY (entity, text)
) WITHOUT ROWID;

INSERT INTO entity_descriptors (entity, text, count)
  SELECT l.entity, d.text, count(*) FROM entity_links l
  JOIN descriptors d ON d.article = l.article AND d.entity = l.local_id
  WHERE l.described = 1 GROUP BY l.entity, d.text;
