package org.takedown.jurisdictions;

import org.takedown.audit.HistorySubject;

import org.springframework.stereotype.Component;

/** An agency where a history refers to one: by its name and acronym. It has neither a page nor a History tab. */
@Component
class AgencyHistory implements HistorySubject {

    @Override
    public String kind() {
        return "agencies";
    }

    @Override
    public Class<?> type() {
        return Agency.class;
    }

    @Override
    public Naming naming() {
        return new Naming("agency", "agency_aud", "id", "r.name || coalesce(' (' || nullif(r.acronym, '') || ')', '')");
    }

    @Override
    public boolean hasHistoryPage() {
        return false;
    }

    @Override
    public boolean hasPage() {
        return false;
    }

}
