-- Issue 12, point 3. Cases, raids, charges and extradition requests are voided with a reason, never deleted, like
-- seized servers (V220) and case-defendant links (V210), with the same three columns; an administrator restores them.
alter table enforcement_case
    add column voided_at   timestamptz,
    add column voided_by   varchar(100),
    add column void_reason varchar(1000),
    add constraint ck_enforcement_case_voided check (
        (voided_at is null and voided_by is null and void_reason is null)
        or (voided_at is not null and voided_by is not null and void_reason is not null));
alter table raid
    add column voided_at   timestamptz,
    add column voided_by   varchar(100),
    add column void_reason varchar(1000),
    add constraint ck_raid_voided check (
        (voided_at is null and voided_by is null and void_reason is null)
        or (voided_at is not null and voided_by is not null and void_reason is not null));
alter table charge
    add column voided_at   timestamptz,
    add column voided_by   varchar(100),
    add column void_reason varchar(1000),
    add constraint ck_charge_voided check (
        (voided_at is null and voided_by is null and void_reason is null)
        or (voided_at is not null and voided_by is not null and void_reason is not null));
alter table extradition_request
    add column voided_at   timestamptz,
    add column voided_by   varchar(100),
    add column void_reason varchar(1000),
    add constraint ck_extradition_request_voided check (
        (voided_at is null and voided_by is null and void_reason is null)
        or (voided_at is not null and voided_by is not null and void_reason is not null));

-- Voiding a case voids what belongs to it (its raids, servers, defendant links, charges and extradition requests) and
-- voiding a raid voids its servers; voided_with (on the records a case or a raid holds) says which rows went with their case or raid, so that restoring the
-- case or the raid brings back exactly those, and not a record that had been voided on its own before.
alter table raid add column voided_with varchar(10);
alter table seized_server add column voided_with varchar(10);
alter table case_defendant add column voided_with varchar(10);
alter table charge add column voided_with varchar(10);
alter table extradition_request add column voided_with varchar(10);
alter table raid add constraint ck_raid_voided_with
    check (voided_with is null or (voided_with = 'CASE' and voided_at is not null));
alter table seized_server add constraint ck_seized_server_voided_with
    check (voided_with is null or (voided_with in ('CASE', 'RAID') and voided_at is not null));
alter table case_defendant add constraint ck_case_defendant_voided_with
    check (voided_with is null or (voided_with = 'CASE' and voided_at is not null));
alter table charge add constraint ck_charge_voided_with
    check (voided_with is null or (voided_with = 'CASE' and voided_at is not null));
alter table extradition_request add constraint ck_extradition_request_voided_with
    check (voided_with is null or (voided_with = 'CASE' and voided_at is not null));

alter table enforcement_case_aud
    add column voided_at   timestamptz,
    add column voided_by   varchar(100),
    add column void_reason varchar(1000);
alter table raid_aud
    add column voided_at   timestamptz,
    add column voided_by   varchar(100),
    add column void_reason varchar(1000),
    add column voided_with varchar(10);
alter table charge_aud
    add column voided_at   timestamptz,
    add column voided_by   varchar(100),
    add column void_reason varchar(1000),
    add column voided_with varchar(10);
alter table extradition_request_aud
    add column voided_at   timestamptz,
    add column voided_by   varchar(100),
    add column void_reason varchar(1000),
    add column voided_with varchar(10);
alter table seized_server_aud add column voided_with varchar(10);
alter table case_defendant_aud add column voided_with varchar(10);

-- The administrator's list of voided records, newest void first, reads these: few rows, never the live ones.
create index ix_enforcement_case_voided on enforcement_case (voided_at desc, id desc) where voided_at is not null;
create index ix_raid_voided on raid (voided_at desc, id desc) where voided_at is not null and voided_with is null;
create index ix_seized_server_voided on seized_server (voided_at desc, id desc)
    where voided_at is not null and voided_with is null;
create index ix_case_defendant_voided on case_defendant (voided_at desc, case_id desc, defendant_id desc)
    where voided_at is not null and voided_with is null;
create index ix_charge_voided on charge (voided_at desc, id desc) where voided_at is not null and voided_with is null;
create index ix_extradition_request_voided on extradition_request (voided_at desc, id desc)
    where voided_at is not null and voided_with is null;

-- The raid counter of country_activity counts the raids that are not voided: voiding is, for it, a removal (and
-- restoring, an insertion), as for the servers (V220).
create or replace function raid_country_activity() returns trigger
language plpgsql as $$
declare
    deltas jsonb;
begin
    if tg_op = 'INSERT' then
        select jsonb_agg(x) into deltas from (
            select j.country_code, count(*) as n from new_rows r join jurisdiction j on j.code = r.jurisdiction_code
            where r.voided_at is null
            group by j.country_code) x;
    elsif tg_op = 'DELETE' then
        select jsonb_agg(x) into deltas from (
            select j.country_code, -count(*) as n from old_rows r join jurisdiction j on j.code = r.jurisdiction_code
            where r.voided_at is null
            group by j.country_code) x;
    else
        select jsonb_agg(x) into deltas from (
            select country_code, sum(n) as n from (
                select j.country_code, -1 as n from old_rows r join jurisdiction j on j.code = r.jurisdiction_code
                where r.voided_at is null
                union all
                select j.country_code, 1 from new_rows r join jurisdiction j on j.code = r.jurisdiction_code
                where r.voided_at is null) c
            group by country_code) x;
    end if;
    if deltas is not null then
        perform country_activity_apply('raids', deltas);
    end if;
    return null;
end;
$$;

-- The published views keep their columns and leave out what is voided: the dashboard, the search, the country page,
-- the case report and the lists that join cases_case need no change of their own.
create or replace view cases_case as
select id, reference, title, status, lead_agency_id, prosecuting_office_id, opened_on, closed_on, summary,
       modus_operandi
from enforcement_case
where voided_at is null;

create or replace view raids_raid as
select id, case_id, jurisdiction_code, status, raid_date, lead_agency_id, legal_reference, outcome
from raid
where voided_at is null;

create or replace view defendants_charge as
select id, defendant_id, case_id, statute, description, counts, filed_on, disposition
from charge
where voided_at is null;

create or replace view defendants_extradition_request as
select id, defendant_id, case_id, requesting_jurisdiction_code, requested_jurisdiction_code, legal_basis, status,
       requested_on, hearing_on, decided_on, surrendered_on
from extradition_request
where voided_at is null;

-- No case data is deleted by the application: its role keeps reading and writing these rows, but cannot delete them
-- (the foreign keys' "on delete cascade" stays the schema owner's, for a test's scratch data).
revoke delete, truncate on enforcement_case, raid, seized_server, case_defendant, charge, extradition_request
    from "${application-role}";

-- Voids and restores are entries in the audit log.
alter table audit_log drop constraint ck_audit_log_event;
alter table audit_log add constraint ck_audit_log_event check (event in (
    'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'ACCESS_DENIED', 'ACCOUNT_LOCKED', 'USER_CREATED', 'USER_UPDATED',
    'USER_DISABLED', 'USER_ENABLED', 'USER_UNLOCKED', 'PASSWORD_RESET', 'DATA_EXPORTED', 'DEFENDANTS_MERGED',
    'RECORD_VOIDED', 'RECORD_RESTORED'));
