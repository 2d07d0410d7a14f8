-- A merge of two defendant records (issue 12, point 1) is an entry in the audit log.
alter table audit_log drop constraint ck_audit_log_event;
alter table audit_log add constraint ck_audit_log_event check (event in (
    'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'ACCESS_DENIED', 'ACCOUNT_LOCKED', 'USER_CREATED', 'USER_UPDATED',
    'USER_DISABLED', 'USER_ENABLED', 'USER_UNLOCKED', 'PASSWORD_RESET', 'DATA_EXPORTED', 'DEFENDANTS_MERGED'));
