package org.takedown.raids;

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
 * A raid voided from its page (with its servers), and a voided raid or server restored by an administrator (the
 * button on its page, or the list of voided records). A server is voided from its raid's edit form.
 */
@Controller
class RaidVoidController {

    private final RaidService raids;

    private final RaidVoids voids;

    RaidVoidController(RaidService raids, RaidVoids voids) {
        this.raids = raids;
        this.voids = voids;
    }

    @GetMapping("/raids/{id}/void")
    String voidForm(@PathVariable Long id, Model model) {
        Raid raid = this.raids.get(id);
        model.addAttribute("voidForm", VoidForm.of(raid.getVersion()));
        return voidPage(raid, model);
    }

    @PostMapping("/raids/{id}/void")
    String voidRaid(@PathVariable Long id, @Valid @ModelAttribute("voidForm") VoidForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.voids.voidRaid(id, form.getReason(), form.getVersion());
                redirect.addFlashAttribute("flash", "void.voided");
                return "redirect:/raids/" + id;
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return voidPage(this.raids.get(id), model);
    }

    @PostMapping("/admin/voided/raids/{id}/restore")
    String restoreRaid(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            this.voids.restoreRaid(id, version);
            redirect.addFlashAttribute("flash", "void.restored");
        }
        catch (RuleViolations refused) {
            redirect.addFlashAttribute("restoreRefused", refused.violations().get(0));
        }
        return "redirect:/raids/" + id;
    }

    @PostMapping("/admin/voided/servers/{id}/restore")
    String restoreServer(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            this.voids.restoreServer(id, version);
            redirect.addFlashAttribute("flash", "void.restored");
        }
        catch (RuleViolations refused) {
            redirect.addFlashAttribute("restoreRefused", refused.violations().get(0));
        }
        return "redirect:/servers/" + id;
    }

    private String voidPage(Raid raid, Model model) {
        model.addAttribute("voidKind", "raids");
        model.addAttribute("recordName", this.raids.enforcementCase(raid.getCaseId()).reference() + " · "
                + raid.getJurisdiction().getName() + " · " + raid.getRaidDate());
        model.addAttribute("recordPath", "/raids/" + raid.getId());
        model.addAttribute("voidPath", "/raids/" + raid.getId() + "/void");
        return "void/form";
    }

}
