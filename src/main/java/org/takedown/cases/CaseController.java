package org.takedown.cases;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.takedown.export.CsvColumn;
import org.takedown.export.CsvExport;
import org.takedown.jurisdictions.CountryFilter;
import org.takedown.jurisdictions.JurisdictionService;
import org.takedown.raids.RaidService;
import org.takedown.raids.SeizedServerRow;
import org.takedown.shared.Pageables;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class CaseController {

    private static final Set<String> SORTABLE = Set.of("reference", "title", "status", "openedOn");

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "openedOn").and(Sort.by("reference"));

    private static final Set<String> SERVER_SORTABLE = Set.of("hostname", "seizedOn");

    private static final Sort BY_HOSTNAME = Sort.by("hostname");

    private final CaseService cases;

    private final RaidService raids;

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

    CaseController(CaseService cases, RaidService raids, JurisdictionService jurisdictions,
            CountryFilter countryFilter, CsvExport csvExport, Clock clock) {
        this.cases = cases;
        this.raids = raids;
        this.jurisdictions = jurisdictions;
        this.countryFilter = countryFilter;
        this.csvExport = csvExport;
        this.clock = clock;
    }

    @GetMapping("/cases")
    String list(@ModelAttribute("filter") CaseFilter filter, BindingResult filterErrors,
            @PageableDefault(size = 20) Pageable pageable, HtmxRequest htmx, Model model) {
        resolve(filter, model);
        model.addAttribute("cases", this.cases.list(filter, Pageables.restrict(pageable, SORTABLE, NEWEST_FIRST)));
        if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
            return "cases/list :: results";
        }
        model.addAttribute("countries", this.jurisdictions.countries());
        model.addAttribute("statuses", CaseStatus.values());
        return "cases/list";
    }

    /** The case list as CSV: every case of exactly the list's filters, in the list's order (no paging). */
    @GetMapping("/cases/export.csv")
    void export(@ModelAttribute("filter") CaseFilter filter, BindingResult filterErrors,
            @PageableDefault(size = 20) Pageable pageable, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        resolve(filter, new ExtendedModelMap());
        Sort sort = Pageables.restrict(pageable, SORTABLE, NEWEST_FIRST).getSort();
        this.csvExport.send("cases", CSV_COLUMNS, (sink) -> this.cases.export(filter, sort, sink), request, response);
    }

    /**
     * The filters as the list and the export read them: a value that does not convert (an unknown status) is left
     * out, not an error page; an unknown country is ignored and named in the model.
     */
    private void resolve(CaseFilter filter, Model model) {
        filter.setCountry(this.countryFilter.resolve(filter.getCountry(), model));
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable Long id, @PageableDefault(size = 20) Pageable serverPage, Model model) {
        EnforcementCase enforcementCase = this.cases.get(id);
        model.addAttribute("statusForm",
                new CaseStatusForm().prefill(enforcementCase.getVersion(), LocalDate.now(this.clock)));
        return showPage(enforcementCase, serverPage, model);
    }

    @GetMapping("/cases/new")
    String newForm(Model model) {
        NewCaseForm form = new NewCaseForm();
        form.setReference(this.cases.suggestReference());
        model.addAttribute("caseForm", form);
        return formPage(model);
    }

    @PostMapping("/cases")
    String create(@Valid @ModelAttribute("caseForm") NewCaseForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                redirect.addAttribute("id", this.cases.create(form));
                redirect.addFlashAttribute("flash", "case.created");
                return "redirect:/cases/{id}";
            }
            catch (CaseRuleViolations violations) {
                violations.rejectIn(result);
            }
            catch (DataIntegrityViolationException ex) {
                // another user took the same reference between our check and our insert
                result.rejectValue("reference", "duplicate");
            }
        }
        return formPage(model);
    }

    @GetMapping("/cases/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        EnforcementCase enforcementCase = this.cases.get(id);
        model.addAttribute("caseForm", CaseForm.of(enforcementCase));
        model.addAttribute("enforcementCase", enforcementCase);
        return formPage(model);
    }

    @PostMapping("/cases/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("caseForm") CaseForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.cases.update(id, form);
                redirect.addFlashAttribute("flash", "case.updated");
                redirect.addAttribute("id", id);
                return "redirect:/cases/{id}";
            }
            catch (CaseRuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        model.addAttribute("enforcementCase", this.cases.get(id));
        return formPage(model);
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
            catch (CaseRuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return showPage(this.cases.get(id), Pageable.ofSize(20), model);
    }

    private String formPage(Model model) {
        model.addAttribute("agencies", this.jurisdictions.agencies());
        return "cases/form";
    }

    private String showPage(EnforcementCase enforcementCase, Pageable serverPage, Model model) {
        Long id = enforcementCase.getId();
        Page<SeizedServerRow> servers = this.raids.serversOfCase(id,
                Pageables.restrict(serverPage, SERVER_SORTABLE, BY_HOSTNAME));
        model.addAttribute("enforcementCase", enforcementCase);
        model.addAttribute("defendants", this.cases.defendantsOf(id));
        model.addAttribute("raidCountries", this.raids.countrySummary(id));
        model.addAttribute("servers", servers);
        return "cases/show";
    }

}
