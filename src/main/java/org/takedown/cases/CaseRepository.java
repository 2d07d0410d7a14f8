package org.takedown.cases;

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

    @Query("""
            select new org.takedown.cases.CaseRef(c.id, c.reference, c.title, c.openedOn, c.voidedAt is not null)
            from EnforcementCase c where c.id = :id
            """)
    Optional<CaseRef> findRefById(Long id);

    @Query("""
            select new org.takedown.cases.CaseRef(c.id, c.reference, c.title, c.openedOn, c.voidedAt is not null)
            from EnforcementCase c where c.id in :ids
            """)
    List<CaseRef> findRefsByIdIn(Collection<Long> ids);

}
