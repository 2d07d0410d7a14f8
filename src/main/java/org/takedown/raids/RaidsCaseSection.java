package org.takedown.raids;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.takedown.cases.CasePageSection;
import org.takedown.cases.CaseRef;
import org.takedown.shared.Pageables;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The case page's raids and servers: raids and servers per country, and one page of the case's servers (the page's
 * {@code page}, {@code size} and {@code sort} parameters, sorted by host name or seizure date), whose total is also
 * one of the case's facts.
 */
@Component
@Order(200)
class RaidsCaseSection implements CasePageSection {

    private static final Set<String> SORTABLE = Set.of("hostname", "seizedOn");

    private static final Sort BY_HOSTNAME = Sort.by("hostname");

    private final RaidService raids;

    RaidsCaseSection(RaidService raids) {
        this.raids = raids;
    }

    @Override
    public Section render(CaseRef enforcementCase, Pageable pageable) {
        Long caseId = enforcementCase.id();
        Page<SeizedServerRow> servers = this.raids.serversOfCase(caseId,
                Pageables.restrict(pageable, SORTABLE, BY_HOSTNAME));
        return new Section("raids/caseSection", "section",
                Map.of("raidCountries", this.raids.countrySummary(caseId), "servers", servers),
                List.of(new Fact("server-count", "case.show.seizedServers", servers.getTotalElements())));
    }

}
