-- The defendant list filters by legal status, nationality, custody and case, sorts by name or status, and searches
-- names and aliases by "contains". These indexes keep it fast with hundreds of thousands of defendants.

-- Filter + sort in one index scan: each filter column followed by the list's order (full name, then id).
-- They replace the single-column indexes of V1 (each still starts with the same column, so foreign keys stay indexed).
create index ix_defendant_name_id on defendant (full_name, id);
create index ix_defendant_status_name on defendant (legal_status, full_name, id);
create index ix_defendant_nationality_name on defendant (nationality_code, full_name, id);
create index ix_defendant_custody_name on defendant (custody_jurisdiction_code, full_name, id);
drop index ix_defendant_full_name;
drop index ix_defendant_legal_status;
drop index ix_defendant_nationality;
drop index ix_defendant_custody_jurisdiction;

-- Case-insensitive "contains" search (ILIKE '%text%') on names and aliases: trigram indexes.
-- pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it without superuser rights.
create extension if not exists pg_trgm;
create index ix_defendant_full_name_trgm on defendant using gin (full_name gin_trgm_ops);
create index ix_defendant_alias_alias_trgm on defendant_alias using gin (alias gin_trgm_ops);
