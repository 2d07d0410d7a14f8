package org.takedown.defendants;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DefendantRepository extends JpaRepository<Defendant, Long> {

    @Query("""
            select distinct d from Defendant d
                join d.cases c
                left join fetch d.nationality
                left join fetch d.custodyJurisdiction
            where c.id = :caseId
            order by d.fullName
            """)
    List<Defendant> findByCaseId(Long caseId);

}
