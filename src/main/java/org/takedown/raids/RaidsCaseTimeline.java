package org.takedown.raids;

import org.takedown.cases.CaseTimelineSource;

import org.springframework.stereotype.Component;

/**
 * A case's raids and seizures on its timeline: each raid on its day with the servers recorded in it, a server seized
 * on another day than its raid (or without one) on its own day, and the later status changes of raids and servers.
 * The first status of a raid or a server is the raid or the seizure itself, so it is not told twice.
 */
@Component
class RaidsCaseTimeline implements CaseTimelineSource {

    @Override
    public String eventsSql() {
        return """
                select r.raid_date as happened_on, 10 as day_order, 'raid' as kind, r.id, '/raids/' || r.id as href,
                    j.name as subject, null::text as detail, null::text as detail_key,
                    (select count(*) from seized_server s where s.raid_id = r.id and s.voided_at is null) as amount
                from raid r
                    join jurisdictions_jurisdiction j on j.code = r.jurisdiction_code
                where r.case_id = :caseId and r.voided_at is null
                union all
                select h.effective_on, 11, 'raid.status', h.id, '/raids/' || r.id, j.name, null,
                    'raid.status.' || h.to_status, null
                from raid_status_change h
                    join raid r on r.id = h.raid_id
                    join jurisdictions_jurisdiction j on j.code = r.jurisdiction_code
                where r.case_id = :caseId and r.voided_at is null and h.from_status is not null
                union all
                select s.seized_on, 20, 'server.seized', s.id, '/servers/' || s.id, s.hostname, j.name, null, null
                from seized_server s
                    join jurisdictions_jurisdiction j on j.code = s.country_code
                    left join raid r on r.id = s.raid_id
                where s.case_id = :caseId and s.voided_at is null and s.seized_on is not null
                    and s.seized_on is distinct from r.raid_date
                union all
                select h.effective_on, 21, 'server.status', h.id, '/servers/' || s.id, s.hostname, null,
                    'server.status.' || h.to_status, null
                from server_status_change h
                    join seized_server s on s.id = h.server_id
                where s.case_id = :caseId and s.voided_at is null and h.from_status is not null""";
    }

}
