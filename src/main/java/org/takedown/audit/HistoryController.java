package org.takedown.audit;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The History tab of the case, defendant, raid and server pages: 20 revisions a page, newest first. Its route,
 * {@code /{kind}/{id}/history} for exactly the kinds that have a History tab, is registered by {@link HistoryRoute}
 * from the modules' {@link HistorySubject}s.
 */
@Controller
class HistoryController {

    private final RecordHistory history;

    private final HistorySubjects subjects;

    HistoryController(RecordHistory history, HistorySubjects subjects) {
        this.history = history;
        this.subjects = subjects;
    }

    String show(@PathVariable String kind, @PathVariable Long id, @PageableDefault(size = 20) Pageable pageable,
            Model model) {
        HistorySubject subject = this.subjects.withHistoryPage(kind)
            .orElseThrow(() -> new RecordHistoryNotFoundException(id));
        RecordHistory.History found = this.history.of(subject, id, pageable);
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
