-- Issue 13, point 1 for the lists: every order a list offers, unfiltered and filtered by country, reads one index
-- range in the list's order, so that a page costs the same at any depth (keyset paging, shared.PagePosition).
-- Each index ends with the id, the tie-breaker of every order; those of the raid, server and case lists leave voided
-- rows out (the lists do), which keeps them a little smaller. The nullable provider and seizure date are indexed as
-- the lists sort them, through coalesce (RaidQueries.SERVER_KEYS).

-- A jurisdiction's code starts with its country's (ISO 3166-2: US-KS is in the US). The country filters of the raid
-- and defendant lists rely on it to read the country's rows as one range of an index on the code's prefix.
alter table jurisdiction add constraint ck_jurisdiction_code_starts_with_country check (left(code, 2) = country_code);

-- Server grid (1,000,000 rows at scale). Sorted by hostname: ix_seized_server_hostname (V20) and
-- ix_seized_server_country_hostname (V100); newest first without a filter: the primary key.
create index ix_seized_server_list_country on seized_server (country_code, id) where voided_at is null;
create index ix_seized_server_list_status on seized_server (status, id) where voided_at is null;
create index ix_seized_server_list_role on seized_server (role, id) where voided_at is null;
create index ix_seized_server_list_provider on seized_server (coalesce(hosting_provider, ''), id)
    where voided_at is null;
create index ix_seized_server_list_seized on seized_server (coalesce(seized_on, date '0001-01-01'), id)
    where voided_at is null;
create index ix_seized_server_list_country_status on seized_server (country_code, status, id)
    where voided_at is null;
create index ix_seized_server_list_country_role on seized_server (country_code, role, id) where voided_at is null;
create index ix_seized_server_list_country_provider on seized_server (country_code, coalesce(hosting_provider, ''), id)
    where voided_at is null;
create index ix_seized_server_list_country_seized
    on seized_server (country_code, coalesce(seized_on, date '0001-01-01'), id) where voided_at is null;

-- Raid list (50,000 rows at scale).
create index ix_raid_list_date on raid (raid_date, id) where voided_at is null;
create index ix_raid_list_jurisdiction on raid (jurisdiction_code, id) where voided_at is null;
create index ix_raid_list_status on raid (status, id) where voided_at is null;
create index ix_raid_list_country_date on raid (left(jurisdiction_code, 2), raid_date, id) where voided_at is null;
create index ix_raid_list_country_jurisdiction on raid (left(jurisdiction_code, 2), jurisdiction_code, id)
    where voided_at is null;
create index ix_raid_list_country_status on raid (left(jurisdiction_code, 2), status, id) where voided_at is null;

-- Defendant list (100,000 rows at scale): by name and by status are V30's; the country filter is the custody
-- jurisdiction's country.
create index ix_defendant_custody_country_name on defendant (left(custody_jurisdiction_code, 2), full_name, id);
create index ix_defendant_custody_country_status_name
    on defendant (left(custody_jurisdiction_code, 2), legal_status, full_name, id);

-- Case list (10,000 rows at scale); status sorts in workflow order (CaseSummaryQueries.KEYS).
create index ix_enforcement_case_list_reference on enforcement_case (reference, id) where voided_at is null;
create index ix_enforcement_case_list_title on enforcement_case (lower(title), id) where voided_at is null;
create index ix_enforcement_case_list_status on enforcement_case (
    array_position(array['INVESTIGATION','OPERATIONAL','PROSECUTION','SUSPENDED','CLOSED']::varchar[], status), id)
    where voided_at is null;
create index ix_enforcement_case_list_opened_on on enforcement_case (opened_on, id) where voided_at is null;

analyze seized_server;
analyze raid;
analyze defendant;
analyze enforcement_case;
