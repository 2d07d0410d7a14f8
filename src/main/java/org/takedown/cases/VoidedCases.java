package org.takedown.cases;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Voided cases, for the administrator's list. */
@Component
@Order(100)
class VoidedCases implements VoidedRecords {

    @Override
    public String kind() {
        return "cases";
    }

    @Override
    public String sql() {
        return """
                select 'cases' as kind, c.id::text as key, c.reference || ' · ' || c.title as name, c.id as case_id,
                       c.voided_at, c.voided_by, c.void_reason, c.version, '/cases/' || c.id as page,
                       '/admin/voided/cases/' || c.id || '/restore' as restore
                from enforcement_case c
                where c.voided_at is not null""";
    }

}
