package org.takedown.accounts;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.takedown.export.CsvColumn;
import org.takedown.export.CsvExport;
import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.JurisdictionService;
import org.takedown.shared.CurrentUser;
import org.takedown.shared.RuleViolations;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create users, change their roles, disable, unlock them and reset their passwords. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final AccountService accounts;

    private final JurisdictionService jurisdictions;

    private final CurrentUser currentUser;

    private final Clock clock;

    private final CsvExport csvExport;

    private static final List<CsvColumn<UserRow>> CSV_COLUMNS = List.of(
            CsvColumn.of("export.column.id", UserRow::id),
            CsvColumn.of("export.column.username", UserRow::username),
            CsvColumn.of("export.column.displayName", UserRow::displayName),
            CsvColumn.of("export.column.agency", UserRow::agency),
            CsvColumn.of("export.column.roles", UserRow::roles),
            CsvColumn.of("export.column.enabled", UserRow::enabled),
            CsvColumn.of("export.column.lockedUntil", UserRow::lockedUntil),
            CsvColumn.of("export.column.lastLoginAt", UserRow::lastLoginAt));

    UserAdminController(AccountService accounts, JurisdictionService jurisdictions, CurrentUser currentUser,
            Clock clock, CsvExport csvExport) {
        this.csvExport = csvExport;
        this.accounts = accounts;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @ModelAttribute("agencies")
    List<Agency> agencies() {
        return this.jurisdictions.agencies();
    }

    /** Every user as CSV, in the list's order (the list has no filters). */
    @GetMapping("/export.csv")
    void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
        this.csvExport.send("users", CSV_COLUMNS, this.accounts::export, request, response);
    }

    @GetMapping
    String list(@PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("users", this.accounts.list(pageable));
        model.addAttribute("now", this.clock.instant());
        return "accounts/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("userForm", new UserForm());
        return "accounts/form";
    }

    @PostMapping
    String create(@Validated({ Default.class, UserForm.Creation.class }) @ModelAttribute("userForm") UserForm form,
            BindingResult result, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                AppUser user = this.accounts.create(form.toCreateUser(), this.currentUser.name());
                redirect.addFlashAttribute("flash", "account.created");
                return "redirect:/admin/users/" + user.getId() + "/edit";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return "accounts/form";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        AppUser user = this.accounts.get(id);
        model.addAttribute("user", user);
        model.addAttribute("userForm", UserForm.of(user));
        model.addAttribute("passwordForm", new PasswordForm());
        return "accounts/edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.accounts.update(id, form.toUpdateUser(), this.currentUser.name());
                redirect.addFlashAttribute("flash", "account.updated");
                return "redirect:/admin/users/" + id + "/edit";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        model.addAttribute("user", this.accounts.get(id));
        model.addAttribute("passwordForm", new PasswordForm());
        return "accounts/edit";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable Long id, @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.accounts.resetPassword(id, form.getPassword(), this.currentUser.name());
                redirect.addFlashAttribute("flash", "account.passwordReset");
                return "redirect:/admin/users/" + id + "/edit";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        AppUser user = this.accounts.get(id);
        model.addAttribute("user", user);
        model.addAttribute("userForm", UserForm.of(user));
        return "accounts/edit";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable Long id, RedirectAttributes redirect) {
        this.accounts.disable(id, this.currentUser.name());
        redirect.addFlashAttribute("flash", "account.disabled");
        return "redirect:/admin/users/" + id + "/edit";
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable Long id, RedirectAttributes redirect) {
        this.accounts.enable(id, this.currentUser.name());
        redirect.addFlashAttribute("flash", "account.enabled");
        return "redirect:/admin/users/" + id + "/edit";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable Long id, RedirectAttributes redirect) {
        this.accounts.unlock(id, this.currentUser.name());
        redirect.addFlashAttribute("flash", "account.unlocked");
        return "redirect:/admin/users/" + id + "/edit";
    }

}
