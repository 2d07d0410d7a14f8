-- Indexes for the seized-server grid (GET /servers), which must stay fast at a million rows: every sortable column
-- has an index on (column, id) so that a page is read in index order, and the provider filter, a case-insensitive
-- prefix match, is served by an index on lower(hosting_provider).
create index ix_seized_server_hostname on seized_server (hostname, id);
create index ix_seized_server_seized_on on seized_server (seized_on, id);
create index ix_seized_server_provider_lower on seized_server (lower(hosting_provider) text_pattern_ops, id);
