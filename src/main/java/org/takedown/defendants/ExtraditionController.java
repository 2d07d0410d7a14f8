package org.takedown.defendants;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import org.takedown.jurisdictions.JurisdictionService;
import org.takedown.shared.RuleViolations;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A defendant's extradition requests: record a new one, show one, move it along its course, record its dates. */
@Controller
class ExtraditionController {

    private final DefendantService defendants;

    private final JurisdictionService jurisdictions;

    private final Clock clock;

    ExtraditionController(DefendantService defendants, JurisdictionService jurisdictions, Clock clock) {
        this.jurisdictions = jurisdictions;
        this.defendants = defendants;
        this.clock = clock;
    }

    @GetMapping("/defendants/{id}/extraditions/new")
    String newForm(@PathVariable Long id, Model model) {
        Defendant defendant = this.defendants.withCases(id);
        ExtraditionForm form = new ExtraditionForm();
        if (defendant.getActiveCaseLinks().size() == 1) {
            form.setCaseId(defendant.getActiveCaseLinks().get(0).getCaseId());
        }
        if (defendant.getCustodyJurisdiction() != null) {
            form.setRequestedJurisdiction(defendant.getCustodyJurisdiction().getCountryCode());
        }
        model.addAttribute("extraditionForm", form);
        return newPage(defendant, model);
    }

    @PostMapping("/defendants/{id}/extraditions")
    String create(@PathVariable Long id, @Valid @ModelAttribute("extraditionForm") ExtraditionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.defendants.requestExtradition(id, form.toCommand());
                redirect.addFlashAttribute("flash", "defendant.extradition.flash.added");
                return "redirect:/defendants/{id}";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return newPage(this.defendants.withCases(id), model);
    }

    @GetMapping("/defendants/{id}/extraditions/{requestId}")
    String show(@PathVariable Long id, @PathVariable Long requestId, Model model) {
        ExtraditionRequest request = this.defendants.extraditionRequestWithHistory(id, requestId);
        ExtraditionStatusForm form = new ExtraditionStatusForm();
        form.prefill(request.getVersion(), LocalDate.now(this.clock));
        model.addAttribute("statusForm", form);
        return showPage(this.defendants.withCases(id), request, model);
    }

    @PostMapping("/defendants/{id}/extraditions/{requestId}/status")
    String changeStatus(@PathVariable Long id, @PathVariable Long requestId,
            @Valid @ModelAttribute("statusForm") ExtraditionStatusForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.defendants.changeExtraditionStatus(id, requestId, form.command());
                redirect.addFlashAttribute("flash", "defendant.extradition.flash.statusChanged");
                return "redirect:/defendants/{id}/extraditions/{requestId}";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return showPage(this.defendants.withCases(id), this.defendants.extraditionRequestWithHistory(id, requestId),
                model);
    }

    @GetMapping("/defendants/{id}/extraditions/{requestId}/edit")
    String editForm(@PathVariable Long id, @PathVariable Long requestId, Model model) {
        ExtraditionRequest request = this.defendants.extraditionRequest(id, requestId);
        model.addAttribute("extraditionUpdateForm", ExtraditionUpdateForm.of(request));
        return editPage(this.defendants.withCases(id), request, model);
    }

    @PostMapping("/defendants/{id}/extraditions/{requestId}")
    String update(@PathVariable Long id, @PathVariable Long requestId,
            @Valid @ModelAttribute("extraditionUpdateForm") ExtraditionUpdateForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.defendants.updateExtraditionRequest(id, requestId, form.toCommand());
                redirect.addFlashAttribute("flash", "defendant.extradition.flash.updated");
                return "redirect:/defendants/{id}";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return editPage(this.defendants.withCases(id), this.defendants.extraditionRequest(id, requestId), model);
    }

    private String newPage(Defendant defendant, Model model) {
        model.addAttribute("defendant", defendant);
        model.addAttribute("cases", this.defendants.casesNamed(defendant, Stream.empty()));
        model.addAttribute("jurisdictions", this.jurisdictions.jurisdictions());
        return "defendants/extraditionForm";
    }

    private String showPage(Defendant defendant, ExtraditionRequest request, Model model) {
        model.addAttribute("defendant", defendant);
        model.addAttribute("cases", this.defendants.casesNamed(defendant, Stream.of(request.getCaseId())));
        model.addAttribute("extradition", request);
        return "defendants/extradition";
    }

    private String editPage(Defendant defendant, ExtraditionRequest request, Model model) {
        model.addAttribute("defendant", defendant);
        model.addAttribute("cases", this.defendants.casesNamed(defendant, Stream.of(request.getCaseId())));
        model.addAttribute("extradition", request);
        return "defendants/extraditionEdit";
    }

}
