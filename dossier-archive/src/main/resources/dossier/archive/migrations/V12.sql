-- V12: three more secondary indexes that no query reads are dropped (docs/PERFORMANCE.md, "Ingest round 13c"):
-- each cost an index entry per quote or per article on every store, and its pages in the WAL and the
-- checkpoint.
--   quotes_speaker (article, speaker): a quote is found by its speaker only through the speaker's link
--     (entity_links, then the article's ~10 quotes by the primary key, which SQLite chose over this index
--     already), never by (article, speaker) alone.
--   articles_date, articles_source: search filters and counts by date and source in Lucene; in SQLite
--     articles are read by pk or id, and ordered by date only after a join has chosen them (an ORDER BY
--     "date IS NULL, date" this index cannot give anyway).

DROP INDEX quotes_speaker;
DROP INDEX articles_date;
DROP INDEX articles_source;
