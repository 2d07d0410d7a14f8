package org.takedown.defendants;

import org.takedown.cases.VoidedRecords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The defendants module's kinds in the administrator's list of voided records: defendants taken out of a case,
 * charges and extradition requests voided on their own (those voided with their case come back with it).
 */
@Configuration(proxyBeanMethods = false)
class VoidedDefendantRecords {

    @Bean
    @Order(400)
    VoidedRecords voidedLinks() {
        return kind("links", """
                select 'links' as kind, cd.case_id || '/' || cd.defendant_id as key, d.full_name as name, cd.case_id,
                       cd.voided_at, cd.voided_by, cd.void_reason, d.version, '/defendants/' || d.id as page,
                       '/admin/voided/links/' || cd.case_id || '/' || d.id || '/restore' as restore
                from case_defendant cd join defendant d on d.id = cd.defendant_id
                where cd.voided_at is not null and cd.voided_with is null and d.merged_into_id is null""");
    }

    @Bean
    @Order(500)
    VoidedRecords voidedCharges() {
        return kind("charges", """
                select 'charges' as kind, ch.id::text as key, d.full_name || ' · ' || ch.statute as name, ch.case_id,
                       ch.voided_at, ch.voided_by, ch.void_reason, ch.version, '/defendants/' || d.id as page,
                       '/admin/voided/charges/' || d.id || '/' || ch.id || '/restore' as restore
                from charge ch join defendant d on d.id = ch.defendant_id
                where ch.voided_at is not null and ch.voided_with is null""");
    }

    @Bean
    @Order(600)
    VoidedRecords voidedExtraditions() {
        return kind("extraditions", """
                select 'extraditions' as kind, r.id::text as key, d.full_name || ' · ' || r.requested_on as name,
                       r.case_id, r.voided_at, r.voided_by, r.void_reason, r.version,
                       '/defendants/' || d.id || '/extraditions/' || r.id as page,
                       '/admin/voided/extraditions/' || d.id || '/' || r.id || '/restore' as restore
                from extradition_request r join defendant d on d.id = r.defendant_id
                where r.voided_at is not null and r.voided_with is null""");
    }

    private static VoidedRecords kind(String kind, String sql) {
        return new VoidedRecords() {

            @Override
            public String kind() {
                return kind;
            }

            @Override
            public String sql() {
                return sql;
            }

        };
    }

}
