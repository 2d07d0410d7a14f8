package org.takedown.defendants;

import org.takedown.cases.CaseActivity;

import org.springframework.stereotype.Component;

/**
 * A case's defendants, counted in the case list ({@code pk_case_defendant}); a voided link does not count. They place the case in no country (a
 * defendant's nationality or custody is not where the case took place), and the day one was linked to the case does
 * not bound the day it was opened.
 */
@Component
class DefendantsCaseActivity implements CaseActivity {

    @Override
    public Column column() {
        return Column.DEFENDANTS;
    }

    @Override
    public String count(String caseId) {
        return "(select count(*) from case_defendant cd where cd.case_id = %s and cd.voided_at is null)".formatted(caseId);
    }

}
