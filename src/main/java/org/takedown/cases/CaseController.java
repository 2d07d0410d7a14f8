package org.takedown.cases;

import java.util.Set;

import org.takedown.defendants.DefendantService;
import org.takedown.raids.RaidService;
import org.takedown.system.Pageables;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class CaseController {

    private static final Set<String> SORTABLE = Set.of("reference", "title", "status", "openedOn");

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "openedOn").and(Sort.by("reference"));

    private final CaseService cases;

    private final DefendantService defendants;

    private final RaidService raids;

    CaseController(CaseService cases, DefendantService defendants, RaidService raids) {
        this.cases = cases;
        this.defendants = defendants;
        this.raids = raids;
    }

    @GetMapping({ "/", "/cases" })
    String list(@PageableDefault(size = 20) Pageable pageable, Model model) {
        model.addAttribute("cases", this.cases.list(Pageables.restrict(pageable, SORTABLE, NEWEST_FIRST)));
        return "cases/list";
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("enforcementCase", this.cases.get(id));
        model.addAttribute("defendants", this.defendants.forCase(id));
        model.addAttribute("raidCountries", this.raids.countrySummary(id));
        model.addAttribute("serverCount", this.raids.serverCount(id));
        return "cases/show";
    }

}
