-- Issue 12, point 1. A defendant leaves a case by voiding the link, never by deleting it: the row stays, with when, by
-- whom and why it was voided, and its Envers history keeps every state. The column names are those every voidable
-- record will use (issue 12, point 3). Linking the same person to the case again reopens the same row (one link per
-- case and defendant, pk_case_defendant), so its history shows the void and the new link in turn.
alter table case_defendant
    add column voided_at   timestamptz,
    add column voided_by   varchar(100),
    add column void_reason text,
    add constraint ck_case_defendant_voided
        check ((voided_at is null) = (voided_by is null) and (voided_at is null) = (void_reason is null));

alter table case_defendant_aud
    add column voided_at   timestamptz,
    add column voided_by   varchar(100),
    add column void_reason text;

-- Two records found to be one person are merged: the merged record keeps its row (its history, and a redirect to the
-- survivor), says into whom, when and by whom, and leaves every list, count and published view.
alter table defendant
    add column merged_into_id bigint,
    add column merged_at      timestamptz,
    add column merged_by      varchar(100),
    add constraint fk_defendant_merged_into foreign key (merged_into_id) references defendant (id),
    add constraint ck_defendant_merged
        check ((merged_into_id is null) = (merged_at is null) and (merged_into_id is null) = (merged_by is null)),
    add constraint ck_defendant_merged_not_itself check (merged_into_id <> id);
create index ix_defendant_merged_into on defendant (merged_into_id);

alter table defendant_aud
    add column merged_into_id bigint,
    add column merged_at      timestamptz,
    add column merged_by      varchar(100);

-- The published views keep their columns and leave out what is voided or merged away, so the dashboard, the search,
-- the country page and the case report need no change.
create or replace view defendants_defendant as
select id, full_name, nationality_code, legal_status, custody_jurisdiction_code, arrested_on
from defendant
where merged_into_id is null;

create or replace view defendants_case_link as
select case_id, defendant_id
from case_defendant
where voided_at is null;

-- The counters (V40 in custody per country, V72/V121 per legal status) count only records that are not merged: a
-- merge is an update that takes the merged record out of both.
create or replace function defendant_country_activity() returns trigger
language plpgsql as $$
declare
    deltas jsonb;
begin
    if tg_op = 'INSERT' then
        select jsonb_agg(x) into deltas from (
            select j.country_code, count(*) as n
            from new_rows d join jurisdiction j on j.code = d.custody_jurisdiction_code
            where d.merged_into_id is null
            group by j.country_code) x;
    elsif tg_op = 'DELETE' then
        select jsonb_agg(x) into deltas from (
            select j.country_code, -count(*) as n
            from old_rows d join jurisdiction j on j.code = d.custody_jurisdiction_code
            where d.merged_into_id is null
            group by j.country_code) x;
    else
        select jsonb_agg(x) into deltas from (
            select country_code, sum(n) as n from (
                select j.country_code, -1 as n from old_rows d join jurisdiction j on j.code = d.custody_jurisdiction_code
                where d.merged_into_id is null
                union all
                select j.country_code, 1 from new_rows d join jurisdiction j on j.code = d.custody_jurisdiction_code
                where d.merged_into_id is null) c
            group by country_code) x;
    end if;
    if deltas is not null then
        perform country_activity_apply('in_custody', deltas);
    end if;
    return null;
end;
$$;

create or replace function defendant_status_activity() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into defendant_status_activity as a (legal_status, defendants)
        select legal_status, count(*) from new_rows where merged_into_id is null group by legal_status order by 1
        on conflict (legal_status) do update set defendants = a.defendants + excluded.defendants;
    elsif tg_op = 'DELETE' then
        insert into defendant_status_activity as a (legal_status, defendants)
        select legal_status, -count(*) from old_rows where merged_into_id is null group by legal_status order by 1
        on conflict (legal_status) do update set defendants = a.defendants + excluded.defendants;
    else
        insert into defendant_status_activity as a (legal_status, defendants)
        select legal_status, sum(n) from (
            select legal_status, -1 as n from old_rows where merged_into_id is null
            union all
            select legal_status, 1 from new_rows where merged_into_id is null) c
        group by legal_status having sum(n) <> 0 order by 1
        on conflict (legal_status) do update set defendants = a.defendants + excluded.defendants;
    end if;
    return null;
end;
$$;
