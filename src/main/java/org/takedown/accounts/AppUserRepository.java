package org.takedown.accounts;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    /** Roles are read in batches (default_batch_fetch_size): fetching a collection would page in memory. */
    @EntityGraph(attributePaths = "agency")
    Page<AppUser> findAllByOrderByUsername(Pageable pageable);

    @EntityGraph(attributePaths = { "agency", "roles" })
    Optional<AppUser> findWithAgencyById(Long id);

}
