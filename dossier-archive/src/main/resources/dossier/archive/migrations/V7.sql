-- V7: the offsets of the words that name a quote's speaker / a claim's source at that quote or claim
-- ("he" in "he said") and of its cue ("said", "according to"), so that tables and exports point back
-- into the text for these too. Backfilled from each article's stored record (NULL where it has none).

ALTER TABLE quotes ADD COLUMN speaker_start INTEGER;
ALTER TABLE quotes ADD COLUMN speaker_end INTEGER;
ALTER TABLE quotes ADD COLUMN cue_start INTEGER;
ALTER TABLE quotes ADD COLUMN cue_end INTEGER;
ALTER TABLE claims ADD COLUMN source_start INTEGER;
ALTER TABLE claims ADD COLUMN source_end INTEGER;
ALTER TABLE claims ADD COLUMN cue_start INTEGER;
ALTER TABLE claims ADD COLUMN cue_end INTEGER;

UPDATE quotes SET (speaker_start, speaker_end, cue_start, cue_end) = (
  SELECT json_extract(x, '$.speaker_span.start'), json_extract(x, '$.speaker_span.end'),
         json_extract(x, '$.cue_span.start'), json_extract(x, '$.cue_span.end')
  FROM (SELECT json_extract(a.analysis, '$.quotes[' || quotes.ord || ']') AS x FROM articles a
        WHERE a.pk = quotes.article));

UPDATE claims SET (source_start, source_end, cue_start, cue_end) = (
  SELECT json_extract(x, '$.source_span.start'), json_extract(x, '$.source_span.end'),
         json_extract(x, '$.cue_span.start'), json_extract(x, '$.cue_span.end')
  FROM (SELECT json_extract(a.analysis, '$.claims[' || claims.ord || ']') AS x FROM articles a
        WHERE a.pk = claims.article));
