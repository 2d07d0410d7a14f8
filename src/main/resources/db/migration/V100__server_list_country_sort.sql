-- The server grid filtered by country and sorted by hostname (GET /servers?country=US&sort=hostname) sorted every
-- server of the country (71,818 for the US at a million servers) before it could show the first 50. With the country
-- first and the grid's order (hostname, then id) after it, one index range gives the page in order.
create index ix_seized_server_country_hostname on seized_server (country_code, hostname, id);

-- The provider filter (a lower-case prefix, served by ix_seized_server_provider_lower of V20) needs the statistics of
-- that index's expression: without them PostgreSQL assumes 0.5 % of the rows match any prefix and walks the id index
-- backwards hoping for a page, which for a prefix that matches nothing ("host") reads all million rows. ANALYZE
-- collects them (it samples, ~1 s at a million rows); autovacuum keeps them current afterwards.
analyze seized_server;
