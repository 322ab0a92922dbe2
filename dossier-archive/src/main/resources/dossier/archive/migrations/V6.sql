-- V6: quotes and claims by a speaker or source named as written (no archive entity: "Norwegian police",
-- "a source close to the ministry") through an index instead of a scan of every quote and claim.
-- Entity speakers and sources are read through entity_links (V4 flags); only rows without one are indexed.

CREATE INDEX quotes_unlinked_speaker ON quotes(speaker_name COLLATE NOCASE) WHERE speaker IS NULL;
CREATE INDEX claims_unlinked_source ON claims(source_name COLLATE NOCASE) WHERE source IS NULL;
