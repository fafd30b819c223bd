-- Counts the changes to an open attempt's answers (every save and every check adds one). The attempt page keeps the
-- HTML of an attempt's questions in memory by attempt and revision, and shows it again only while the revision in the
-- database is still the same (docs/performance.md, "Third round").
ALTER TABLE attempt ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;
