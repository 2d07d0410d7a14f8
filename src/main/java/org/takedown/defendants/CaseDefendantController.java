package org.takedown.defendants;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.takedown.shared.RuleViolations;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's defendants, from its page: an existing defendant found by name and placed in the case in a role, and a
 * defendant taken out of it (the link voided with a reason, never deleted).
 */
@Controller
class CaseDefendantController {

    private final DefendantService defendants;

    private final Clock clock;

    CaseDefendantController(DefendantService defendants, Clock clock) {
        this.defendants = defendants;
        this.clock = clock;
    }

    /** Finds the defendant to link by name or alias, with the search box's fuzzy matching. */
    @GetMapping("/cases/{caseId}/defendants/link")
    String linkForm(@PathVariable Long caseId, @RequestParam(name = "q", required = false) String q, Model model) {
        model.addAttribute("linkForm", LinkForm.blank(LocalDate.now(this.clock)));
        return linkPage(caseId, q, model);
    }

    @PostMapping("/cases/{caseId}/defendants")
    String link(@PathVariable Long caseId, @RequestParam(name = "q", required = false) String q,
            @Valid @ModelAttribute("linkForm") LinkForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.defendants.linkToCase(form.getDefendantId(), form.toCommand(caseId));
                redirect.addFlashAttribute("flash", "defendant.flash.linked");
                return "redirect:/cases/{caseId}";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return linkPage(caseId, q, model);
    }

    @GetMapping("/cases/{caseId}/defendants/{defendantId}/unlink")
    String unlinkForm(@PathVariable Long caseId, @PathVariable Long defendantId, Model model) {
        Defendant defendant = this.defendants.withCases(defendantId);
        UnlinkForm form = new UnlinkForm();
        form.setVersion(defendant.getVersion());
        model.addAttribute("unlinkForm", form);
        return unlinkPage(caseId, defendant, model);
    }

    @PostMapping("/cases/{caseId}/defendants/{defendantId}/unlink")
    String unlink(@PathVariable Long caseId, @PathVariable Long defendantId,
            @Valid @ModelAttribute("unlinkForm") UnlinkForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.defendants.unlinkFromCase(defendantId, caseId, form.getReason(), form.getVersion());
                redirect.addFlashAttribute("flash", "defendant.flash.unlinked");
                return "redirect:/cases/{caseId}";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return unlinkPage(caseId, this.defendants.withCases(defendantId), model);
    }

    private String linkPage(Long caseId, String q, Model model) {
        model.addAttribute("caseRef", this.defendants.caseRef(caseId));
        model.addAttribute("q", q);
        List<LikelyMatch> matches = q == null ? List.of() : this.defendants.likelyMatches(q, null);
        model.addAttribute("matches", matches);
        model.addAttribute("roles", CaseRole.values());
        return "defendants/link";
    }

    private String unlinkPage(Long caseId, Defendant defendant, Model model) {
        if (!defendant.isInCase(caseId)) {
            throw new CaseLinkNotFoundException(caseId);
        }
        model.addAttribute("caseRef", this.defendants.caseRef(caseId));
        model.addAttribute("defendant", defendant);
        model.addAttribute("link", defendant.getActiveCaseLinks().stream()
            .filter((link) -> link.getCaseId().equals(caseId))
            .findFirst()
            .orElseThrow());
        return "defendants/unlink";
    }

}
