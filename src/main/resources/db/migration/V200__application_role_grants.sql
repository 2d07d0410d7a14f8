-- The application connects as a role of its own (the placeholder application-role, takedown_app unless set; see
-- docs/security.md), not as the owner of the schema that Flyway migrates as. It reads and writes rows and nothing else:
-- it owns nothing, so it can neither change the schema nor set a trigger aside, and creates nothing. The append-only
-- tables take only inserts from it: every table guarded by reject_audit_change() (the audit log, Envers' revisions and
-- _aud tables, V50) and every status history (<record>_status_change, V150, V151), whose rows the application adds and
-- never removes. One column is the exception: correcting a case's opening date moves the effective date of the
-- opening entry of its history, so the application may update case_status_change.effective_on and nothing else of it.
--
-- Tables and sequences that later migrations create get the same row access by default (alter default privileges
-- below, for objects the migrating role creates). A later migration that adds an append-only table revokes update and
-- delete on it from the application in the same migration (docs/architecture.md, Migrations); LeastPrivilegeTests
-- fails while one keeps them.
do $$
begin
    if not exists (select from pg_roles where rolname = '${application-role}') then
        raise exception 'role ${application-role} does not exist: create it before migrating (docs/security.md)';
    end if;
    if current_user = '${application-role}' then
        raise exception 'Flyway migrates as the schema owner, not as the application role ${application-role}';
    end if;
    if exists (select from pg_roles where rolname = '${application-role}'
               and (rolsuper or rolcreaterole or rolcreatedb or rolbypassrls)) then
        raise exception 'role ${application-role} must not be a superuser nor create roles or databases';
    end if;
end;
$$;

revoke create on schema public from public;
grant usage on schema public to "${application-role}";

grant select, insert, update, delete on all tables in schema public to "${application-role}";
grant usage, select on all sequences in schema public to "${application-role}";
revoke all on "${flyway:table}" from "${application-role}";

alter default privileges in schema public grant select, insert, update, delete on tables to "${application-role}";
alter default privileges in schema public grant usage, select on sequences to "${application-role}";

do $$
declare
    append_only regclass;
begin
    for append_only in
        select distinct t.tgrelid::regclass
        from pg_trigger t
        join pg_proc p on p.oid = t.tgfoid
        where p.proname = 'reject_audit_change' and not t.tgisinternal
        union
        select c.oid::regclass
        from pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relname like '%\_status\_change'
    loop
        execute format('revoke update, delete, truncate, references, trigger on %s from %I', append_only,
            '${application-role}');
    end loop;
end;
$$;

grant update (effective_on) on case_status_change to "${application-role}";
