package org.takedown.defendants;

import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.takedown.shared.RuleViolations;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A defendant's charges: add one in one of their cases, edit one. */
@Controller
class ChargeController {

    private final DefendantService defendants;

    ChargeController(DefendantService defendants) {
        this.defendants = defendants;
    }

    @ModelAttribute("dispositions")
    ChargeDisposition[] dispositions() {
        return ChargeDisposition.values();
    }

    @GetMapping("/defendants/{id}/charges/new")
    String newForm(@PathVariable Long id, Model model) {
        Defendant defendant = this.defendants.withCases(id);
        ChargeForm form = ChargeForm.blank();
        if (defendant.getActiveCaseLinks().size() == 1) {
            form.setCaseId(defendant.getActiveCaseLinks().get(0).getCaseId());
        }
        model.addAttribute("chargeForm", form);
        return formPage(defendant, null, model);
    }

    @PostMapping("/defendants/{id}/charges")
    String create(@PathVariable Long id,
            @Validated({ Default.class, ChargeForm.New.class }) @ModelAttribute("chargeForm") ChargeForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.defendants.addCharge(id, form.toChargeDefendant());
                redirect.addFlashAttribute("flash", "defendant.charge.flash.added");
                return "redirect:/defendants/{id}";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return formPage(this.defendants.withCases(id), null, model);
    }

    @GetMapping("/defendants/{id}/charges/{chargeId}/edit")
    String editForm(@PathVariable Long id, @PathVariable Long chargeId, Model model) {
        Charge charge = this.defendants.charge(id, chargeId);
        model.addAttribute("chargeForm", ChargeForm.of(charge));
        return formPage(this.defendants.withCases(id), charge, model);
    }

    @PostMapping("/defendants/{id}/charges/{chargeId}")
    String update(@PathVariable Long id, @PathVariable Long chargeId,
            @Valid @ModelAttribute("chargeForm") ChargeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.defendants.updateCharge(id, chargeId, form.toUpdateCharge());
                redirect.addFlashAttribute("flash", "defendant.charge.flash.updated");
                return "redirect:/defendants/{id}";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return formPage(this.defendants.withCases(id), this.defendants.charge(id, chargeId), model);
    }

    private String formPage(Defendant defendant, Charge charge, Model model) {
        model.addAttribute("defendant", defendant);
        model.addAttribute("charge", charge);
        model.addAttribute("cases",
                this.defendants.casesNamed(defendant, Stream.ofNullable(charge).map(Charge::getCaseId)));
        return "defendants/chargeForm";
    }

}
