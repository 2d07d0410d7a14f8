package org.takedown.defendants;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DefendantRepository extends JpaRepository<Defendant, Long> {

    /** The defendant with nationality, custody and case links: what every form page shows about them. */
    @Query("""
            select d from Defendant d
                left join fetch d.nationality
                left join fetch d.custodyJurisdiction
                left join fetch d.caseLinks
            where d.id = :id
            """)
    Optional<Defendant> findWithCasesById(Long id);

    // The detail page's collections, each in one query into the already loaded defendant (fetching several lists in
    // one query would multiply their rows).

    @Query("select d from Defendant d left join fetch d.aliases where d.id = :id")
    Optional<Defendant> fetchAliases(Long id);

    @Query("select d from Defendant d left join fetch d.charges where d.id = :id")
    Optional<Defendant> fetchCharges(Long id);

    @Query("""
            select d from Defendant d
                left join fetch d.extraditionRequests r
                left join fetch r.requestingJurisdiction
                left join fetch r.requestedJurisdiction
            where d.id = :id
            """)
    Optional<Defendant> fetchExtraditionRequests(Long id);

    @Query("select d from Defendant d left join fetch d.statusChanges where d.id = :id")
    Optional<Defendant> fetchStatusChanges(Long id);

    @Query("select ch from Charge ch where ch.id = :chargeId and ch.defendant.id = :defendantId")
    Optional<Charge> findCharge(Long defendantId, Long chargeId);

    @Query("""
            select r from ExtraditionRequest r
                join fetch r.requestingJurisdiction
                join fetch r.requestedJurisdiction
            where r.id = :requestId and r.defendant.id = :defendantId
            """)
    Optional<ExtraditionRequest> findExtraditionRequest(Long defendantId, Long requestId);

    /** The status history of an extradition request, into the already loaded request. */
    @Query("select r from ExtraditionRequest r left join fetch r.statusChanges where r.id = :requestId")
    Optional<ExtraditionRequest> fetchExtraditionStatusChanges(Long requestId);

    /** One case as the case filter offers it. */
    @Query("""
            select new org.takedown.defendants.CaseOption(c.id, c.reference, c.title)
            from CaseOfDefendant c where c.id = :id
            """)
    Optional<CaseOption> findCaseOption(Long id);

    /**
     * The defendants of a case, each with their link (role, since), nationality, custody and aliases, in one statement
     * for the case page (the aliases of hundreds of defendants would otherwise be loaded batch by batch).
     */
    @Query("""
            select link from CaseDefendant link
                join fetch link.defendant d
                left join fetch d.nationality
                left join fetch d.custodyJurisdiction
                left join fetch d.aliases
            where link.caseId = :caseId and link.voidedAt is null
            order by d.fullName, d.id
            """)
    List<CaseDefendant> findLinksOfCase(Long caseId);

    @Query("""
            select new org.takedown.defendants.MergedRecord(d.id, d.fullName, d.mergedAt, d.mergedBy)
            from Defendant d where d.mergedInto.id = :id order by d.mergedAt, d.id
            """)
    List<MergedRecord> findMergedInto(Long id);

}
