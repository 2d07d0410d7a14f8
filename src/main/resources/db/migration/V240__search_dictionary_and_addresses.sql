-- The search box finds misspelt names ("Kleni" for Klein, "Smihtam" for Smitham, "Blikc" for Blick) and answers in
-- constant time at a million servers (docs/scale.md, Search). Everything here belongs to the search (analysis.search);
-- triggers keep it current, so no feature's code knows of it.

-- 1. A dictionary of the words of defendants' names and aliases and of hosting providers, as the 'simple' text-search
-- configuration splits them (the same words the full-text indexes below hold). Each word is stored under itself and,
-- from four letters on, under every spelling with one letter deleted ("symmetric delete"): a query word and a stored
-- word that share a spelling differ by one letter changed, added or dropped, or two neighbours swapped ("kleni" and
-- "klein" both give "klen"). Finding the candidates for a query word is one index probe per spelling, whatever the
-- size of the dictionary. A word stays when its last record goes: it then only finds nothing.
create table search_word (
    kind    text not null,
    variant text not null,
    word    text not null,
    constraint pk_search_word primary key (kind, variant, word),
    constraint ck_search_word_kind check (kind in ('DEFENDANT', 'PROVIDER'))
);

-- The word and, for four letters or more, the word with each letter deleted in turn.
create function search_word_variants(word text) returns text[]
    language sql immutable strict parallel safe
as $$
    select array[word] || coalesce((select array_agg(distinct overlay(word placing '' from i for 1))
                                    from generate_series(1, length(word)) as i
                                    where length(word) >= 4), '{}'::text[])
$$;

-- The words of some texts, each under its spellings, into the dictionary; in key order, so that two transactions
-- adding the same words wait for each other instead of deadlocking.
create function search_remember_words(word_kind text, texts text[]) returns void
    language sql
as $$
    insert into search_word (kind, variant, word)
    select distinct word_kind, v.variant, w.word
    from (select distinct unnest(tsvector_to_array(to_tsvector('simple'::regconfig, t))) as word
          from unnest(texts) as t) as w,
         unnest(search_word_variants(w.word)) as v(variant)
    order by 1, 2, 3
    on conflict do nothing
$$;

-- One lexeme, taken literally (not parsed again), as a text-search query; with prefix, every word it starts.
create function search_lexeme(lexeme text, prefix boolean) returns tsquery
    language sql immutable strict parallel safe
as $$
    select cast('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || ''''
                || case when prefix then ':*' else '' end as tsquery)
$$;

-- Any of, and all of, a set of queries.
create aggregate search_any(tsquery) (sfunc = tsquery_or, stype = tsquery);
create aggregate search_all(tsquery) (sfunc = tsquery_and, stype = tsquery);

-- 2. The hosting providers, once each: a million servers have about 1,500. A provider is found here (by a fragment
-- of its name or a word of it, misspelt or not) and its servers through ix_seized_server_provider.
create table search_provider (
    name  text not null,
    words tsvector generated always as (to_tsvector('simple'::regconfig, name)) stored,
    constraint pk_search_provider primary key (name)
);
create index ix_search_provider_words on search_provider using gin (words);

-- 3. Every address of every server that counts (not voided), as text: an exact address or a prefix that ends at a
-- separator ("192.0.2.", "2001:db8:") is a range of this index, read in order and stopped at the search's limit. The
-- GIN index of V60 had to collect every match first: a third of a million for "192.0.2." in the synthetic data.
create table search_address (
    address   text collate "C" not null,
    server_id bigint not null,
    constraint pk_search_address primary key (address, server_id),
    constraint fk_search_address_server foreign key (server_id) references seized_server (id) on delete cascade
);
create index ix_search_address_server on search_address (server_id);

-- Keeping them current: new rows a statement at a time (the generator copies a million servers in one), changed
-- rows one at a time and only when the column changed.
create function search_defendant_words_inserted() returns trigger
    language plpgsql
as $$
begin
    if tg_table_name = 'defendant' then
        perform search_remember_words('DEFENDANT', (select array_agg(full_name) from new_rows));
    else
        perform search_remember_words('DEFENDANT', (select array_agg(alias) from new_rows));
    end if;
    return null;
end;
$$;

create function search_defendant_words_updated() returns trigger
    language plpgsql
as $$
begin
    if tg_table_name = 'defendant' then
        perform search_remember_words('DEFENDANT', array[new.full_name]);
    else
        perform search_remember_words('DEFENDANT', array[new.alias]);
    end if;
    return null;
end;
$$;

create trigger search_defendant_words_inserted after insert on defendant
    referencing new table as new_rows for each statement execute function search_defendant_words_inserted();
create trigger search_defendant_words_updated after update of full_name on defendant
    for each row when (old.full_name is distinct from new.full_name)
    execute function search_defendant_words_updated();
create trigger search_alias_words_inserted after insert on defendant_alias
    referencing new table as new_rows for each statement execute function search_defendant_words_inserted();
create trigger search_alias_words_updated after update of alias on defendant_alias
    for each row when (old.alias is distinct from new.alias)
    execute function search_defendant_words_updated();

create function search_remember_providers(names text[]) returns void
    language sql
as $$
    insert into search_provider (name)
    select distinct n from unnest(names) as n where n is not null order by 1
    on conflict do nothing;
    select search_remember_words('PROVIDER', names);
$$;

create function search_server_inserted() returns trigger
    language plpgsql
as $$
begin
    perform search_remember_providers((select array_agg(distinct hosting_provider) from new_rows));
    insert into search_address (address, server_id)
    select distinct host(a), s.id from new_rows s, unnest(s.ip_addresses) as a
    where s.voided_at is null
    on conflict do nothing;
    return null;
end;
$$;

create function search_server_updated() returns trigger
    language plpgsql
as $$
begin
    if new.hosting_provider is distinct from old.hosting_provider then
        perform search_remember_providers(array[new.hosting_provider]);
    end if;
    if new.ip_addresses is distinct from old.ip_addresses or new.voided_at is distinct from old.voided_at then
        delete from search_address where server_id = new.id;
        insert into search_address (address, server_id)
        select distinct host(a), new.id from unnest(new.ip_addresses) as a
        where new.voided_at is null;
    end if;
    return null;
end;
$$;

create trigger search_server_inserted after insert on seized_server
    referencing new table as new_rows for each statement execute function search_server_inserted();
create trigger search_server_updated after update of hosting_provider, ip_addresses, voided_at on seized_server
    for each row
    when (old.hosting_provider is distinct from new.hosting_provider or old.ip_addresses is distinct from new.ip_addresses
          or old.voided_at is distinct from new.voided_at)
    execute function search_server_updated();

-- What is there already.
select search_remember_words('DEFENDANT', (select array_agg(full_name) from defendant));
select search_remember_words('DEFENDANT', (select array_agg(alias) from defendant_alias));
select search_remember_providers((select array_agg(distinct hosting_provider) from seized_server));
insert into search_address (address, server_id)
select distinct host(a), s.id from seized_server s, unnest(s.ip_addresses) as a
where s.voided_at is null;

-- 4. Full text over names and aliases: the query's words, each with its dictionary candidates, are one indexed
-- test per table.
create index ix_defendant_name_words on defendant using gin (to_tsvector('simple'::regconfig, full_name));
create index ix_defendant_alias_words on defendant_alias using gin (to_tsvector('simple'::regconfig, alias));

-- Replaced by the provider list and the address table above.
drop index ix_seized_server_provider_trgm;
drop index ix_seized_server_ip_prefixes;
drop function search_ip_prefixes(inet[]);
