package org.takedown.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.takedown.defendants.Defendant;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<EnforcementCase, Long> {

    @EntityGraph(attributePaths = { "leadAgency", "prosecutingOffice", "statusChanges" })
    Optional<EnforcementCase> findWithAgenciesById(Long id);

    boolean existsByReference(String reference);

    /** The highest number used in references of the form {@code TKD-<year>-NNNN}, or 0. */
    @Query(value = """
            select coalesce(max(cast(substring(reference from 10) as bigint)), 0)
            from enforcement_case
            where reference like concat('TKD-', cast(:year as varchar), '-%')
            """, nativeQuery = true)
    long highestReferenceNumber(int year);

    /** The first day anything happened in the case: its earliest raid or server seizure, or {@code null}. */
    @Query(value = """
            select least((select min(r.raid_date) from raid r where r.case_id = :caseId),
                         (select min(s.seized_on) from seized_server s where s.case_id = :caseId))
            """, nativeQuery = true)
    LocalDate earliestActivity(Long caseId);

    /**
     * The defendants of a case with nationality, custody and aliases in one statement, for the case page (the aliases
     * of hundreds of defendants would otherwise be loaded batch by batch).
     */
    @Query("""
            select distinct d from Defendant d
                join d.cases c
                left join fetch d.nationality
                left join fetch d.custodyJurisdiction
                left join fetch d.aliases
            where c.id = :caseId
            order by d.fullName
            """)
    List<Defendant> findDefendantsOfCase(Long caseId);

}
