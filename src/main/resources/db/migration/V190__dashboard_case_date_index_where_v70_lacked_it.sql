-- V70 gained ix_seized_server_case_seized_on four minutes after it had first been committed. A database that ran V70
-- as it was then lacks the index (EditedMigrations aligns its recorded checksum at start); everywhere else V70 made it
-- already and this does nothing.
create index if not exists ix_seized_server_case_seized_on on seized_server (case_id, seized_on);
