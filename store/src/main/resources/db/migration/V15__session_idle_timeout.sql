-- When a browser session was last used: a session idle for longer than the idle timeout ends.
ALTER TABLE web_session ADD COLUMN last_seen_at TIMESTAMPTZ NOT NULL DEFAULT now();
