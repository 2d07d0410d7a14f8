package org.takedown.cases;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.takedown.export.CsvColumn;
import org.takedown.export.CsvExport;
import org.takedown.jurisdictions.CountryFilter;
import org.takedown.jurisdictions.JurisdictionService;
import org.takedown.shared.ListRequest;
import org.takedown.shared.RuleViolations;
import org.takedown.shared.VoidForm;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class CaseController {


    private final CaseService cases;

    private final List<CasePageSection> sections;

    private final JurisdictionService jurisdictions;

    private final CountryFilter countryFilter;

    private final CsvExport csvExport;

    private final Clock clock;

    private static final List<CsvColumn<CaseSummary>> CSV_COLUMNS = List.of(
            CsvColumn.of("export.column.id", CaseSummary::id),
            CsvColumn.of("export.column.reference", CaseSummary::reference),
            CsvColumn.of("export.column.title", CaseSummary::title),
            CsvColumn.of("export.column.status", CaseSummary::status),
            CsvColumn.of("export.column.leadAgency", CaseSummary::leadAgency),
            CsvColumn.of("export.column.openedOn", CaseSummary::openedOn),
            CsvColumn.of("export.column.defendants", CaseSummary::defendants),
            CsvColumn.of("export.column.raids", CaseSummary::raids),
            CsvColumn.of("export.column.servers", CaseSummary::servers));

    CaseController(CaseService cases, List<CasePageSection> sections, JurisdictionService jurisdictions,
            CountryFilter countryFilter, CsvExport csvExport, Clock clock) {
        this.cases = cases;
        this.sections = sections;
        this.jurisdictions = jurisdictions;
        this.countryFilter = countryFilter;
        this.csvExport = csvExport;
        this.clock = clock;
    }

    @GetMapping("/cases")
    String list(ListRequest list, @PageableDefault(size = CaseListQuery.PAGE_SIZE) Pageable pageable, Model model) {
        CaseListQuery query = CaseListQuery.bind(list, this.countryFilter);
        model.addAttribute("cases", this.cases.list(query, list.position(pageable)));
        if (list.resultsOnly()) {
            return "cases/list :: results";
        }
        model.addAttribute("countries", this.jurisdictions.countries());
        model.addAttribute("statuses", CaseStatus.values());
        return "cases/list";
    }

    /** The case list as CSV: every case of exactly the list's query, in its order (no paging). */
    @GetMapping("/cases/export.csv")
    void export(ListRequest list, HttpServletRequest request, HttpServletResponse response) throws IOException {
        CaseListQuery query = CaseListQuery.bind(list, this.countryFilter);
        this.csvExport.send("cases", CSV_COLUMNS, (sink) -> this.cases.export(query, sink), request, response);
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable Long id, @PageableDefault(size = 20) Pageable pageable,
            @RequestParam(name = "events", required = false) String eventsAfter, Model model) {
        EnforcementCase enforcementCase = this.cases.get(id);
        model.addAttribute("statusForm",
                new CaseStatusForm().prefill(enforcementCase.getVersion(), LocalDate.now(this.clock)));
        return showPage(enforcementCase, pageable,
                (eventsAfter == null) ? null : CaseEventPosition.parse(eventsAfter), model);
    }

    @GetMapping("/cases/new")
    String newForm(Model model) {
        NewCaseForm form = new NewCaseForm();
        form.setReference(this.cases.suggestReference());
        model.addAttribute("caseForm", form);
        return formPage(form, model);
    }

    @PostMapping("/cases")
    String create(@Valid @ModelAttribute("caseForm") NewCaseForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                redirect.addAttribute("id", this.cases.open(form.toOpenCase()));
                redirect.addFlashAttribute("flash", "case.created");
                return "redirect:/cases/{id}";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return formPage(form, model);
    }

    @GetMapping("/cases/{id}/edit")
    String editForm(@PathVariable Long id, Model model, RedirectAttributes redirect) {
        EnforcementCase enforcementCase = this.cases.get(id);
        if (enforcementCase.isVoided()) {
            // its page says it was voided and cannot be changed: a form whose save is refused would not
            redirect.addAttribute("id", id);
            return "redirect:/cases/{id}";
        }
        CaseForm form = CaseForm.of(enforcementCase);
        model.addAttribute("caseForm", form);
        model.addAttribute("enforcementCase", enforcementCase);
        return formPage(form, model);
    }

    @PostMapping("/cases/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("caseForm") CaseForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.cases.update(id, form.toUpdateCase());
                redirect.addFlashAttribute("flash", "case.updated");
                redirect.addAttribute("id", id);
                return "redirect:/cases/{id}";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        model.addAttribute("enforcementCase", this.cases.get(id));
        return formPage(form, model);
    }

    @PostMapping("/cases/{id}/status")
    String changeStatus(@PathVariable Long id, @Valid @ModelAttribute("statusForm") CaseStatusForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.cases.changeStatus(id, form.command());
                redirect.addFlashAttribute("flash", "case.statusChanged");
                redirect.addAttribute("id", id);
                return "redirect:/cases/{id}";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return showPage(this.cases.get(id), Pageable.ofSize(20), null, model);
    }

    @GetMapping("/cases/{id}/void")
    String voidForm(@PathVariable Long id, Model model) {
        EnforcementCase enforcementCase = this.cases.get(id);
        model.addAttribute("voidForm", VoidForm.of(enforcementCase.getVersion()));
        return voidPage(enforcementCase, model);
    }

    @PostMapping("/cases/{id}/void")
    String voidCase(@PathVariable Long id, @Valid @ModelAttribute("voidForm") VoidForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.cases.voidCase(id, form.getReason(), form.getVersion());
                redirect.addFlashAttribute("flash", "void.voided");
                redirect.addAttribute("id", id);
                return "redirect:/cases/{id}";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return voidPage(this.cases.get(id), model);
    }

    /** An administrator brings a voided case back, with what was voided with it (the button on its page). */
    @PostMapping("/admin/voided/cases/{id}/restore")
    String restore(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            this.cases.restore(id, version);
            redirect.addFlashAttribute("flash", "void.restored");
        }
        catch (RuleViolations refused) {
            redirect.addFlashAttribute("restoreRefused", refused.violations().get(0));
        }
        redirect.addAttribute("id", id);
        return "redirect:/cases/{id}";
    }

    private String voidPage(EnforcementCase enforcementCase, Model model) {
        model.addAttribute("voidKind", "cases");
        model.addAttribute("recordName", enforcementCase.getReference() + " · " + enforcementCase.getTitle());
        model.addAttribute("recordPath", "/cases/" + enforcementCase.getId());
        model.addAttribute("voidPath", "/cases/" + enforcementCase.getId() + "/void");
        return "void/form";
    }

    /** The form; its agency pickers hold the chosen agencies and load the others as the user types. */
    private String formPage(CaseForm form, Model model) {
        model.addAttribute("agencies",
                this.jurisdictions.agencies(Arrays.asList(form.getLeadAgencyId(), form.getProsecutingOfficeId())));
        return "cases/form";
    }

    /**
     * The case with the sections the modules below add to it (defendants, raids, servers), in their order, and a page
     * of its timeline: the events after {@code eventsAfter}, from the first when it is null.
     */
    private String showPage(EnforcementCase enforcementCase, Pageable pageable, CaseEventPosition eventsAfter,
            Model model) {
        CaseRef caseRef = enforcementCase.toRef();
        List<CasePageSection.Section> shown = this.sections.stream()
            .map((section) -> section.render(caseRef, pageable))
            .toList();
        shown.forEach((section) -> model.addAllAttributes(section.model()));
        model.addAttribute("sections", shown);
        model.addAttribute("caseRef", caseRef);
        model.addAttribute("enforcementCase", enforcementCase);
        model.addAttribute("timeline", this.cases.timeline(enforcementCase.getId(), eventsAfter));
        model.addAttribute("today", LocalDate.now(this.clock));
        return "cases/show";
    }

}
