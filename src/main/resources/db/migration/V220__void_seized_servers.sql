-- A seized server is never deleted: a server recorded by mistake, or removed from a raid, is voided with a reason.
-- It keeps its row, its status history and its audit trail, and leaves every list, count, search hit, export and
-- published view. (The same three columns void other records: case_defendant has them too.)
alter table seized_server
    add column voided_at   timestamptz,
    add column voided_by   varchar(100),
    add column void_reason varchar(1000),
    add constraint ck_seized_server_voided check (
        (voided_at is null and voided_by is null and void_reason is null)
        or (voided_at is not null and voided_by is not null and void_reason is not null));

alter table seized_server_aud
    add column voided_at   timestamptz,
    add column voided_by   varchar(100),
    add column void_reason varchar(1000);

-- A host name is unique among the servers of a case that count: a voided server no longer holds its name, so the
-- server can be recorded again (in the right raid, say). The index keeps the constraint's name, which the
-- application recognises when another user saved the same host name a moment earlier.
alter table seized_server drop constraint uq_seized_server_case_hostname;
create unique index uq_seized_server_case_hostname on seized_server (case_id, hostname) where voided_at is null;

-- The counters count the servers that are not voided: voiding a server is, for them, its removal (and restoring
-- it, later, its insertion). Each statement's transition tables are filtered alike, so a bulk update still costs
-- one upsert per key.
create or replace function seized_server_country_activity() returns trigger
language plpgsql as $$
declare
    deltas jsonb;
begin
    if tg_op = 'INSERT' then
        select jsonb_agg(x) into deltas from (
            select j.country_code, count(*) as n from new_rows s join jurisdiction j on j.code = s.country_code
            where s.voided_at is null
            group by j.country_code) x;
    elsif tg_op = 'DELETE' then
        select jsonb_agg(x) into deltas from (
            select j.country_code, -count(*) as n from old_rows s join jurisdiction j on j.code = s.country_code
            where s.voided_at is null
            group by j.country_code) x;
    else
        select jsonb_agg(x) into deltas from (
            select country_code, sum(n) as n from (
                select j.country_code, -1 as n from old_rows s join jurisdiction j on j.code = s.country_code
                where s.voided_at is null
                union all
                select j.country_code, 1 from new_rows s join jurisdiction j on j.code = s.country_code
                where s.voided_at is null) c
            group by country_code) x;
    end if;
    if deltas is not null then
        perform country_activity_apply('servers', deltas);
    end if;
    return null;
end;
$$;

create or replace function seized_server_status_activity() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into server_status_activity as a (country_code, status, servers)
        select country_code, status, count(*) from new_rows where voided_at is null
        group by country_code, status order by 1, 2
        on conflict (country_code, status) do update set servers = a.servers + excluded.servers;
    elsif tg_op = 'DELETE' then
        insert into server_status_activity as a (country_code, status, servers)
        select country_code, status, -count(*) from old_rows where voided_at is null
        group by country_code, status order by 1, 2
        on conflict (country_code, status) do update set servers = a.servers + excluded.servers;
    else
        insert into server_status_activity as a (country_code, status, servers)
        select country_code, status, sum(n) from (
            select country_code, status, -1 as n from old_rows where voided_at is null
            union all
            select country_code, status, 1 from new_rows where voided_at is null) c
        group by country_code, status having sum(n) <> 0 order by 1, 2
        on conflict (country_code, status) do update set servers = a.servers + excluded.servers;
    end if;
    return null;
end;
$$;

-- The published view shows the servers that count, with the same columns: the dashboard, the search, the country
-- page and the case report leave voided servers out without a change of their own.
create or replace view raids_server as
select id, case_id, raid_id, country_code, hostname, ip_addresses, hosting_provider, role, status, seized_on,
       evidence_reference, disk_image_sha256
from seized_server
where voided_at is null;
