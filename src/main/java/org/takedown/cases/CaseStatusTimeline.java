package org.takedown.cases;

import org.springframework.stereotype.Component;

/** The case's own events on its timeline: its opening and each later change of its status. */
@Component
class CaseStatusTimeline implements CaseTimelineSource {

    @Override
    public String eventsSql() {
        return """
                select h.effective_on as happened_on, 0 as day_order,
                    case when h.from_status is null then 'case.opened' else 'case.status' end as kind,
                    h.id, '/cases/' || h.case_id as href, null::text as subject, null::text as detail,
                    'case.status.' || h.to_status as detail_key, null::bigint as amount
                from case_status_change h
                where h.case_id = :caseId""";
    }

}
