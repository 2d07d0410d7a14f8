package org.takedown.cases;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<EnforcementCase, Long> {

    @Query(value = """
            select new org.takedown.cases.CaseSummary(c.id, c.reference, c.title, c.status, a.name, c.openedOn,
                (select count(*) from Defendant d join d.cases dc where dc = c),
                (select count(*) from Raid r where r.enforcementCase = c),
                (select count(*) from SeizedServer s where s.enforcementCase = c))
            from EnforcementCase c join c.leadAgency a
            """, countQuery = "select count(c) from EnforcementCase c")
    Page<CaseSummary> findSummaries(Pageable pageable);

    @EntityGraph(attributePaths = { "leadAgency", "prosecutingOffice", "statusChanges" })
    Optional<EnforcementCase> findWithAgenciesById(Long id);

}
