package org.takedown.audit;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes security events to the append-only audit log. Never give it a password, a session id or a token: the
 * detail is for what happened, not for secrets.
 */
@Service
public class AuditLog {

    private static final int MAX_TEXT = 500;

    /** An export's detail holds the request's whole query string, which the 8 KB request line limit bounds (V120). */
    private static final int MAX_DETAIL = 10_000;

    private final AuditLogRepository entries;

    private final Clock clock;

    private final EntityManager entityManager;

    AuditLog(AuditLogRepository entries, Clock clock, EntityManager entityManager) {
        this.entries = entries;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @Transactional
    public void record(AuditEvent event, String username, String detail) {
        HttpServletRequest request = currentRequest();
        this.entries.save(new AuditLogEntry(this.clock.instant(), event, truncate(username, 100),
                request != null ? truncate(request.getRemoteAddr(), 64) : null,
                request != null ? truncate(request.getRequestURI(), MAX_TEXT) : null, truncate(detail, MAX_DETAIL)));
    }

    /** A page of the log, newest first; the log has no other order, so a requested one is ignored. */
    @Transactional(readOnly = true)
    Page<AuditLogEntry> recent(Pageable pageable) {
        return this.entries
            .findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    /**
     * The whole log in the list's order (newest first), passed one entry at a time to {@code sink} while PostgreSQL
     * sends them through a cursor (for the CSV export; records, not entities, so nothing piles up in the session).
     */
    @Transactional(readOnly = true)
    void export(Consumer<? super AuditLogRow> sink) {
        try (Stream<AuditLogRow> rows = this.entityManager.createQuery("""
                select new org.takedown.audit.AuditLogRow(e.id, e.occurredAt, e.event, e.username, e.remoteAddress,
                    e.path, e.detail)
                from AuditLogEntry e order by e.occurredAt desc, e.id desc""", AuditLogRow.class)
            .setHint(HibernateHints.HINT_FETCH_SIZE, 1_000)
            .getResultStream()) {
            rows.forEach(sink);
        }
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

}
