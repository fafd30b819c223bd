-- A student's request to have their account deleted, and its outcome (issue 19; docs/own-data.md).

-- When the student asked for deletion (with their password); null when no request is pending or was ever made.
ALTER TABLE account ADD COLUMN deletion_requested_at TIMESTAMP WITH TIME ZONE;
-- When an instructor confirmed it: from then on the account cannot sign in, its personal fields are erased (username
-- deleted-<id>, display name "Deleted student <id>", no student number) and its attempts were deleted or kept
-- under that anonymous name.
ALTER TABLE account ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
-- What the instructor chose: DELETE_ATTEMPTS or KEEP_ANONYMISED.
ALTER TABLE account ADD COLUMN deletion_outcome VARCHAR(16);
ALTER TABLE account ADD CONSTRAINT account_deletion_outcome_known
    CHECK (deletion_outcome IN ('DELETE_ATTEMPTS', 'KEEP_ANONYMISED'));
CREATE INDEX account_deletion_pending ON account (deletion_requested_at);
