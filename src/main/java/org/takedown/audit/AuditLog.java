package org.takedown.audit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
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

    private final AuditLogRepository entries;

    private final Clock clock;

    AuditLog(AuditLogRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional
    public void record(AuditEvent event, String username, String detail) {
        HttpServletRequest request = currentRequest();
        this.entries.save(new AuditLogEntry(this.clock.instant(), event, truncate(username, 100),
                request != null ? truncate(request.getRemoteAddr(), 64) : null,
                request != null ? truncate(request.getRequestURI(), MAX_TEXT) : null, truncate(detail, MAX_TEXT)));
    }

    @Transactional(readOnly = true)
    public Page<AuditLogEntry> recent(Pageable pageable) {
        return this.entries.findAllByOrderByOccurredAtDescIdDesc(pageable);
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

}
