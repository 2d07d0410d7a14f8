package org.takedown.defendants;

import java.util.Map;

import org.takedown.audit.HistorySubject;

import org.springframework.stereotype.Component;

/** A defendant on the History tab, and wherever another record refers to one: by full name. */
@Component
class DefendantHistory implements HistorySubject {

    @Override
    public String kind() {
        return "defendants";
    }

    @Override
    public Class<?> type() {
        return Defendant.class;
    }

    @Override
    public Naming naming() {
        return new Naming("defendant", "defendant_aud", "id", "r.full_name");
    }

    @Override
    public Map<Class<? extends Enum<?>>, String> enumLabels() {
        return Map.of(LegalStatus.class, "defendant.legalStatus");
    }

    @Override
    public Map<String, String> idReferences() {
        return Map.of("caseId", "cases");
    }

}
