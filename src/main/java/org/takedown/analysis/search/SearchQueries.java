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

    static final int COUNT_LIMIT = 1000;

    /** A full IPv4 or IPv6 address, or the start of one ("192.0.2.", "192.0.2", "2001:db8:"). */
    private static final Pattern ADDRESS_LIKE = Pattern.compile("^(?=.*[.:])[0-9a-f.:]+$");

    private static final Pattern PARTIAL_IPV4 = Pattern.compile("^[0-9]{1,3}(\\.[0-9]{1,3}){0,2}$");

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
     * Defendants whose full name or one of whose aliases contains a word similar to the query (pg_trgm's word
     * similarity, default threshold 0.6: "Bridie" finds "George Bridi") or is similar to it as a whole (similarity,
     * default threshold 0.3: "Artst" finds the alias "Artist"); the closest first.
     */
    SearchHits<DefendantHit> defendants(String query) {
        List<Row<DefendantHit>> rows = this.jdbc.sql("""
                with hits as (
                    select d.id as defendant_id,
                           greatest(word_similarity(:text, d.full_name), similarity(:text, d.full_name)) as score,
                           similarity(:text, d.full_name) as closeness, null::text as alias
                    from defendants_defendant d
                    where :text <% d.full_name /*name-similarity*/
                    union all
                    select a.defendant_id, greatest(word_similarity(:text, a.alias), similarity(:text, a.alias)),
                           similarity(:text, a.alias), a.alias
                    from defendants_alias a
                    where :text <% a.alias /*alias-similarity*/
                ), best as (
                    select defendant_id, max(score) as score, max(closeness) as closeness,
                           (array_agg(alias order by score desc, closeness desc)
                               filter (where alias is not null))[1] as alias,
                           bool_or(alias is null and score >= 1) as name_matches
                    from hits
                    group by defendant_id
                    limit :limit
                )
                select d.id, d.full_name, d.legal_status, d.nationality_code,
                       case when b.name_matches then null else b.alias end as alias, count(*) over () as total
                from best b
                join defendants_defendant d on d.id = b.defendant_id
                order by b.score desc, b.closeness desc, d.full_name, d.id
                limit :hits
                """
            // a query of two characters has trigrams that most names share: whole-string similarity would recheck
            // tens of thousands of rows to find nothing, so it is left to word similarity
            .replace("/*name-similarity*/", query.length() >= 3 ? "or :text % d.full_name" : "")
            .replace("/*alias-similarity*/", query.length() >= 3 ? "or :text % a.alias" : ""))
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
     * Servers whose hostname or hosting provider contains the query (three characters or more), or with an address
     * equal to it or starting with it ("192.0.2.15", "192.0.2."). An address match ranks first, then the closest
     * hostname.
     */
    SearchHits<ServerHit> servers(String query) {
        String lower = query.toLowerCase(Locale.ROOT);
        List<String> addresses = addressTerms(lower);
        boolean fragment = query.length() >= 3;
        if (addresses.isEmpty() && !fragment) {
            return SearchHits.none();
        }
        List<String> conditions = new ArrayList<>();
        if (fragment) {
            conditions.add("s.hostname ilike :contains escape '!'");
            conditions.add("s.hosting_provider ilike :contains escape '!'");
        }
        if (!addresses.isEmpty()) {
            conditions.add("search_ip_prefixes(s.ip_addresses) && cast(:addresses as text[])");
        }
        String addressScore = addresses.isEmpty() ? "0"
                : "case when search_ip_prefixes(s.ip_addresses) && cast(:addresses as text[]) then 3 else 0 end";
        String sql = """
                with matches as (
                    select s.id, s.hostname, s.ip_addresses, s.hosting_provider, s.country_code, s.case_id,
                           %s
                           + case when lower(s.hostname) = :lower then 2
                                  when s.hostname ilike :contains escape '!' then 1 + similarity(s.hostname, :text)
                                  else similarity(coalesce(s.hosting_provider, ''), :text) end as score
                    from raids_server s
                    where %s
                    limit :limit)
                select m.id, m.hostname, array_to_string(m.ip_addresses, ', ') as addresses, m.hosting_provider,
                       m.country_code, c.reference, m.total
                from (select matches.*, count(*) over () as total from matches
                      order by score desc, hostname, id limit :hits) m
                join cases_case c on c.id = m.case_id
                order by m.score desc, m.hostname, m.id
                """.formatted(addressScore, String.join(" or ", conditions));
        JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
            .param("text", query)
            .param("lower", lower)
            .param("contains", contains(query))
            .param("limit", COUNT_LIMIT + 1)
            .param("hits", HITS_PER_GROUP);
        if (!addresses.isEmpty()) {
            statement = statement.param("addresses", addresses.toArray(String[]::new));
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

    /** The address texts to look for: the query itself and, for a partial IPv4 address, the query with a dot. */
    static List<String> addressTerms(String lower) {
        if (!ADDRESS_LIKE.matcher(lower).matches()) {
            return List.of();
        }
        if (PARTIAL_IPV4.matcher(lower).matches()) {
            return List.of(lower, lower + ".");
        }
        return List.of(lower);
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
