-- Defendants per legal status, for the dashboard's chart "defendants by legal status" without a case filter: kept by
-- statement-level triggers in the same transaction as the rows they count (exact, never stale), like V40 and V71,
-- instead of counting every defendant on each home-page view.
create table defendant_status_activity (
    legal_status varchar(30) not null,
    defendants   bigint      not null,
    constraint pk_defendant_status_activity primary key (legal_status)
);

insert into defendant_status_activity (legal_status, defendants)
select legal_status, count(*) from defendant group by legal_status;

-- Rows are upserted in key order, so that concurrent transactions lock them in the same order.
create function defendant_status_activity() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into defendant_status_activity as a (legal_status, defendants)
        select legal_status, count(*) from new_rows group by legal_status order by 1
        on conflict (legal_status) do update set defendants = a.defendants + excluded.defendants;
    elsif tg_op = 'DELETE' then
        update defendant_status_activity a set defendants = a.defendants - d.n
        from (select legal_status, count(*) as n from old_rows group by legal_status) d
        where a.legal_status = d.legal_status;
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

create trigger tg_defendant_status_activity_insert after insert on defendant
    referencing new table as new_rows for each statement execute function defendant_status_activity();
create trigger tg_defendant_status_activity_update after update on defendant
    referencing old table as old_rows new table as new_rows
    for each statement execute function defendant_status_activity();
create trigger tg_defendant_status_activity_delete after delete on defendant
    referencing old table as old_rows for each statement execute function defendant_status_activity();

create function defendant_status_activity_truncated() returns trigger
language plpgsql as $$
begin
    delete from defendant_status_activity;
    return null;
end;
$$;
create trigger tg_defendant_status_activity_truncate after truncate on defendant
    for each statement execute function defendant_status_activity_truncated();
