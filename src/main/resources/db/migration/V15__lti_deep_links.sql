-- LTI Deep Linking 2.0 (docs/interop.md, "Deep Linking"): a platform's request to pick a quiz, kept while its instructor
-- picks, for the account the request signed in only, used once and forgotten after it expires. What the response must
-- carry (where to post it, the platform's opaque data, whether line items are accepted) is read from here, never from
-- the browser. The return address may hold the platform's session key (Moodle's sesskey): it is never logged.
CREATE TABLE lti_deep_link (
    id               VARCHAR(64)              NOT NULL PRIMARY KEY,
    account_id       BIGINT                   NOT NULL,
    issuer           VARCHAR(255)             NOT NULL,
    client_id        VARCHAR(255)             NOT NULL,
    deployment_id    VARCHAR(255)             NOT NULL,
    return_url       VARCHAR(2000)            NOT NULL,
    data             VARCHAR(4000),
    accept_line_item BOOLEAN                  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lti_deep_link_expiry ON lti_deep_link (expires_at);
CREATE INDEX lti_deep_link_account ON lti_deep_link (account_id);
