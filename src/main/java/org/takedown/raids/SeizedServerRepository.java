package org.takedown.raids;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SeizedServerRepository extends JpaRepository<SeizedServer, Long> {

    long countByEnforcementCaseId(Long caseId);

    @Query(value = """
            select new org.takedown.raids.SeizedServerRow(s.id, s.hostname, country.code, country.name, s.role,
                s.status, s.hostingProvider, s.seizedOn, r.id, c.id, c.reference)
            from SeizedServer s
                join s.country country
                join s.enforcementCase c
                left join s.raid r
            where c.id = :caseId
            """, countQuery = "select count(s) from SeizedServer s where s.enforcementCase.id = :caseId")
    Page<SeizedServerRow> findRowsByCaseId(Long caseId, Pageable pageable);

}
