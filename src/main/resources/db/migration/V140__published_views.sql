-- What each module publishes to the SQL of other modules, after cases_case (V130). The read side (analysis: the
-- dashboard, the search box, the country page and the case report) reads these views, never another module's tables,
-- so that a module can change its tables without breaking them. Each view is a plain projection of one table, with
-- its columns named: PostgreSQL inlines it into the query that reads it, and the indexes of the table (expression
-- indexes included, when the query repeats the expression) apply unchanged. The table in docs/architecture.md lists
-- every view, its owner and its readers.

-- cases: the case's texts too, for the full-text search (its index covers reference, title and summary) and the
-- case report. Appended at the end, as a view's existing columns cannot change.
create or replace view cases_case as
select id, reference, title, status, lead_agency_id, prosecuting_office_id, opened_on, closed_on, summary,
       modus_operandi
from enforcement_case;

-- jurisdictions: the reference data, and the counters of what happened in each country. The raids and defendants
-- modules report their changes to country_activity through country_activity_apply (V40), from their own triggers.
create view jurisdictions_jurisdiction as
select code, name, kind, country_code, parent_code
from jurisdiction;

create view jurisdictions_agency as
select id, name, acronym, kind, jurisdiction_code
from agency;

create view jurisdictions_country_activity as
select country_code, raids, servers, in_custody
from country_activity;

-- raids: raids, seized servers and the counters of servers per country and status (V71).
create view raids_raid as
select id, case_id, jurisdiction_code, status, raid_date, lead_agency_id, legal_reference, outcome
from raid;

create view raids_server as
select id, case_id, raid_id, country_code, hostname, ip_addresses, hosting_provider, role, status, seized_on,
       evidence_reference, disk_image_sha256
from seized_server;

create view raids_server_status_activity as
select country_code, status, servers
from server_status_activity;

-- defendants: defendants, their aliases, their links to cases, charges, extradition requests, and the counters of
-- defendants per legal status (V72).
create view defendants_defendant as
select id, full_name, nationality_code, legal_status, custody_jurisdiction_code, arrested_on
from defendant;

create view defendants_alias as
select id, defendant_id, alias
from defendant_alias;

create view defendants_case_link as
select case_id, defendant_id
from case_defendant;

create view defendants_charge as
select id, defendant_id, case_id, statute, description, counts, filed_on, disposition
from charge;

create view defendants_extradition_request as
select id, defendant_id, case_id, requesting_jurisdiction_code, requested_jurisdiction_code, legal_basis, status,
       requested_on, hearing_on, decided_on, surrendered_on
from extradition_request;

create view defendants_status_activity as
select legal_status, defendants
from defendant_status_activity;
