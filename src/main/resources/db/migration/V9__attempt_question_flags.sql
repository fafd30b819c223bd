-- A student may flag a question of an open attempt "to come back to" (issue 18, part 4). The flag is shown on the
-- attempt page, in the summary before the final submit, and in the review (the student's and the instructor's copy).
-- It raises the attempt's revision like a save, so that the attempt page's kept HTML is never shown with a stale flag.
ALTER TABLE attempt_question ADD COLUMN flagged BOOLEAN DEFAULT FALSE NOT NULL;
