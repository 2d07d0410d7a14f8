-- The case list filters by country through EXISTS on the seized servers: with this index PostgreSQL finds the cases
-- that have a server in a country from the index alone, without visiting the (up to millions of) server rows.
create index ix_seized_server_country_case on seized_server (country_code, case_id);

-- The case list sorts by title ignoring case; the first page of that order comes straight from this index.
create index ix_case_title_lower on enforcement_case (lower(title));
