-- Seized servers per country and status, for the dashboard's chart "servers by status per country" without filters:
-- counting a million servers by status per home-page view costs about 100 ms, so the counts are kept here, changed by
-- statement-level triggers in the same transaction as the rows they count (exact, never stale), like country_activity
-- (V40). The country is the server's own country_code, the one the server grid filters by.
create table server_status_activity (
    country_code varchar(16) not null,
    status       varchar(20) not null,
    servers      bigint      not null,
    constraint pk_server_status_activity primary key (country_code, status),
    constraint fk_server_status_activity_country foreign key (country_code) references jurisdiction (code)
);

insert into server_status_activity (country_code, status, servers)
select country_code, status, count(*) from seized_server group by country_code, status;

-- Adds a statement's changes per (country, status). The rows are upserted in key order, so that concurrent
-- transactions lock them in the same order and wait for each other instead of deadlocking.
create function seized_server_status_activity() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into server_status_activity as a (country_code, status, servers)
        select country_code, status, count(*) from new_rows group by country_code, status order by 1, 2
        on conflict (country_code, status) do update set servers = a.servers + excluded.servers;
    elsif tg_op = 'DELETE' then
        update server_status_activity a set servers = a.servers - d.n
        from (select country_code, status, count(*) as n from old_rows group by country_code, status) d
        where a.country_code = d.country_code and a.status = d.status;
    else
        insert into server_status_activity as a (country_code, status, servers)
        select country_code, status, sum(n) from (
            select country_code, status, -1 as n from old_rows
            union all
            select country_code, status, 1 from new_rows) c
        group by country_code, status having sum(n) <> 0 order by 1, 2
        on conflict (country_code, status) do update set servers = a.servers + excluded.servers;
    end if;
    return null;
end;
$$;

create trigger tg_seized_server_status_activity_insert after insert on seized_server
    referencing new table as new_rows for each statement execute function seized_server_status_activity();
create trigger tg_seized_server_status_activity_update after update on seized_server
    referencing old table as old_rows new table as new_rows
    for each statement execute function seized_server_status_activity();
create trigger tg_seized_server_status_activity_delete after delete on seized_server
    referencing old table as old_rows for each statement execute function seized_server_status_activity();

create function server_status_activity_truncated() returns trigger
language plpgsql as $$
begin
    delete from server_status_activity;
    return null;
end;
$$;
create trigger tg_seized_server_status_activity_truncate after truncate on seized_server
    for each statement execute function server_status_activity_truncated();
