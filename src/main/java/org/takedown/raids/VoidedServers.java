package org.takedown.raids;

import org.takedown.cases.VoidedRecords;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Servers voided on their own, for the administrator's list (those voided with their raid or case come back with it). */
@Component
@Order(300)
class VoidedServers implements VoidedRecords {

    @Override
    public String kind() {
        return "servers";
    }

    @Override
    public String sql() {
        return """
                select 'servers' as kind, s.id::text as key, s.hostname as name, s.case_id,
                       s.voided_at, s.voided_by, s.void_reason, s.version, '/servers/' || s.id as page,
                       '/admin/voided/servers/' || s.id || '/restore' as restore
                from seized_server s
                where s.voided_at is not null and s.voided_with is null""";
    }

}
