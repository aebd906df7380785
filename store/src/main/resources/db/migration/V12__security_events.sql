-- Account and security events (sign-in success and failure, locks), append-only like the decision audit trail.
-- Sign-in throttling counts failures here, so it holds across store instances and restarts.
CREATE TABLE security_event (
    id        BIGSERIAL   PRIMARY KEY,
    at        TIMESTAMPTZ NOT NULL,
    kind      TEXT        NOT NULL,
    username  TEXT,
    actor     TEXT,
    client    TEXT,
    detail    TEXT
);
CREATE INDEX security_event_username ON security_event (username, at DESC);
CREATE INDEX security_event_client ON security_event (client, at DESC);

CREATE FUNCTION security_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the security event log is append-only';
END;
$$;
CREATE TRIGGER security_event_append_only BEFORE UPDATE OR DELETE ON security_event
    FOR EACH ROW EXECUTE FUNCTION security_event_is_append_only();
CREATE TRIGGER security_event_no_truncate BEFORE TRUNCATE ON security_event
    FOR EACH STATEMENT EXECUTE FUNCTION security_event_is_append_only();
