-- V12: less written per stored article (docs/PERFORMANCE.md, "Ingest round 13c").
-- unindexed_articles holds the articles whose index document is not committed yet, instead of the flag
-- articles.indexed: an article's row is ~24 KB, of which ~9 KB stay in its leaf page, so setting the flag
-- after the index commit rewrote about one leaf page per article (540 of a 1,000-article store's ~4,900
-- pages in the WAL at 20k, and again in the checkpoint); this table takes a few pages per store.
--   Three secondary indexes that no query reads are dropped; each cost an index entry per quote or per
-- article on every store:
--   quotes_speaker (article, speaker): a quote is found by its speaker only through the speaker's link
--     (entity_links, then the article's ~10 quotes by the primary key, which SQLite chose over this index
--     already), never by (article, speaker) alone.
--   articles_date, articles_source: search filters and counts by date and source in Lucene; in SQLite
--     articles are read by pk or id, and ordered by date only after a join has chosen them (an ORDER BY
--     "date IS NULL, date" these indexes cannot give anyway).

CREATE TABLE unindexed_articles (
  pk INTEGER PRIMARY KEY REFERENCES articles(pk) ON DELETE CASCADE
);
INSERT INTO unindexed_articles (pk) SELECT pk FROM articles WHERE indexed = 0;
DROP INDEX articles_unindexed;
ALTER TABLE articles DROP COLUMN indexed;

DROP INDEX quotes_speaker;
DROP INDEX articles_date;
DROP INDEX articles_source;
