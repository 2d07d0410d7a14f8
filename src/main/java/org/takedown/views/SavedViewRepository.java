package org.takedown.views;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SavedViewRepository extends JpaRepository<SavedView, Long> {

    Page<SavedView> findByOwner(String owner, Pageable pageable);

    @Query("""
            select count(v) > 0 from SavedView v
            where v.owner = :owner and v.list = :list and lower(v.name) = lower(:name)
              and (:exceptId is null or v.id <> :exceptId)""")
    boolean nameTaken(String owner, ViewList list, String name, Long exceptId);

}
