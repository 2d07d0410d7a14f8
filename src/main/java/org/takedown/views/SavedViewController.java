package org.takedown.views;

import jakarta.validation.Valid;
import org.takedown.shared.CurrentUser;
import org.takedown.shared.RuleViolations;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class SavedViewController {

    private static final Sort BY_LIST_AND_NAME = Sort.by("list", "name", "id");

    private final SavedViews views;

    private final CurrentUser currentUser;

    SavedViewController(SavedViews views, CurrentUser currentUser) {
        this.views = views;
        this.currentUser = currentUser;
    }

    /** My views, with the address each can be shared by. */
    @GetMapping("/views")
    String list(@PageableDefault(size = 20) Pageable pageable, Model model) {
        // the order is fixed: the page offers no other, and a hand-written ?sort= must not reach the query
        Pageable ordered = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), BY_LIST_AND_NAME);
        model.addAttribute("views", this.views.ownedBy(this.currentUser.name(), ordered));
        model.addAttribute("shareBase",
                ServletUriComponentsBuilder.fromCurrentContextPath().path("/views/").build().toUriString());
        return "views/list";
    }

    /** "Save current filter": on success back to the list with the filter as saved; otherwise the form, with why. */
    @PostMapping("/views")
    String create(@Valid @ModelAttribute("savedViewForm") SavedViewForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                SavedView saved = this.views.create(this.currentUser.name(), form.toCommand());
                redirect.addFlashAttribute("flash", "view.saved");
                return "redirect:" + saved.getHref();
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        model.addAttribute("list", ViewList.of(form.getList()).orElse(null));
        return "views/form";
    }

    /** A view's stable address: the list with the view's filter, for its owner and, once shared, for everyone. */
    @GetMapping("/views/{id}")
    String open(@PathVariable Long id) {
        return "redirect:" + this.views.open(id, this.currentUser.name());
    }

    @GetMapping("/views/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        SavedView view = this.views.owned(id, this.currentUser.name());
        model.addAttribute("savedViewEditForm", SavedViewEditForm.of(view));
        return edit(model, view);
    }

    @PostMapping("/views/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute SavedViewEditForm savedViewEditForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        SavedView view = this.views.owned(id, this.currentUser.name());
        if (!result.hasErrors()) {
            try {
                this.views.update(id, this.currentUser.name(), savedViewEditForm.toCommand());
                redirect.addFlashAttribute("flash", "view.updated");
                return "redirect:/views";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return edit(model, view);
    }

    @PostMapping("/views/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        this.views.delete(id, this.currentUser.name());
        redirect.addFlashAttribute("flash", "view.deleted");
        return "redirect:/views";
    }

    private String edit(Model model, SavedView view) {
        model.addAttribute("view", view);
        model.addAttribute("shareUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath().path("/views/{id}").buildAndExpand(view.getId())
                    .toUriString());
        return "views/edit";
    }

}
