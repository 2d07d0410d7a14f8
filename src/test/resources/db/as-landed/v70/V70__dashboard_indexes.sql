-- The dashboard counts seized servers by country and by status for a date range (seizure date). With this index
-- PostgreSQL reads a year of a million servers from the index alone, without visiting the rows.
-- (A case's servers are few and come from ix_seized_server_case; without filters the counters serve.)
create index ix_seized_server_seized_on_country_status on seized_server (seized_on, country_code, status);
