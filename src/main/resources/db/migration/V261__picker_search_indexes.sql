-- Pickers load their options as the user types (GET /cases/options, GET /agencies/options): a case or an agency is
-- found by any part of its reference, title, name or acronym, which a trigram index answers without reading every row.
create index ix_case_option_trgm on enforcement_case using gin ((reference || ' ' || title) gin_trgm_ops);
create index ix_agency_option_trgm on agency
    using gin ((name || ' ' || coalesce(acronym, '') || ' ' || jurisdiction_code) gin_trgm_ops);
