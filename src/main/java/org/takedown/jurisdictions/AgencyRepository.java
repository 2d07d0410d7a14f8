package org.takedown.jurisdictions;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyRepository extends JpaRepository<Agency, Long> {

    @Query("select a from Agency a join fetch a.jurisdiction order by a.name")
    List<Agency> findAllWithJurisdiction();

    @Query("select a from Agency a join fetch a.jurisdiction where a.id in :ids order by a.name")
    List<Agency> findWithJurisdictionByIdIn(Collection<Long> ids);

}
