-- An export's audit entry records the request's whole query string, so that padding it cannot push the filter that
-- was applied out of the record. A request line is at most 8 KB (the server's header limit), so 10,000 characters
-- always hold it. Widening a varchar rewrites nothing and fires no trigger.
alter table audit_log alter column detail type varchar(10000);
