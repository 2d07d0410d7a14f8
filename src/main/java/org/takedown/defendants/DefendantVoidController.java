package org.takedown.defendants;

import jakarta.validation.Valid;
import org.takedown.shared.RuleViolations;
import org.takedown.shared.VoidForm;

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
 * Charges and extradition requests voided by a prosecutor, and voided links, charges and extradition requests
 * restored by an administrator.
 */
@Controller
class DefendantVoidController {

    private final DefendantService defendants;

    private final DefendantVoids voids;

    DefendantVoidController(DefendantService defendants, DefendantVoids voids) {
        this.defendants = defendants;
        this.voids = voids;
    }

    @GetMapping("/defendants/{id}/charges/{chargeId}/void")
    String voidChargeForm(@PathVariable Long id, @PathVariable Long chargeId, Model model) {
        Charge charge = this.defendants.charge(id, chargeId);
        model.addAttribute("voidForm", VoidForm.of(charge.getVersion()));
        return chargePage(charge, model);
    }

    @PostMapping("/defendants/{id}/charges/{chargeId}/void")
    String voidCharge(@PathVariable Long id, @PathVariable Long chargeId,
            @Valid @ModelAttribute("voidForm") VoidForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.voids.voidCharge(id, chargeId, form.getReason(), form.getVersion());
                redirect.addFlashAttribute("flash", "void.voided");
                return "redirect:/defendants/{id}";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return chargePage(this.defendants.charge(id, chargeId), model);
    }

    @GetMapping("/defendants/{id}/extraditions/{requestId}/void")
    String voidExtraditionForm(@PathVariable Long id, @PathVariable Long requestId, Model model) {
        ExtraditionRequest request = this.defendants.extraditionRequest(id, requestId);
        model.addAttribute("voidForm", VoidForm.of(request.getVersion()));
        return extraditionPage(request, model);
    }

    @PostMapping("/defendants/{id}/extraditions/{requestId}/void")
    String voidExtradition(@PathVariable Long id, @PathVariable Long requestId,
            @Valid @ModelAttribute("voidForm") VoidForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.voids.voidExtradition(id, requestId, form.getReason(), form.getVersion());
                redirect.addFlashAttribute("flash", "void.voided");
                return "redirect:/defendants/{id}/extraditions/{requestId}";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return extraditionPage(this.defendants.extraditionRequest(id, requestId), model);
    }

    @PostMapping("/admin/voided/charges/{defendantId}/{chargeId}/restore")
    String restoreCharge(@PathVariable Long defendantId, @PathVariable Long chargeId, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            this.voids.restoreCharge(defendantId, chargeId, version);
            redirect.addFlashAttribute("flash", "void.restored");
        }
        catch (RuleViolations refused) {
            redirect.addFlashAttribute("restoreRefused", refused.violations().get(0));
        }
        return "redirect:/defendants/{defendantId}";
    }

    @PostMapping("/admin/voided/extraditions/{defendantId}/{requestId}/restore")
    String restoreExtradition(@PathVariable Long defendantId, @PathVariable Long requestId,
            @RequestParam long version, RedirectAttributes redirect) {
        try {
            this.voids.restoreExtradition(defendantId, requestId, version);
            redirect.addFlashAttribute("flash", "void.restored");
        }
        catch (RuleViolations refused) {
            redirect.addFlashAttribute("restoreRefused", refused.violations().get(0));
        }
        return "redirect:/defendants/{defendantId}/extraditions/{requestId}";
    }

    @PostMapping("/admin/voided/links/{caseId}/{defendantId}/restore")
    String restoreLink(@PathVariable Long caseId, @PathVariable Long defendantId, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            this.voids.restoreLink(caseId, defendantId, version);
            redirect.addFlashAttribute("flash", "void.restored");
        }
        catch (RuleViolations refused) {
            redirect.addFlashAttribute("restoreRefused", refused.violations().get(0));
        }
        return "redirect:/defendants/{defendantId}";
    }

    private String chargePage(Charge charge, Model model) {
        Long defendantId = charge.getDefendant().getId();
        model.addAttribute("voidKind", "charges");
        model.addAttribute("recordName", charge.getDefendant().getFullName() + " · " + charge.getStatute());
        model.addAttribute("recordPath", "/defendants/" + defendantId);
        model.addAttribute("voidPath", "/defendants/" + defendantId + "/charges/" + charge.getId() + "/void");
        return "void/form";
    }

    private String extraditionPage(ExtraditionRequest request, Model model) {
        Long defendantId = request.getDefendant().getId();
        String path = "/defendants/" + defendantId + "/extraditions/" + request.getId();
        model.addAttribute("voidKind", "extraditions");
        model.addAttribute("recordName", request.getDefendant().getFullName() + " · " + request.getRequestedOn());
        model.addAttribute("recordPath", path);
        model.addAttribute("voidPath", path + "/void");
        return "void/form";
    }

}
