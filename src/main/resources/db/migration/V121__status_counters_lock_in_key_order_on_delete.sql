-- The DELETE branches of the status counters (V71, V72) updated their rows in no fixed order, so two concurrent bulk
-- deletes could deadlock. They now go through the same ordered upsert as INSERT and UPDATE, with negative counts:
-- every transaction locks the counter rows in key order and waits for the others instead. (Each branch names only
-- the transition tables its statement has: an INSERT has no old rows, a DELETE no new ones.)
create or replace function seized_server_status_activity() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into server_status_activity as a (country_code, status, servers)
        select country_code, status, count(*) from new_rows group by country_code, status order by 1, 2
        on conflict (country_code, status) do update set servers = a.servers + excluded.servers;
    elsif tg_op = 'DELETE' then
        insert into server_status_activity as a (country_code, status, servers)
        select country_code, status, -count(*) from old_rows group by country_code, status order by 1, 2
        on conflict (country_code, status) do update set servers = a.servers + excluded.servers;
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

create or replace function defendant_status_activity() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into defendant_status_activity as a (legal_status, defendants)
        select legal_status, count(*) from new_rows group by legal_status order by 1
        on conflict (legal_status) do update set defendants = a.defendants + excluded.defendants;
    elsif tg_op = 'DELETE' then
        insert into defendant_status_activity as a (legal_status, defendants)
        select legal_status, -count(*) from old_rows group by legal_status order by 1
        on conflict (legal_status) do update set defendants = a.defendants + excluded.defendants;
    else
        insert into defendant_status_activity as a (legal_status, defendants)
        select legal_status, sum(n) from (
            select legal_status, -1 as n from old_rows
            union all
            select legal_status, 1 from new_rows) c
        group by legal_status having sum(n) <> 0 order by 1
        on conflict (legal_status) do update set defendants = a.defendants + excluded.defendants;
    end if;
    return null;
end;
$$;
