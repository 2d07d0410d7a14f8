package org.takedown.raids;

import java.util.Optional;

import org.takedown.cases.CaseActivity;

import org.springframework.stereotype.Component;

/**
 * A case's raids, for the case list and the opening-date rule: counted ({@code ix_raid_case}), placed in the country
 * of their jurisdiction (a raid in a US state is in the United States) and dated by their raid date.
 */
@Component
class RaidsCaseActivity implements CaseActivity {

    @Override
    public Column column() {
        return Column.RAIDS;
    }

    @Override
    public String count(String caseId) {
        return "(select count(*) from raid r where r.case_id = %s and r.voided_at is null)".formatted(caseId);
    }

    @Override
    public Optional<String> inCountry(String caseId, String country) {
        return Optional.of("""
                exists (select 1 from raid r join jurisdictions_jurisdiction j on j.code = r.jurisdiction_code
                        where r.case_id = %s and j.country_code = %s and r.voided_at is null)""".formatted(caseId, country));
    }

    @Override
    public Optional<String> firstDay(String caseId) {
        return Optional.of("(select min(r.raid_date) from raid r where r.case_id = %s and r.voided_at is null)".formatted(caseId));
    }

}
