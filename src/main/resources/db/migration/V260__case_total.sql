-- The number of cases that are not voided, for the dashboard's figure: kept by statement-level triggers in the same
-- transaction as the rows it counts (exact, never stale), like the counters of V40, V71 and V72, instead of counting
-- every case on each home-page view.
create table case_total (
    id    boolean not null default true,
    cases bigint  not null,
    constraint pk_case_total primary key (id),
    constraint ck_case_total_one_row check (id),
    constraint ck_case_total_not_negative check (cases >= 0)
);

insert into case_total (cases) select count(*) from enforcement_case where voided_at is null;

create function case_total() returns trigger
language plpgsql as $$
declare
    delta bigint;
begin
    if tg_op = 'INSERT' then
        select count(*) into delta from new_rows where voided_at is null;
    elsif tg_op = 'DELETE' then
        select -count(*) into delta from old_rows where voided_at is null;
    else
        select (select count(*) from new_rows where voided_at is null)
             - (select count(*) from old_rows where voided_at is null) into delta;
    end if;
    if delta <> 0 then
        update case_total set cases = cases + delta;
    end if;
    return null;
end;
$$;

create trigger tg_case_total_insert after insert on enforcement_case
    referencing new table as new_rows for each statement execute function case_total();
create trigger tg_case_total_update after update on enforcement_case
    referencing old table as old_rows new table as new_rows for each statement execute function case_total();
create trigger tg_case_total_delete after delete on enforcement_case
    referencing old table as old_rows for each statement execute function case_total();

create function case_total_truncated() returns trigger
language plpgsql as $$
begin
    update case_total set cases = 0;
    return null;
end;
$$;
create trigger tg_case_total_truncate after truncate on enforcement_case
    for each statement execute function case_total_truncated();

-- Published by the cases module, as cases_case is (V140).
create view cases_total as
select cases from case_total;
