package org.takedown.defendants;

import java.util.Map;

import org.takedown.cases.CasePageSection;
import org.takedown.cases.CaseRef;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The case page's defendants: each with their role in the case and since when, aliases, nationality and custody. */
@Component
@Order(100)
class DefendantsCaseSection implements CasePageSection {

    private final DefendantService defendants;

    DefendantsCaseSection(DefendantService defendants) {
        this.defendants = defendants;
    }

    @Override
    public Section render(CaseRef enforcementCase, Pageable pageable) {
        return new Section("defendants/caseSection", "section",
                Map.of("defendants", this.defendants.defendantsOfCase(enforcementCase.id())));
    }

}
