-- One shape for every status history (shared.StatusChange): from, to, the day the change took effect, when and by
-- whom it was recorded, and why. The three existing histories get the effective date and the names of the shared
-- shape (changed_at and changed_by become recorded_at and recorded_by, note becomes reason).
--
-- Until now a change was dated only by the moment it was recorded. That moment is the best knowledge of the day it
-- took effect for every later change; the first entry of a case's history is its opening, so it takes effect on the
-- day the case was opened.

alter table case_status_change rename column changed_at to recorded_at;
alter table case_status_change rename column changed_by to recorded_by;
alter table case_status_change rename column note to reason;
alter table case_status_change add column effective_on date;
update case_status_change h
set effective_on = case
    when h.from_status is null then (select c.opened_on from enforcement_case c where c.id = h.case_id)
    else (h.recorded_at at time zone 'UTC')::date
end;
alter table case_status_change alter column effective_on set not null;

alter table server_status_change rename column changed_at to recorded_at;
alter table server_status_change rename column changed_by to recorded_by;
alter table server_status_change rename column note to reason;
alter table server_status_change add column effective_on date;
update server_status_change set effective_on = (recorded_at at time zone 'UTC')::date;
alter table server_status_change alter column effective_on set not null;

alter table defendant_status_change rename column changed_at to recorded_at;
alter table defendant_status_change rename column changed_by to recorded_by;
alter table defendant_status_change rename column note to reason;
alter table defendant_status_change add column effective_on date;
update defendant_status_change set effective_on = (recorded_at at time zone 'UTC')::date;
alter table defendant_status_change alter column effective_on set not null;

-- The audit tables follow, so that Envers keeps writing them. Their rows are append-only (V50): the triggers are set
-- aside for this one backfill, inside this migration's transaction, and restored before it commits. Audit columns
-- stay nullable, as every other Envers column.
alter table case_status_change_aud rename column changed_at to recorded_at;
alter table case_status_change_aud rename column changed_by to recorded_by;
alter table case_status_change_aud rename column note to reason;
alter table case_status_change_aud add column effective_on date;

alter table server_status_change_aud rename column changed_at to recorded_at;
alter table server_status_change_aud rename column changed_by to recorded_by;
alter table server_status_change_aud rename column note to reason;
alter table server_status_change_aud add column effective_on date;

alter table defendant_status_change_aud rename column changed_at to recorded_at;
alter table defendant_status_change_aud rename column changed_by to recorded_by;
alter table defendant_status_change_aud rename column note to reason;
alter table defendant_status_change_aud add column effective_on date;

alter table case_status_change_aud disable trigger tr_case_status_change_aud_append_only;
update case_status_change_aud a
set effective_on = coalesce((select h.effective_on from case_status_change h where h.id = a.id),
                            (a.recorded_at at time zone 'UTC')::date);
alter table case_status_change_aud enable trigger tr_case_status_change_aud_append_only;

alter table server_status_change_aud disable trigger tr_server_status_change_aud_append_only;
update server_status_change_aud set effective_on = (recorded_at at time zone 'UTC')::date;
alter table server_status_change_aud enable trigger tr_server_status_change_aud_append_only;

alter table defendant_status_change_aud disable trigger tr_defendant_status_change_aud_append_only;
update defendant_status_change_aud set effective_on = (recorded_at at time zone 'UTC')::date;
alter table defendant_status_change_aud enable trigger tr_defendant_status_change_aud_append_only;

-- a history is read in the order its changes took effect
create index ix_case_status_change_case_effective on case_status_change (case_id, effective_on, id);
create index ix_server_status_change_server_effective on server_status_change (server_id, effective_on, id);
create index ix_defendant_status_change_defendant_effective on defendant_status_change (defendant_id, effective_on, id);
drop index ix_case_status_change_case;
drop index ix_server_status_change_server;
drop index ix_defendant_status_change_defendant;
