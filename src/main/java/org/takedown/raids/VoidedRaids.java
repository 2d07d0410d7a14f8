package org.takedown.raids;

import org.takedown.cases.VoidedRecords;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Raids voided on their own, for the administrator's list (those voided with their case come back with it). */
@Component
@Order(200)
class VoidedRaids implements VoidedRecords {

    @Override
    public String kind() {
        return "raids";
    }

    @Override
    public String sql() {
        return """
                select 'raids' as kind, r.id::text as key, r.raid_date || ' · ' || j.name as name, r.case_id,
                       r.voided_at, r.voided_by, r.void_reason, r.version, '/raids/' || r.id as page,
                       '/admin/voided/raids/' || r.id || '/restore' as restore
                from raid r join jurisdictions_jurisdiction j on j.code = r.jurisdiction_code
                where r.voided_at is not null and r.voided_with is null""";
    }

}
