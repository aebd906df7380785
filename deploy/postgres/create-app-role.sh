#!/bin/sh
# Run once by the postgres image when its data directory is created: the role the OncoCurate services connect as.
# The schema owner (POSTGRES_USER) migrates the schema and grants this role only what the running system needs.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v app_password="$ONCOCURATE_DB_APP_PASSWORD" <<'SQL'
CREATE ROLE oncocurate_app LOGIN PASSWORD :'app_password';
SQL
