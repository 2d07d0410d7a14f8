package org.takedown.cases;

import java.util.Map;

import org.takedown.audit.HistorySubject;

import org.springframework.stereotype.Component;

/** A case on the History tab, and wherever another record refers to one: by its reference. */
@Component
class CaseHistory implements HistorySubject {

    @Override
    public String kind() {
        return "cases";
    }

    @Override
    public Class<?> type() {
        return EnforcementCase.class;
    }

    @Override
    public Naming naming() {
        return new Naming("enforcement_case", "enforcement_case_aud", "id", "r.reference");
    }

    @Override
    public Map<Class<? extends Enum<?>>, String> enumLabels() {
        return Map.of(CaseStatus.class, "case.status");
    }

}
