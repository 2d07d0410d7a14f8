package org.takedown.analysis.reports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.takedown.analysis.reports.CaseReport.ChargeEntry;
import org.takedown.analysis.reports.CaseReport.CountryEntry;
import org.takedown.analysis.reports.CaseReport.DefendantEntry;
import org.takedown.analysis.reports.CaseReport.ExtraditionEntry;
import org.takedown.analysis.reports.CaseReport.Header;
import org.takedown.analysis.reports.CaseReport.ServerEntry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only queries behind the case report: seven statements whatever the size of the case (header, defendants with
 * their aliases, charges, extradition requests, raids per country, server count, the first servers), each reading the
 * views the owning modules publish ({@code V140__published_views.sql}).
 */
@Component
class CaseReportQueries {

    private final JdbcClient jdbc;

    CaseReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Optional<CaseReport> find(long caseId, int serverLimit) {
        Optional<Header> header = header(caseId);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<ChargeEntry>> charges = charges(caseId).stream()
            .collect(Collectors.groupingBy(ChargeEntry::defendantId));
        List<DefendantEntry> defendants = defendants(caseId).stream()
            .map((d) -> new DefendantEntry(d.id(), d.fullName(), d.aliases(), d.nationality(), d.legalStatus(),
                    d.custody(), charges.getOrDefault(d.id(), List.of())))
            .toList();
        return Optional.of(new CaseReport(header.get(), defendants, extraditions(caseId), raidCountries(caseId),
                servers(caseId, serverLimit), serverCount(caseId)));
    }

    private Optional<Header> header(long caseId) {
        return this.jdbc.sql("""
                select c.id, c.reference, c.title, c.status, c.summary, c.modus_operandi,
                       lead.name as lead_agency, office.name as prosecuting_office, c.opened_on, c.closed_on
                from cases_case c
                    join jurisdictions_agency lead on lead.id = c.lead_agency_id
                    left join jurisdictions_agency office on office.id = c.prosecuting_office_id
                where c.id = :caseId
                """).param("caseId", caseId).query(Header.class).optional();
    }

    private List<DefendantEntry> defendants(long caseId) {
        return this.jdbc.sql("""
                select d.id, d.full_name,
                       (select string_agg(a.alias, ', ' order by a.alias) from defendants_alias a
                        where a.defendant_id = d.id) as aliases,
                       nationality.name as nationality, d.legal_status, custody.name as custody
                from defendants_case_link cd
                    join defendants_defendant d on d.id = cd.defendant_id
                    left join jurisdictions_jurisdiction nationality on nationality.code = d.nationality_code
                    left join jurisdictions_jurisdiction custody on custody.code = d.custody_jurisdiction_code
                where cd.case_id = :caseId
                order by d.full_name, d.id
                """)
            .param("caseId", caseId)
            .query((rs, n) -> new DefendantEntry(rs.getLong("id"), rs.getString("full_name"),
                    rs.getString("aliases"), rs.getString("nationality"), rs.getString("legal_status"),
                    rs.getString("custody"), List.of()))
            .list();
    }

    private List<ChargeEntry> charges(long caseId) {
        return this.jdbc.sql("""
                select defendant_id, statute, description, counts, filed_on, disposition
                from defendants_charge
                where case_id = :caseId
                order by filed_on nulls last, statute, id
                """).param("caseId", caseId).query(ChargeEntry.class).list();
    }

    private List<ExtraditionEntry> extraditions(long caseId) {
        // requests filed under this case, and those filed under no case for one of its defendants
        return this.jdbc.sql("""
                select d.full_name as defendant, requesting.name as requesting, requested.name as requested,
                       e.legal_basis, e.status, e.requested_on, e.hearing_on, e.decided_on, e.surrendered_on
                from defendants_extradition_request e
                    join defendants_defendant d on d.id = e.defendant_id
                    join jurisdictions_jurisdiction requesting on requesting.code = e.requesting_jurisdiction_code
                    join jurisdictions_jurisdiction requested on requested.code = e.requested_jurisdiction_code
                where e.case_id = :caseId
                   or (e.case_id is null
                       and e.defendant_id in (select defendant_id from defendants_case_link where case_id = :caseId))
                order by e.requested_on, d.full_name, e.id
                """).param("caseId", caseId).query(ExtraditionEntry.class).list();
    }

    private List<CountryEntry> raidCountries(long caseId) {
        return this.jdbc.sql("""
                select country.code as country_code, country.name as country_name,
                       count(distinct r.id) as raids, count(s.id) as servers
                from raids_raid r
                    join jurisdictions_jurisdiction j on j.code = r.jurisdiction_code
                    join jurisdictions_jurisdiction country on country.code = j.country_code
                    left join raids_server s on s.raid_id = r.id
                where r.case_id = :caseId
                group by country.code, country.name
                order by country.name
                """).param("caseId", caseId).query(CountryEntry.class).list();
    }

    private long serverCount(long caseId) {
        return this.jdbc.sql("select count(*) from raids_server where case_id = :caseId")
            .param("caseId", caseId)
            .query(Long.class)
            .single();
    }

    private List<ServerEntry> servers(long caseId, int limit) {
        return this.jdbc.sql("""
                select s.hostname, array_to_string(s.ip_addresses, ', ') as ip_addresses, country.name as country,
                       s.role, s.status, s.seized_on, s.evidence_reference, s.disk_image_sha256
                from raids_server s
                    join jurisdictions_jurisdiction country on country.code = s.country_code
                where s.case_id = :caseId
                order by s.hostname
                limit :limit
                """).param("caseId", caseId).param("limit", limit).query(ServerEntry.class).list();
    }

}
