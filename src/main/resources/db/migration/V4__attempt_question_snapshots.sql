-- Each attempt question's frozen snapshot moves to a table of its own. A snapshot (about 1 KB of JSON, up to 1 MB) is
-- written once when its attempt starts and never changes, while the row beside it changes with every save and at
-- grading: kept in one row, every save, grade and export scan read and rewrote the snapshot too (docs/performance.md,
-- "Third round"). Existing snapshots are copied over unchanged.
CREATE TABLE attempt_question_snapshot (
    attempt_question_id BIGINT           NOT NULL PRIMARY KEY REFERENCES attempt_question (id),
    snapshot            VARCHAR(1000000) NOT NULL
);
INSERT INTO attempt_question_snapshot (attempt_question_id, snapshot)
SELECT id, snapshot FROM attempt_question;
ALTER TABLE attempt_question DROP COLUMN snapshot;
