-- Mastery and the daily pace of new facts (issue 21).

-- The grade of each fact's latest review: a fact whose last answer was wrong (or "I don't know") has no mastery until
-- it is answered right again. Filled from the review log for memories made before this column existed.
ALTER TABLE fact_memory ADD COLUMN last_grade VARCHAR(8);
UPDATE fact_memory SET last_grade = (
    SELECT r.grade FROM review_log r
    WHERE r.account_id = fact_memory.account_id AND r.fact_id = fact_memory.fact_id
    ORDER BY r.reviewed_at DESC, r.id DESC
    FETCH FIRST 1 ROWS ONLY);
ALTER TABLE fact_memory ADD CONSTRAINT fact_memory_last_grade_known
    CHECK (last_grade IN ('AGAIN', 'HARD', 'GOOD', 'EASY'));

-- New facts a student chose to learn today beyond the daily allowance, one row per student and day.
CREATE TABLE training_extra (
    account_id  BIGINT  NOT NULL REFERENCES account (id),
    on_day      DATE    NOT NULL,
    new_facts   INTEGER NOT NULL,
    CONSTRAINT training_extra_key PRIMARY KEY (account_id, on_day),
    CONSTRAINT training_extra_positive CHECK (new_facts > 0)
);
