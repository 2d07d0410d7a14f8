package org.takedown.raids;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RaidRepository extends JpaRepository<Raid, Long> {

    @Query("""
            select new org.takedown.raids.RaidCountrySummary(country.code, country.name, count(distinct r.id), count(s.id))
            from Raid r
                join r.jurisdiction j
                join Jurisdiction country on country.code = j.countryCode
                left join r.servers s on s.voidedAt is null
            where r.caseId = :caseId and r.voidedAt is null
            group by country.code, country.name
            order by country.name
            """)
    List<RaidCountrySummary> summarizeByCountry(Long caseId);

    /** The zone most raids in the country of this jurisdiction were logged in, to propose it for the next one. */
    @Query(value = """
            select r.time_zone from raid r join jurisdiction j on j.code = r.jurisdiction_code
            where j.country_code = (select country_code from jurisdiction where code = :code)
            group by r.time_zone
            order by count(*) desc, r.time_zone
            limit 1
            """, nativeQuery = true)
    Optional<String> findUsualTimeZone(String code);

    /** The raid with everything its page shows except its servers, which are read as rows. */
    @EntityGraph(attributePaths = { "jurisdiction", "leadAgency", "participatingAgencies", "statusChanges" })
    Optional<Raid> findDetailedById(Long id);

}
