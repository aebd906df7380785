-- PDFs, content-addressed by the SHA-256 of their bytes: a paper is stored once however often it is submitted.
CREATE TABLE pdf_blob (
    sha256     TEXT PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content    BYTEA       NOT NULL,
    byte_size  BIGINT      NOT NULL CHECK (byte_size >= 0),
    stored_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per paper: where it is in the pipeline and what is needed to cite it.
CREATE TABLE paper (
    id                TEXT PRIMARY KEY CHECK (id ~ '^[0-9a-f]{64}$'),
    file_name         TEXT        NOT NULL,
    submitted_by      TEXT        NOT NULL,
    submitted_at      TIMESTAMPTZ NOT NULL,
    state             TEXT        NOT NULL CHECK (state IN ('submitted', 'ingested', 'extracted', 'rejected')),
    title             TEXT,
    doi               TEXT,
    journal           TEXT,
    year              INT,
    authors           JSONB       NOT NULL DEFAULT '[]',
    page_count        INT,
    ingest_version    TEXT,
    ingested_at       TIMESTAMPTZ,
    paper_text        JSONB,
    extractor_version TEXT,
    extracted_at      TIMESTAMPTZ,
    rejected_stage    TEXT,
    rejection_reason  TEXT,
    rejection_message TEXT,
    rejected_at       TIMESTAMPTZ,
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX paper_submitted_at ON paper (submitted_at DESC);

-- Findings as extracted, one row per paper, extractor version and fact key, with their review state.
CREATE TABLE finding (
    id                BIGSERIAL PRIMARY KEY,
    record_id         TEXT        NOT NULL,
    paper_id          TEXT        NOT NULL REFERENCES paper (id),
    extractor_version TEXT        NOT NULL,
    kind              TEXT        NOT NULL,
    fact_key          TEXT        NOT NULL,
    machine           JSONB       NOT NULL,
    record            JSONB       NOT NULL,
    status            TEXT        NOT NULL DEFAULT 'pending'
                      CHECK (status IN ('pending', 'approved', 'rejected', 'edited')),
    curated           JSONB,
    decided_by        TEXT,
    decided_at        TIMESTAMPTZ,
    decision_reason   TEXT,
    version           BIGINT      NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (paper_id, extractor_version, fact_key)
);
CREATE INDEX finding_record_id ON finding (record_id);
CREATE INDEX finding_paper_kind ON finding (paper_id, kind);

-- Every curator decision, never changed or removed.
CREATE TABLE decision (
    id          BIGSERIAL PRIMARY KEY,
    finding_id  BIGINT      NOT NULL REFERENCES finding (id),
    record_id   TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    action      TEXT        NOT NULL,
    decided_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    before      JSONB,
    after       JSONB,
    reason      TEXT
);
CREATE INDEX decision_record_id ON decision (record_id, id);

CREATE FUNCTION decision_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the decision audit trail is append-only';
END;
$$;
CREATE TRIGGER decision_append_only BEFORE UPDATE OR DELETE ON decision
    FOR EACH ROW EXECUTE FUNCTION decision_is_append_only();
CREATE TRIGGER decision_no_truncate BEFORE TRUNCATE ON decision
    FOR EACH STATEMENT EXECUTE FUNCTION decision_is_append_only();

-- Messages to publish, written in the same transaction as the change they announce (transactional outbox).
-- A null payload is a tombstone.
CREATE TABLE outbox (
    id           BIGSERIAL PRIMARY KEY,
    channel      TEXT        NOT NULL,
    message_key  TEXT        NOT NULL,
    payload      JSONB,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at TIMESTAMPTZ
);
CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL;
