-- The link between a case and a defendant becomes an entity of the defendants module (CaseDefendant): the person's
-- role in the case and the day the link was made.
alter table case_defendant
    add column role  text,
    add column since date;

-- Every link so far was made for a defendant: role DEFENDANT. Since: the day of the defendant's first charge in that
-- case, because a defendant is someone charged and the role began then; without a charge (or a charge without a date),
-- the case's opening, the earliest day a link can date from. greatest() ignores a null first charge, and keeps a
-- charge entered with a date before the opening from dating the link before the case.
update case_defendant cd
set role  = 'DEFENDANT',
    since = greatest((select min(ch.filed_on) from charge ch
                      where ch.case_id = cd.case_id and ch.defendant_id = cd.defendant_id),
                     (select c.opened_on from enforcement_case c where c.id = cd.case_id));

alter table case_defendant
    alter column role set not null,
    alter column since set not null,
    add constraint ck_case_defendant_role check (role in ('SUSPECT', 'DEFENDANT', 'WITNESS'));

-- Envers now audits the link as an entity, with its role and date. The audit rows written so far stay as they are:
-- the table is append-only (V50's triggers) and each row records what was stored at its revision, when a link had no
-- role or date yet, so those columns are null there.
alter table case_defendant_aud
    add column role  text,
    add column since date;
