package org.takedown.analysis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.takedown.analysis.search.SearchResults.CaseHit;
import org.takedown.analysis.search.SearchResults.DefendantHit;
import org.takedown.analysis.search.SearchResults.RaidHit;
import org.takedown.analysis.search.SearchResults.ServerHit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read-only queries behind the search box: one statement per kind of record, whatever the number of hits. Each
 * reads at most {@link #COUNT_LIMIT} + 1 matching rows through a GIN index (full text, trigram or address prefix, see
 * {@code V60__search_indexes.sql}), counts them and ranks them, so that a common word costs no more than a rare one.
 * Every table is read through the view its module publishes ({@code V140__published_views.sql}); the views are plain
 * projections, so the indexes apply as on the tables. Only fixed SQL text is ever assembled; the user's text travels as
 * parameters.
 */
@Component
class SearchQueries {

    static final int HITS_PER_GROUP = 10;

    static final int COUNT_LIMIT = 100;

    /**
     * The query's words as text-search queries over the words of names, aliases or providers ({@code kind} of
     * {@code search_word}, V240): {@code whole}, every word as written; {@code prefix}, every word as the start of a
     * word (from three characters); {@code fuzzy}, every word started or one edit away from a word of the dictionary
     * (from four characters: a dictionary word and a query word that share a spelling with at most one letter
     * deleted). All three are null when the query has no words.
     */
    private static final String WORDS = """
            with query_words as (
                select lexeme as word from unnest(to_tsvector('simple'::regconfig, :text))
            ), alternatives as (
                select q.word, search_lexeme(q.word, false) as whole, search_lexeme(q.word, length(q.word) >= 3) as prefix,
                       search_any(search_lexeme(s.word, false)) as misspelt
                from query_words q
                left join search_word s on s.kind = '%s' and length(q.word) >= 4 and s.word <> q.word
                                        and s.variant = any(search_word_variants(q.word))
                group by q.word
            ), words as (
                select search_all(whole) as whole, search_all(prefix) as prefix,
                       search_all(coalesce(prefix || misspelt, prefix)) as fuzzy
                from alternatives
            )""";

    private final JdbcClient jdbc;

    SearchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    SearchResults search(String query) {
        SearchHits<ServerHit> servers = servers(query);
        SearchHits<RaidHit> raids = raids(query);
        return new SearchResults(query, cases(query), defendants(query), servers, raids,
                providerFilter(query, servers), countryFilter(query, raids));
    }

    SearchHits<CaseHit> cases(String query) {
        List<Row<CaseHit>> rows = this.jdbc.sql("""
                with matches as (
                    select c.id, c.reference, c.title, c.status,
                           ts_rank(to_tsvector('simple'::regconfig, c.reference || ' ' || c.title || ' ' || c.summary),
                                   q.query)
                           + case when c.reference = upper(:text) then 10
                                  when c.title ilike :contains escape '!' then 1 else 0 end as score
                    from cases_case c, websearch_to_tsquery('simple'::regconfig, :text) as q(query)
                    where to_tsvector('simple'::regconfig, c.reference || ' ' || c.title || ' ' || c.summary) @@ q.query
                       or c.reference = upper(:text)
                    limit :limit)
                select id, reference, title, status, count(*) over () as total
                from matches
                order by score desc, id desc
                limit :hits
                """)
            .param("text", query)
            .param("contains", contains(query))
            .param("limit", COUNT_LIMIT + 1)
            .param("hits", HITS_PER_GROUP)
            .query((rs, n) -> new Row<>(new CaseHit(rs.getLong("id"), rs.getString("reference"),
                    rs.getString("title"), rs.getString("status")), rs.getLong("total")))
            .list();
        return hits(rows);
    }

    /**
     * Defendants whose full name or one of whose aliases holds every word of the query: as a whole word (first), as the
     * start of a word ("Ruther" for Rutherford, next) or misspelt by one letter changed, added or dropped, or two
     * neighbours swapped ("Kleni" for Klein, last; see {@link #WORDS}); the closest by trigram similarity first
     * within each of the three.
     */
    SearchHits<DefendantHit> defendants(String query) {
        List<Row<DefendantHit>> rows = this.jdbc.sql(words("DEFENDANT") + """
                , found as (
                    -- in the order of the ranks, so that the limit keeps the best
                    (select d.id as defendant_id, null::text as alias, d.full_name as text
                     from defendants_defendant d, words w
                     where to_tsvector('simple'::regconfig, d.full_name) @@ w.whole)
                    union all
                    (select a.defendant_id, a.alias, a.alias
                     from defendants_alias a, words w
                     where to_tsvector('simple'::regconfig, a.alias) @@ w.whole)
                    union all
                    (select d.id, null::text, d.full_name
                     from defendants_defendant d, words w
                     where to_tsvector('simple'::regconfig, d.full_name) @@ w.prefix
                       and not to_tsvector('simple'::regconfig, d.full_name) @@ w.whole)
                    union all
                    (select a.defendant_id, a.alias, a.alias
                     from defendants_alias a, words w
                     where to_tsvector('simple'::regconfig, a.alias) @@ w.prefix
                       and not to_tsvector('simple'::regconfig, a.alias) @@ w.whole)
                    union all
                    (select d.id, null::text, d.full_name
                     from defendants_defendant d, words w
                     where to_tsvector('simple'::regconfig, d.full_name) @@ w.fuzzy
                       and not to_tsvector('simple'::regconfig, d.full_name) @@ w.prefix)
                    union all
                    (select a.defendant_id, a.alias, a.alias
                     from defendants_alias a, words w
                     where to_tsvector('simple'::regconfig, a.alias) @@ w.fuzzy
                       and not to_tsvector('simple'::regconfig, a.alias) @@ w.prefix)
                    limit :limit
                ), scored as (
                    select f.defendant_id, f.alias,
                           case when to_tsvector('simple'::regconfig, f.text) @@ w.whole then 3
                                when to_tsvector('simple'::regconfig, f.text) @@ w.prefix then 2 else 1 end as rank,
                           similarity(:text, f.text) as closeness
                    from found f, words w
                ), best as (
                    select defendant_id, max(rank) as rank, max(closeness) as closeness,
                           -- the alias, when an alias matched better than the name
                           (array_agg(alias order by rank desc, closeness desc, alias nulls first))[1] as alias
                    from scored
                    group by defendant_id
                )
                select d.id, d.full_name, d.legal_status, d.nationality_code, b.alias,
                       greatest(count(*) over (), (select count(*) from found)) as total
                from best b
                join defendants_defendant d on d.id = b.defendant_id
                order by b.rank desc, b.closeness desc, d.full_name, d.id
                limit :hits
                """)
            .param("text", query)
            .param("limit", COUNT_LIMIT + 1)
            .param("hits", HITS_PER_GROUP)
            .query((rs, n) -> new Row<>(new DefendantHit(rs.getLong("id"), rs.getString("full_name"),
                    rs.getString("legal_status"), rs.getString("nationality_code"), rs.getString("alias")),
                    rs.getLong("total")))
            .list();
        return hits(rows);
    }

    /**
     * Servers with an address equal to the query or starting with it ("192.0.2.15", "192.0.2."), then servers whose
     * hostname starts with the query, then those whose hostname contains it, then servers of a hosting provider whose name contains the query or holds its
     * words, whole, started or misspelt as for defendants (three characters or more for hostnames and providers).
     * Each kind is read in that order, through its own index, until the count limit.
     */
    SearchHits<ServerHit> servers(String query) {
        String lower = query.toLowerCase(Locale.ROOT);
        AddressTerms addresses = AddressTerms.of(lower);
        // U+FFFF, which no character follows, has no prefix range, and ends no host name or provider
        boolean fragment = query.length() >= 3 && lower.charAt(lower.length() - 1) != Character.MAX_VALUE;
        if (addresses.isEmpty() && !fragment) {
            return SearchHits.none();
        }
        List<String> branches = new ArrayList<>();
        if (!addresses.isEmpty()) {
            // search_address holds the addresses of the servers that count (not voided), in text order
            branches.add("""
                    (select a.server_id as id, 6 as score from search_address a
                     where a.address = any(cast(:exact as text[])) limit :limit)""");
            if (addresses.prefix() != null) {
                branches.add("""
                        (select a.server_id as id, 5 as score from search_address a
                         where a.address >= :prefixFrom and a.address < :prefixTo limit :limit)""");
            }
        }
        if (fragment) {
            // host names that start with the query, from their own index (V241), before those that only contain it:
            // a common start ("web-front-") fills the limit without the costlier trigram index
            branches.add("""
                    (select s.id, case when lower(s.hostname) = :lower then 4
                                       else 3 + similarity(s.hostname, :text) end as score
                     from raids_server s
                     where lower(s.hostname) ~>=~ :hostFrom and lower(s.hostname) ~<~ :hostTo limit :limit)""");
            branches.add("""
                    (select s.id, 2 + similarity(s.hostname, :text) as score
                     from raids_server s
                     where s.hostname ilike :contains escape '!'
                       and not (lower(s.hostname) ~>=~ :hostFrom and lower(s.hostname) ~<~ :hostTo)
                     limit :limit)""");
            branches.add("""
                    (select s.id, p.score
                     from (select p.name, case when p.words @@ w.prefix or p.name ilike :contains escape '!' then 1
                                               else 0 end + similarity(p.name, :text) as score
                           from search_provider p, words w
                           where p.words @@ w.fuzzy or p.name ilike :contains escape '!'
                           order by score desc, p.name) p
                     join raids_server s on s.hosting_provider = p.name
                     limit :limit)""");
        }
        String sql = words("PROVIDER") + """
                , found as (
                    select * from (%s) c limit :limit
                ), best as (
                    select id, max(score) as score from found group by id
                )
                select s.id, s.hostname, array_to_string(s.ip_addresses, ', ') as addresses, s.hosting_provider,
                       s.country_code, c.reference, m.total
                from (select best.*, greatest(count(*) over (), (select count(*) from found)) as total from best
                      order by score desc, id limit :hits) m
                join raids_server s on s.id = m.id
                join cases_case c on c.id = s.case_id
                order by m.score desc, m.id
                """.formatted(String.join("\n    union all\n", branches));
        JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
            .param("text", query)
            .param("lower", lower)
            .param("contains", contains(query))
            .param("limit", COUNT_LIMIT + 1)
            .param("hits", HITS_PER_GROUP);
        if (fragment) {
            TextRange hostnames = TextRange.startingWith(lower);
            statement = statement.param("hostFrom", hostnames.start()).param("hostTo", hostnames.end());
        }
        if (!addresses.isEmpty()) {
            statement = statement.param("exact", addresses.exact().toArray(String[]::new));
            if (addresses.prefix() != null) {
                TextRange range = TextRange.startingWith(addresses.prefix());
                statement = statement.param("prefixFrom", range.start()).param("prefixTo", range.end());
            }
        }
        List<Row<ServerHit>> rows = statement
            .query((rs, n) -> new Row<>(new ServerHit(rs.getLong("id"), rs.getString("hostname"),
                    rs.getString("addresses"), rs.getString("hosting_provider"), rs.getString("country_code"),
                    rs.getString("reference")), rs.getLong("total")))
            .list();
        return hits(rows);
    }

    /**
     * Raids in a jurisdiction whose code or name matches (a country code finds the raids in its subdivisions too), or
     * whose outcome or legal reference contains the query's words.
     */
    SearchHits<RaidHit> raids(String query) {
        List<Row<RaidHit>> rows = this.jdbc.sql("""
                with places as (
                    select code, case when code = upper(:text) then 3 when country_code = upper(:text) then 2
                                      else 1 end as score
                    from jurisdictions_jurisdiction
                    where code = upper(:text) or country_code = upper(:text)
                       or (length(:text) >= 3 and name ilike :contains escape '!')
                ), candidates as (
                    (select r.id, p.score::real as score
                     from places p
                     join raids_raid r on r.jurisdiction_code = p.code
                     limit :limit)
                    union all
                    (select r.id, ts_rank(to_tsvector('simple'::regconfig,
                                      coalesce(r.outcome, '') || ' ' || coalesce(r.legal_reference, '')), q.query)
                     from raids_raid r, websearch_to_tsquery('simple'::regconfig, :text) as q(query)
                     where to_tsvector('simple'::regconfig,
                               coalesce(r.outcome, '') || ' ' || coalesce(r.legal_reference, '')) @@ q.query
                     limit :limit)
                ), matches as (
                    select r.id, r.raid_date, r.jurisdiction_code, r.status, r.case_id, b.score
                    from (select id, sum(score) as score from candidates group by id limit :limit) b
                    join raids_raid r on r.id = b.id)
                select m.id, m.raid_date, m.jurisdiction_code, j.name, j.country_code, m.status, c.reference, m.total
                from (select matches.*, count(*) over () as total from matches
                      order by score desc, raid_date desc, id desc limit :hits) m
                join jurisdictions_jurisdiction j on j.code = m.jurisdiction_code
                join cases_case c on c.id = m.case_id
                order by m.score desc, m.raid_date desc, m.id desc
                """)
            .param("text", query)
            .param("contains", contains(query))
            .param("limit", COUNT_LIMIT + 1)
            .param("hits", HITS_PER_GROUP)
            .query((rs, n) -> new Row<>(new RaidHit(rs.getLong("id"), rs.getObject("raid_date", java.time.LocalDate.class),
                    rs.getString("jurisdiction_code"), rs.getString("name"), rs.getString("country_code"),
                    rs.getString("status"), rs.getString("reference")), rs.getLong("total")))
            .list();
        return hits(rows);
    }

    /** The {@code provider} filter of the server list when the query is the start of a matching provider's name. */
    private static String providerFilter(String query, SearchHits<ServerHit> servers) {
        String lower = query.toLowerCase(Locale.ROOT);
        return servers.hits()
            .stream()
            .anyMatch((hit) -> hit.provider() != null && hit.provider().toLowerCase(Locale.ROOT).startsWith(lower))
                    ? query : null;
    }

    /** The {@code country} filter of the raid list when the query is the code of a country with matching raids. */
    private static String countryFilter(String query, SearchHits<RaidHit> raids) {
        String upper = query.toUpperCase(Locale.ROOT);
        return raids.hits().stream().anyMatch((hit) -> upper.equals(hit.countryCode())) ? upper : null;
    }

    private static String words(String kind) {
        return WORDS.formatted(kind);
    }

    private static String contains(String query) {
        return "%" + query.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static <T> SearchHits<T> hits(List<Row<T>> rows) {
        if (rows.isEmpty()) {
            return SearchHits.none();
        }
        return SearchHits.of(rows.stream().map(Row::hit).toList(), rows.get(0).total());
    }

    private record Row<T>(T hit, long total) {
    }

}
