#!/bin/sh
# Runs once, when the postgres container creates its data directory: the schema owner (Flyway) and the application's
# role, which only reads and writes rows (docs/security.md, Database roles).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v owner_password="$TAKEDOWN_OWNER_PASSWORD" -v app_password="$TAKEDOWN_APP_PASSWORD" <<'SQL'
create role takedown_owner login password :'owner_password';
create role takedown_app login password :'app_password'
    nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
create database takedown owner takedown_owner;
\connect takedown
revoke create on schema public from public;
alter schema public owner to takedown_owner;
revoke temporary on database takedown from public;
grant connect on database takedown to takedown_app;
SQL
