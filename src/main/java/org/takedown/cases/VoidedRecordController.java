package org.takedown.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's list of voided records of every kind, newest void first, with a restore button each (the
 * restore routes are the kinds' own, under {@code /admin/voided/<kind>/...}).
 */
@Controller
class VoidedRecordController {

    private final VoidedRecordQueries queries;

    private final CaseService cases;

    VoidedRecordController(VoidedRecordQueries queries, CaseService cases) {
        this.queries = queries;
        this.cases = cases;
    }

    @GetMapping("/admin/voided")
    String list(@RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "after", required = false) String after, Model model) {
        List<String> kinds = this.queries.kinds();
        Optional<String> kind = Optional.ofNullable(type).filter(kinds::contains);
        List<VoidedRecordRow> rows = this.queries.page(kind, VoidedRecordQueries.Position.parse(after));
        boolean more = rows.size() > VoidedRecordQueries.PAGE_SIZE;
        List<VoidedRecordRow> page = more ? rows.subList(0, VoidedRecordQueries.PAGE_SIZE) : rows;
        Map<Long, CaseRef> caseRefs = this.cases
            .refs(page.stream().map(VoidedRecordRow::caseId).collect(Collectors.toSet()));
        model.addAttribute("kinds", kinds);
        model.addAttribute("type", kind.orElse(null));
        model.addAttribute("rows", page);
        model.addAttribute("total", this.queries.count(kind));
        model.addAttribute("caseRefs", caseRefs);
        model.addAttribute("next", more ? page.get(page.size() - 1).position().text() : null);
        model.addAttribute("firstPage", after == null);
        return "void/list";
    }

}
