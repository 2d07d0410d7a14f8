-- The search box reads the servers whose host name starts with the query ("web-front-kr") in host name order from
-- this index, and stops at its count limit, before it looks for the query anywhere in a host name through the trigram
-- index of V60: a prefix the trigram index shares with a tenth of the servers (web-, front) costs it tens of
-- milliseconds at a million servers, the range of this index well under one. text_pattern_ops compares bytes, so
-- the range is the same whatever the database's collation. Only the servers that count (not voided), as the
-- search reads them.
create index ix_search_server_hostname_prefix on seized_server (lower(hostname) text_pattern_ops)
    where voided_at is null;
