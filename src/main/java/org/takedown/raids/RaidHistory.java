package org.takedown.raids;

import org.takedown.shared.VoidedWith;

import java.util.Map;

import org.takedown.audit.HistorySubject;

import org.springframework.stereotype.Component;

/** A raid on the History tab, and wherever another record refers to one: by its date and place. */
@Component
class RaidHistory implements HistorySubject {

    @Override
    public String kind() {
        return "raids";
    }

    @Override
    public Class<?> type() {
        return Raid.class;
    }

    @Override
    public Naming naming() {
        return new Naming("raid", "raid_aud", "id", "to_char(r.raid_date, 'YYYY-MM-DD') || ', ' || "
                + "(select j.name from jurisdictions_jurisdiction j where j.code = r.jurisdiction_code)");
    }

    @Override
    public Map<Class<? extends Enum<?>>, String> enumLabels() {
        return Map.of(RaidStatus.class, "raid.status", LegalBasis.class, "raid.legalBasis", VoidedWith.class, "void.with");
    }

    @Override
    public Map<String, String> idReferences() {
        return Map.of("caseId", "cases");
    }

}
