package org.takedown.audit;

import java.util.Map;

import org.takedown.cases.EnforcementCase;
import org.takedown.defendants.Defendant;
import org.takedown.raids.Raid;
import org.takedown.raids.SeizedServer;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The History tab of the case, defendant, raid and server pages: 20 revisions a page, newest first. */
@Controller
class HistoryController {

    private static final Map<String, Class<?>> AUDITED_PAGES = Map.of("cases", EnforcementCase.class, "defendants",
            Defendant.class, "raids", Raid.class, "servers", SeizedServer.class);

    private final RecordHistory history;

    HistoryController(RecordHistory history) {
        this.history = history;
    }

    @GetMapping("/{kind:cases|defendants|raids|servers}/{id}/history")
    String show(@PathVariable String kind, @PathVariable Long id, @PageableDefault(size = 20) Pageable pageable,
            Model model) {
        RecordHistory.History found = this.history.of(AUDITED_PAGES.get(kind), id, pageable);
        if (found == null) {
            throw new RecordHistoryNotFoundException(id);
        }
        model.addAttribute("kind", kind);
        model.addAttribute("recordId", id);
        model.addAttribute("recordName", found.record().text());
        model.addAttribute("revisions", found.revisions());
        return "audit/history";
    }

}
