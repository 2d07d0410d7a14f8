-- Per-country counts for the jurisdictions overview: raids there, seized servers located there and defendants held
-- there. Counting a million servers per page view costs hundreds of milliseconds, so the counts are kept here and
-- changed by statement-level triggers in the same transaction as the rows they count (exact, never stale). A
-- statement's changes are aggregated per country through its transition tables, so a bulk COPY costs one update per
-- country, and an UPDATE that moves nothing between countries touches no counter.
create table country_activity (
    country_code varchar(2) not null,
    raids        bigint     not null default 0,
    servers      bigint     not null default 0,
    in_custody   bigint     not null default 0,
    constraint pk_country_activity primary key (country_code),
    constraint fk_country_activity_country foreign key (country_code) references jurisdiction (code),
    constraint ck_country_activity_not_negative check (raids >= 0 and servers >= 0 and in_custody >= 0)
);

insert into country_activity (country_code, raids, servers, in_custody)
select code, 0, 0, 0 from jurisdiction where kind = 'COUNTRY';

update country_activity a set raids = x.n
from (select j.country_code, count(*) as n from raid r join jurisdiction j on j.code = r.jurisdiction_code
      group by j.country_code) x
where x.country_code = a.country_code;

update country_activity a set servers = x.n
from (select j.country_code, count(*) as n from seized_server s join jurisdiction j on j.code = s.country_code
      group by j.country_code) x
where x.country_code = a.country_code;

update country_activity a set in_custody = x.n
from (select j.country_code, count(*) as n from defendant d join jurisdiction j on j.code = d.custody_jurisdiction_code
      group by j.country_code) x
where x.country_code = a.country_code;

-- Adds the per-country deltas (country_code, n) of one statement to one counter column. The counter rows are locked
-- in country order first, so that concurrent transactions wait for each other instead of deadlocking.
create function country_activity_apply(counter text, deltas jsonb) returns void
language plpgsql as $$
begin
    insert into country_activity (country_code)
    select d.country_code from jsonb_to_recordset(deltas) as d(country_code varchar, n bigint)
    where d.n <> 0 order by d.country_code
    on conflict (country_code) do nothing;
    perform 1 from country_activity
    where country_code in (select d.country_code from jsonb_to_recordset(deltas) as d(country_code varchar, n bigint)
                           where d.n <> 0)
    order by country_code for update;
    execute format(
        'update country_activity a set %1$I = a.%1$I + d.n
         from jsonb_to_recordset($1) as d(country_code varchar, n bigint)
         where a.country_code = d.country_code and d.n <> 0', counter)
    using deltas;
end;
$$;

create function raid_country_activity() returns trigger
language plpgsql as $$
declare
    deltas jsonb;
begin
    if tg_op = 'INSERT' then
        select jsonb_agg(x) into deltas from (
            select j.country_code, count(*) as n from new_rows r join jurisdiction j on j.code = r.jurisdiction_code
            group by j.country_code) x;
    elsif tg_op = 'DELETE' then
        select jsonb_agg(x) into deltas from (
            select j.country_code, -count(*) as n from old_rows r join jurisdiction j on j.code = r.jurisdiction_code
            group by j.country_code) x;
    else
        select jsonb_agg(x) into deltas from (
            select country_code, sum(n) as n from (
                select j.country_code, -1 as n from old_rows r join jurisdiction j on j.code = r.jurisdiction_code
                union all
                select j.country_code, 1 from new_rows r join jurisdiction j on j.code = r.jurisdiction_code) c
            group by country_code) x;
    end if;
    if deltas is not null then
        perform country_activity_apply('raids', deltas);
    end if;
    return null;
end;
$$;

create function seized_server_country_activity() returns trigger
language plpgsql as $$
declare
    deltas jsonb;
begin
    if tg_op = 'INSERT' then
        select jsonb_agg(x) into deltas from (
            select j.country_code, count(*) as n from new_rows s join jurisdiction j on j.code = s.country_code
            group by j.country_code) x;
    elsif tg_op = 'DELETE' then
        select jsonb_agg(x) into deltas from (
            select j.country_code, -count(*) as n from old_rows s join jurisdiction j on j.code = s.country_code
            group by j.country_code) x;
    else
        select jsonb_agg(x) into deltas from (
            select country_code, sum(n) as n from (
                select j.country_code, -1 as n from old_rows s join jurisdiction j on j.code = s.country_code
                union all
                select j.country_code, 1 from new_rows s join jurisdiction j on j.code = s.country_code) c
            group by country_code) x;
    end if;
    if deltas is not null then
        perform country_activity_apply('servers', deltas);
    end if;
    return null;
end;
$$;

create function defendant_country_activity() returns trigger
language plpgsql as $$
declare
    deltas jsonb;
begin
    if tg_op = 'INSERT' then
        select jsonb_agg(x) into deltas from (
            select j.country_code, count(*) as n
            from new_rows d join jurisdiction j on j.code = d.custody_jurisdiction_code
            group by j.country_code) x;
    elsif tg_op = 'DELETE' then
        select jsonb_agg(x) into deltas from (
            select j.country_code, -count(*) as n
            from old_rows d join jurisdiction j on j.code = d.custody_jurisdiction_code
            group by j.country_code) x;
    else
        select jsonb_agg(x) into deltas from (
            select country_code, sum(n) as n from (
                select j.country_code, -1 as n from old_rows d join jurisdiction j on j.code = d.custody_jurisdiction_code
                union all
                select j.country_code, 1 from new_rows d join jurisdiction j on j.code = d.custody_jurisdiction_code) c
            group by country_code) x;
    end if;
    if deltas is not null then
        perform country_activity_apply('in_custody', deltas);
    end if;
    return null;
end;
$$;

-- A trigger with transition tables handles one event, hence three per table.
create trigger tg_raid_country_activity_insert after insert on raid
    referencing new table as new_rows for each statement execute function raid_country_activity();
create trigger tg_raid_country_activity_update after update on raid
    referencing old table as old_rows new table as new_rows for each statement execute function raid_country_activity();
create trigger tg_raid_country_activity_delete after delete on raid
    referencing old table as old_rows for each statement execute function raid_country_activity();

create trigger tg_seized_server_country_activity_insert after insert on seized_server
    referencing new table as new_rows for each statement execute function seized_server_country_activity();
create trigger tg_seized_server_country_activity_update after update on seized_server
    referencing old table as old_rows new table as new_rows
    for each statement execute function seized_server_country_activity();
create trigger tg_seized_server_country_activity_delete after delete on seized_server
    referencing old table as old_rows for each statement execute function seized_server_country_activity();

create trigger tg_defendant_country_activity_insert after insert on defendant
    referencing new table as new_rows for each statement execute function defendant_country_activity();
create trigger tg_defendant_country_activity_update after update on defendant
    referencing old table as old_rows new table as new_rows
    for each statement execute function defendant_country_activity();
create trigger tg_defendant_country_activity_delete after delete on defendant
    referencing old table as old_rows for each statement execute function defendant_country_activity();

-- TRUNCATE empties a table without row events: its counter goes back to zero.
create function country_activity_truncated() returns trigger
language plpgsql as $$
begin
    execute format('update country_activity set %1$I = 0 where %1$I <> 0', tg_argv[0]);
    return null;
end;
$$;
create trigger tg_raid_country_activity_truncate after truncate on raid
    for each statement execute function country_activity_truncated('raids');
create trigger tg_seized_server_country_activity_truncate after truncate on seized_server
    for each statement execute function country_activity_truncated('servers');
create trigger tg_defendant_country_activity_truncate after truncate on defendant
    for each statement execute function country_activity_truncated('in_custody');

-- The country page lists the cases whose servers lie in a country: read the case ids from the index alone.
create index ix_seized_server_country_case on seized_server (country_code, case_id);
