-- API tokens get a scope (what they may do within their account's role), an expiry and their last use. Tokens made
-- before scopes existed acted with the account's whole role: they keep that (admin) and expire in 90 days.
ALTER TABLE api_token ADD COLUMN scope TEXT NOT NULL DEFAULT 'review' CHECK (scope IN ('read', 'review', 'admin'));
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMPTZ;
ALTER TABLE api_token ADD COLUMN last_used_at TIMESTAMPTZ;
UPDATE api_token SET scope = 'admin', expires_at = now() + interval '90 days';
ALTER TABLE api_token ALTER COLUMN expires_at SET NOT NULL;
