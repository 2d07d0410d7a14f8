-- Indexes for the search box in the navigation (GET /search). Expression indexes only, so that the entity tables
-- and their Envers audit tables (V50) keep their columns. pg_trgm exists since V30; defendant.full_name and
-- defendant_alias.alias already have trigram indexes from V30.

-- Cases: full-text search over reference, title and summary ('simple' configuration: no stemming, no stop words,
-- names and codes stay as written). The search query repeats this expression exactly so that the index is used.
create index ix_case_search_tsv on enforcement_case using gin (
    to_tsvector('simple'::regconfig, reference || ' ' || title || ' ' || summary));

-- Servers: a hostname fragment ("sparks", "storage-lv") is a case-insensitive "contains" match.
create index ix_seized_server_hostname_trgm on seized_server using gin (hostname gin_trgm_ops);
-- Servers: the hosting provider, matched as "contains" as well.
create index ix_seized_server_provider_trgm on seized_server using gin (hosting_provider gin_trgm_ops);

-- Servers: an address is found exactly ("192.0.2.15") or by a prefix that ends at a separator ("192.0.2.",
-- "2001:db8:"). This function lists, for every address of a server, its text and every prefix of it that ends in
-- '.' or ':'; a GIN index over that array answers both kinds of question with one containment test.
create function search_ip_prefixes(addresses inet[]) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct prefix), '{}'::text[])
    from unnest(addresses) as address,
         lateral (select host(address) as text) as h,
         lateral (select h.text as prefix
                  union all
                  select substr(h.text, 1, i)
                  from generate_series(1, length(h.text) - 1) as i
                  where substr(h.text, i, 1) in ('.', ':')) as p
$$;
create index ix_seized_server_ip_prefixes on seized_server using gin (search_ip_prefixes(ip_addresses));

-- Raids: full-text search over the outcome and the legal reference.
create index ix_raid_search_tsv on raid using gin (
    to_tsvector('simple'::regconfig, coalesce(outcome, '') || ' ' || coalesce(legal_reference, '')));
