package org.takedown.raids;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SeizedServerRepository extends JpaRepository<SeizedServer, Long> {

    @Query(value = """
            select new org.takedown.raids.SeizedServerRow(s.id, s.hostname, country.code, country.name, s.role,
                s.status, s.hostingProvider, s.seizedOn, r.id, c.id, c.reference)
            from SeizedServer s
                join s.country country
                join CaseOfRaid c on c.id = s.caseId
                left join s.raid r
            where s.caseId = :caseId and s.voidedAt is null
            """, countQuery = "select count(s) from SeizedServer s where s.caseId = :caseId and s.voidedAt is null")
    Page<SeizedServerRow> findRowsByCaseId(Long caseId, Pageable pageable);

    @Query("""
            select new org.takedown.raids.SeizedServerRow(s.id, s.hostname, country.code, country.name, s.role,
                s.status, s.hostingProvider, s.seizedOn, r.id, c.id, c.reference)
            from SeizedServer s
                join s.country country
                join CaseOfRaid c on c.id = s.caseId
                join s.raid r
            where r.id = :raidId and s.voidedAt is null
            order by s.hostname
            """)
    List<SeizedServerRow> findRowsByRaidId(Long raidId);

    /**
     * Which of these (lower-case) host names the case already has, among its servers that count other than
     * {@code exceptIds} (the servers of the form, whose names are theirs to keep or change).
     */
    @Query("""
            select lower(s.hostname) from SeizedServer s
            where s.caseId = :caseId and lower(s.hostname) in :hostnames and s.voidedAt is null
                and s.id not in :exceptIds
            """)
    List<String> findExistingHostnames(Long caseId, Collection<String> hostnames, Collection<Long> exceptIds);

    @Query("""
            select count(s) > 0 from SeizedServer s
            where s.caseId = :caseId and lower(s.hostname) = :hostname and s.id <> :exceptId and s.voidedAt is null
            """)
    boolean hostnameTakenByAnother(Long caseId, String hostname, Long exceptId);

    /** The servers of a raid that count, with their country, for the raid's edit form. */
    @Query("""
            select s from SeizedServer s join fetch s.country
            where s.raid.id = :raidId and s.voidedAt is null
            order by s.hostname
            """)
    List<SeizedServer> findByRaid(Long raidId);

    /** The server with what its page shows of it: raid, country and status history (the case is named by cases). */
    @EntityGraph(attributePaths = { "raid", "country", "statusChanges" })
    Optional<SeizedServer> findDetailedById(Long id);

}
