package org.takedown.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

    @Query("""
            select new org.takedown.cases.CaseRef(c.id, c.reference, c.title, c.openedOn)
            from EnforcementCase c where c.id = :id
            """)
    Optional<CaseRef> findRefById(Long id);

    @Query("""
            select new org.takedown.cases.CaseRef(c.id, c.reference, c.title, c.openedOn)
            from EnforcementCase c where c.id in :ids
            """)
    List<CaseRef> findRefsByIdIn(Collection<Long> ids);

}
