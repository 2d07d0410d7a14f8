package org.takedown.raids;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RaidRepository extends JpaRepository<Raid, Long> {

    @Query("""
            select new org.takedown.raids.RaidCountrySummary(country.code, country.name, count(distinct r.id), count(s.id))
            from Raid r
                join r.jurisdiction j
                join Jurisdiction country on country.code = j.countryCode
                left join r.servers s
            where r.enforcementCase.id = :caseId
            group by country.code, country.name
            order by country.name
            """)
    List<RaidCountrySummary> summarizeByCountry(Long caseId);

}
