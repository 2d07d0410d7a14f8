package org.takedown.defendants;

import org.takedown.cases.CaseTimelineSource;

import org.springframework.stereotype.Component;

/**
 * A case's defendants on its timeline: the day each joined the case and in what role, the changes of their legal
 * status (arrest, custody, bail, conviction...) while in it, their charges in the case as filed, and the steps of the
 * case's extradition requests: requested, the hearing, the decision, the surrender, a withdrawal.
 */
@Component
class DefendantsCaseTimeline implements CaseTimelineSource {

    @Override
    public String eventsSql() {
        return """
                select cd.since as happened_on, 30 as day_order, 'defendant.joined' as kind, d.id,
                    '/defendants/' || d.id as href,
                    d.full_name as subject, null::text as detail, 'defendant.caseRole.' || cd.role as detail_key,
                    null::bigint as amount
                from case_defendant cd
                    join defendant d on d.id = cd.defendant_id
                where cd.case_id = :caseId and cd.voided_at is null
                union all
                select h.effective_on, 31,
                    case when h.from_status is null then 'defendant.recorded' else 'defendant.status' end, h.id, '/defendants/' || d.id, d.full_name, null,
                    'defendant.legalStatus.' || h.to_status, null
                from case_defendant cd
                    join defendant d on d.id = cd.defendant_id
                    join defendant_status_change h on h.defendant_id = d.id
                where cd.case_id = :caseId and cd.voided_at is null
                union all
                select ch.filed_on, 40, 'charge.filed', ch.id, '/defendants/' || d.id, d.full_name, ch.statute, null,
                    ch.counts
                from charge ch
                    join defendant d on d.id = ch.defendant_id
                where ch.case_id = :caseId and ch.voided_at is null and ch.filed_on is not null
                union all
                select step.happened_on, step.day_order, step.kind, x.id, '/defendants/' || x.defendant_id || '/extraditions/' || x.id,
                    d.full_name, j.name, step.detail_key, null
                from extradition_request x
                    join defendant d on d.id = x.defendant_id
                    join jurisdictions_jurisdiction j on j.code = x.requested_jurisdiction_code
                    cross join lateral (values
                        (x.requested_on, 50, 'extradition.requested', null::text),
                        (x.hearing_on, 51, 'extradition.hearing', null),
                        (x.decided_on, 52, 'extradition.decided', case when x.status = 'REFUSED'
                            then 'defendant.extradition.status.REFUSED' else 'defendant.extradition.status.GRANTED' end),
                        (x.surrendered_on, 53, 'extradition.surrendered', null),
                        ((select max(w.effective_on) from extradition_status_change w
                          where w.extradition_request_id = x.id and w.to_status = 'WITHDRAWN'
                              and x.status = 'WITHDRAWN'), 54, 'extradition.withdrawn', null))
                        as step(happened_on, day_order, kind, detail_key)
                where x.case_id = :caseId and x.voided_at is null and step.happened_on is not null""";
    }

}
