package org.takedown.raids;

import java.util.Optional;

import org.takedown.cases.CaseActivity;

import org.springframework.stereotype.Component;

/**
 * A case's seized servers, for the case list and the opening-date rule: counted ({@code ix_seized_server_case}),
 * placed in the country they stood in ({@code ix_seized_server_country_case}) and dated by their seizure. A voided
 * server counts for none of them.
 */
@Component
class ServersCaseActivity implements CaseActivity {

    @Override
    public Column column() {
        return Column.SERVERS;
    }

    @Override
    public String count(String caseId) {
        return "(select count(*) from seized_server s where s.case_id = %s and s.voided_at is null)".formatted(caseId);
    }

    @Override
    public Optional<String> inCountry(String caseId, String country) {
        return Optional.of(("exists (select 1 from seized_server s where s.case_id = %s and s.country_code = %s"
                + " and s.voided_at is null)").formatted(caseId, country));
    }

    @Override
    public Optional<String> firstDay(String caseId) {
        return Optional.of(("(select min(s.seized_on) from seized_server s where s.case_id = %s"
                + " and s.voided_at is null)").formatted(caseId));
    }

}
