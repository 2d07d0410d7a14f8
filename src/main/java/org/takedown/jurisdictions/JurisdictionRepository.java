package org.takedown.jurisdictions;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JurisdictionRepository extends JpaRepository<Jurisdiction, String> {

    List<Jurisdiction> findByKindOrderByName(JurisdictionKind kind);

    @Query("select j from Jurisdiction j left join fetch j.parent where j.code = :code")
    Optional<Jurisdiction> findWithParentByCode(String code);

}
