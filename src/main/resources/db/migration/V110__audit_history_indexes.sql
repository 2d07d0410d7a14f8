-- The History tab reads one record's revisions a page at a time (newest first) and names the records it refers to
-- as they stood at a revision (the latest audit row not after it). Both look an audit table up by the record's
-- identifier and revision; the primary keys lead with the revision, so without these every History tab would read
-- the whole audit table, which grows with every change ever made.
create index ix_enforcement_case_aud_id_rev on enforcement_case_aud (id, rev);
create index ix_defendant_aud_id_rev on defendant_aud (id, rev);
create index ix_raid_aud_id_rev on raid_aud (id, rev);
create index ix_seized_server_aud_id_rev on seized_server_aud (id, rev);
create index ix_agency_aud_id_rev on agency_aud (id, rev);
create index ix_jurisdiction_aud_code_rev on jurisdiction_aud (code, rev);
