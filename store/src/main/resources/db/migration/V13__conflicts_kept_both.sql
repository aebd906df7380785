-- Conflicts a curator judged to be none (both statements right: different populations, timepoints or analyses), with
-- the reason; never changed or removed. A pair listed here is no longer open.
CREATE TABLE conflict_kept_both (
    first_record  TEXT        NOT NULL,
    second_record TEXT        NOT NULL,
    actor         TEXT        NOT NULL,
    decided_at    TIMESTAMPTZ NOT NULL,
    reason        TEXT        NOT NULL CHECK (btrim(reason) <> ''),
    PRIMARY KEY (first_record, second_record),
    CHECK (first_record < second_record)
);
CREATE TRIGGER conflict_kept_both_append_only BEFORE UPDATE OR DELETE ON conflict_kept_both
    FOR EACH ROW EXECUTE FUNCTION decision_is_append_only();
