-- Accounts of the people who review findings. Passwords are stored only as BCrypt hashes.
CREATE TABLE account (
    id            BIGSERIAL PRIMARY KEY,
    username      TEXT        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    role          TEXT        NOT NULL CHECK (role IN ('curator', 'editor')),
    password_hash TEXT        NOT NULL,
    disabled      BOOLEAN     NOT NULL DEFAULT false,
    created_by    TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Browser sessions. Only the SHA-256 of the cookie value is stored, so a copy of this table opens no session.
CREATE TABLE web_session (
    token_hash  TEXT PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    csrf_token  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX web_session_expires ON web_session (expires_at);

-- Tokens for API clients (the curate command line, scripts); stored as SHA-256, shown once when created.
CREATE TABLE api_token (
    token_hash  TEXT PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    label       TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at  TIMESTAMPTZ
);

-- 'proposed': a curator's edit waiting for a second person's approval; it is not published until then.
ALTER TABLE finding DROP CONSTRAINT finding_status_check;
ALTER TABLE finding ADD CONSTRAINT finding_status_check
    CHECK (status IN ('pending', 'approved', 'rejected', 'edited', 'proposed'));

-- The decision a fact had under the previous extractor version, when the newer one reads it differently.
ALTER TABLE finding ADD COLUMN prior_decision JSONB;

-- What downstream holds for a record is the last message published under its key.
CREATE INDEX outbox_channel_key ON outbox (channel, message_key, id);
