-- The dashboard counts seized servers by country and by status for a date range (seizure date). With the first index
-- PostgreSQL reads a year of a million servers from the index alone, without visiting the rows. With a case and a
-- range it would combine that index with the case's (a bitmap of a whole year for a few hundred servers); the second
-- index reads the case's servers in the range directly. Without filters the counters serve (V40, V71, V72).
create index ix_seized_server_seized_on_country_status on seized_server (seized_on, country_code, status);
create index ix_seized_server_case_seized_on on seized_server (case_id, seized_on);
