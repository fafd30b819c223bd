-- The browser sessions of accounts, so that a session can be ended on the server: signing out ends one, a password
-- change ends the account's others, an instructor can end all of a student's. The session cookie names its row
-- (docs/security.md, "Sessions"); a row that has ended, or is older than quiz.session.max-age, signs nobody in.
CREATE TABLE user_session (
    id         VARCHAR(32)              NOT NULL PRIMARY KEY,
    account_id BIGINT                   NOT NULL REFERENCES account (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX user_session_account ON user_session (account_id);
