package org.takedown.jurisdictions;

import org.takedown.audit.HistorySubject;

import org.springframework.stereotype.Component;

/**
 * A jurisdiction where a history refers to one: by its name, linked to its page. Reference data, loaded by
 * migrations: it has no History tab.
 */
@Component
class JurisdictionHistory implements HistorySubject {

    @Override
    public String kind() {
        return "jurisdictions";
    }

    @Override
    public Class<?> type() {
        return Jurisdiction.class;
    }

    @Override
    public Naming naming() {
        return new Naming("jurisdiction", "jurisdiction_aud", "code", "r.name");
    }

    @Override
    public boolean hasHistoryPage() {
        return false;
    }

}
