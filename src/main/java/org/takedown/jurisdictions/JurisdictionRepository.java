package org.takedown.jurisdictions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface JurisdictionRepository extends JpaRepository<Jurisdiction, String> {

    List<Jurisdiction> findByKindOrderByName(JurisdictionKind kind);

}
