package org.takedown.raids;

import org.springframework.data.jpa.repository.JpaRepository;

interface SeizedServerRepository extends JpaRepository<SeizedServer, Long> {

    long countByEnforcementCaseId(Long caseId);

}
