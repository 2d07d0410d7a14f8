package org.takedown.defendants;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.takedown.export.CsvColumn;
import org.takedown.export.CsvExport;
import org.takedown.jurisdictions.CountryFilter;
import org.takedown.jurisdictions.JurisdictionService;
import org.takedown.shared.ListRequest;
import org.takedown.shared.RuleViolations;

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

/**
 * The defendant list, a new defendant (with the duplicate warning), the defendant page and the changes made from it:
 * identity, legal status, aliases, and the merge of another record of the same person.
 */
@Controller
class DefendantController {

    private final DefendantService defendants;

    private final JurisdictionService jurisdictions;

    private final CountryFilter countryFilter;

    private final CsvExport csvExport;

    private final Clock clock;

    private static final List<CsvColumn<DefendantRow>> CSV_COLUMNS = List.of(
            CsvColumn.of("export.column.id", DefendantRow::id),
            CsvColumn.of("export.column.fullName", DefendantRow::fullName),
            CsvColumn.of("export.column.aliases", DefendantRow::aliases),
            CsvColumn.of("export.column.nationalityCode", DefendantRow::nationalityCode),
            CsvColumn.of("export.column.nationality", DefendantRow::nationalityName),
            CsvColumn.of("export.column.legalStatus", DefendantRow::legalStatus),
            CsvColumn.of("export.column.custodyCode", DefendantRow::custodyCode),
            CsvColumn.of("export.column.custody", DefendantRow::custodyName),
            CsvColumn.of("export.column.arrestedOn", DefendantRow::arrestedOn),
            CsvColumn.of("export.column.cases", DefendantRow::cases));

    DefendantController(DefendantService defendants, JurisdictionService jurisdictions, CountryFilter countryFilter,
            CsvExport csvExport, Clock clock) {
        this.defendants = defendants;
        this.jurisdictions = jurisdictions;
        this.countryFilter = countryFilter;
        this.csvExport = csvExport;
        this.clock = clock;
    }

    @GetMapping("/defendants")
    String list(ListRequest list, @PageableDefault(size = DefendantListQuery.PAGE_SIZE) Pageable pageable,
            Model model) {
        DefendantListQuery query = DefendantListQuery.bind(list, this.countryFilter);
        model.addAttribute("defendants", this.defendants.list(query, list.position(pageable)));
        if (list.resultsOnly()) {
            return "defendants/list :: results";
        }
        model.addAttribute("countries", this.jurisdictions.countries());
        model.addAttribute("filterCase", this.defendants.filterCase(query.caseId()).orElse(null));
        model.addAttribute("legalStatuses", LegalStatus.values());
        return "defendants/list";
    }

    /** The defendant list as CSV: every defendant of exactly the list's query, in its order (no paging). */
    @GetMapping("/defendants/export.csv")
    void export(ListRequest list, HttpServletRequest request, HttpServletResponse response) throws IOException {
        DefendantListQuery query = DefendantListQuery.bind(list, this.countryFilter);
        this.csvExport.send("defendants", CSV_COLUMNS, (sink) -> this.defendants.export(query, sink), request,
                response);
    }

    /** A new defendant, from the defendant list or, with {@code case}, from a case page to place them in it. */
    @GetMapping("/defendants/new")
    String newForm(@RequestParam(name = "case", required = false) Long caseId, Model model) {
        model.addAttribute("newDefendantForm", NewDefendantForm.blank(caseId, LocalDate.now(this.clock)));
        return newPage(caseId, model);
    }

    /**
     * Records the defendant, unless records of a likely same person exist and the user has not seen them yet: then
     * the form comes back with them listed, to open or link one instead, or to create the record anyway.
     */
    @PostMapping("/defendants")
    String create(@Valid @ModelAttribute("newDefendantForm") NewDefendantForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Long caseId = form.getCaseId();
        if (caseId != null && form.getRole() == null) {
            result.rejectValue("role", "NotNull");
        }
        if (caseId != null && form.getSince() == null) {
            result.rejectValue("since", "NotNull");
        }
        if (!result.hasErrors()) {
            List<LikelyMatch> matches = form.isConfirmed() ? List.of()
                    : this.defendants.likelyMatches(form.getFullName(), null);
            if (!matches.isEmpty()) {
                model.addAttribute("matches", matches);
                return newPage(caseId, model);
            }
            try {
                Long id = caseId == null ? this.defendants.add(form.toCommand())
                        : this.defendants.addToCase(form.toCommand(), form.toLink());
                redirect.addFlashAttribute("flash", "defendant.flash.created");
                return caseId == null ? "redirect:/defendants/" + id : "redirect:/cases/" + caseId;
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return newPage(caseId, model);
    }

    @GetMapping("/defendants/{id}")
    String show(@PathVariable Long id, Model model) {
        Defendant defendant = this.defendants.get(id);
        if (defendant.isMerged()) {
            return "redirect:/defendants/" + defendant.getMergedInto().getId();
        }
        model.addAttribute("statusForm", statusForm(defendant));
        model.addAttribute("aliasForm", new AliasForm());
        return showPage(defendant, model);
    }

    @GetMapping("/defendants/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        Defendant defendant = this.defendants.withCases(id);
        model.addAttribute("defendantForm", DefendantForm.of(defendant));
        return editPage(defendant, model);
    }

    @PostMapping("/defendants/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("defendantForm") DefendantForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.defendants.update(id, form.toCommand());
                redirect.addFlashAttribute("flash", "defendant.flash.updated");
                return "redirect:/defendants/{id}";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return editPage(this.defendants.withCases(id), model);
    }

    @PostMapping("/defendants/{id}/status")
    String changeStatus(@PathVariable Long id, @Valid @ModelAttribute("statusForm") LegalStatusForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.defendants.changeLegalStatus(id, form.command());
                redirect.addFlashAttribute("flash", "defendant.flash.statusChanged");
                return "redirect:/defendants/{id}";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        model.addAttribute("aliasForm", new AliasForm());
        return showPage(this.defendants.get(id), model);
    }

    @PostMapping("/defendants/{id}/aliases")
    String addAlias(@PathVariable Long id, @Valid @ModelAttribute("aliasForm") AliasForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.defendants.addAlias(id, form.toCommand());
                redirect.addFlashAttribute("flash", "defendant.flash.aliasAdded");
                return "redirect:/defendants/{id}";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        Defendant defendant = this.defendants.get(id);
        model.addAttribute("statusForm", statusForm(defendant));
        return showPage(defendant, model);
    }

    /**
     * Merging another record of the same person into this one: without {@code from}, the likely matches to choose
     * from; with it, the two records side by side and the button that merges.
     */
    @GetMapping("/defendants/{id}/merge")
    String mergeForm(@PathVariable Long id, @RequestParam(name = "from", required = false) Long mergedId,
            Model model) {
        MergeForm form = new MergeForm();
        form.setMergedId(mergedId);
        model.addAttribute("mergeForm", form);
        return mergePage(id, mergedId, model);
    }

    @PostMapping("/defendants/{id}/merge")
    String merge(@PathVariable Long id, @Valid @ModelAttribute("mergeForm") MergeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.defendants.merge(id, form.getMergedId(), form.getSurvivorVersion(), form.getMergedVersion());
                redirect.addFlashAttribute("flash", "defendant.flash.merged");
                return "redirect:/defendants/{id}";
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return mergePage(id, form.getMergedId(), model);
    }

    @PostMapping("/defendants/{id}/aliases/{aliasId}/delete")
    String deleteAlias(@PathVariable Long id, @PathVariable Long aliasId, RedirectAttributes redirect) {
        this.defendants.removeAlias(id, aliasId);
        redirect.addFlashAttribute("flash", "defendant.flash.aliasRemoved");
        return "redirect:/defendants/{id}";
    }

    private String showPage(Defendant defendant, Model model) {
        model.addAttribute("defendant", defendant);
        model.addAttribute("cases", this.defendants.casesNamed(defendant,
                Stream.concat(defendant.getCharges().stream().map(Charge::getCaseId),
                        defendant.getExtraditionRequests().stream().map(ExtraditionRequest::getCaseId))));
        model.addAttribute("confidences", AliasConfidence.values());
        model.addAttribute("mergedRecords", this.defendants.mergedInto(defendant.getId()));
        return "defendants/show";
    }

    private String newPage(Long caseId, Model model) {
        model.addAttribute("caseRef", caseId != null ? this.defendants.caseRef(caseId) : null);
        model.addAttribute("countries", this.jurisdictions.countries());
        model.addAttribute("legalStatuses", LegalStatus.values());
        model.addAttribute("roles", CaseRole.values());
        return "defendants/new";
    }

    private String mergePage(Long id, Long mergedId, Model model) {
        Defendant survivor = this.defendants.get(id);
        model.addAttribute("survivor", survivor);
        if (mergedId == null || mergedId.equals(id)) {
            model.addAttribute("matches", this.defendants.likelyMatches(survivor.getFullName(), id));
            return "defendants/merge";
        }
        Defendant merged = this.defendants.get(mergedId);
        model.addAttribute("merged", merged);
        model.addAttribute("pair", List.of(survivor, merged));
        model.addAttribute("cases", this.defendants.casesNamed(survivor, merged.getActiveCaseLinks().stream()
            .map(CaseDefendant::getCaseId)));
        return "defendants/merge";
    }

    private LegalStatusForm statusForm(Defendant defendant) {
        LegalStatusForm form = new LegalStatusForm();
        form.prefill(defendant.getVersion(), LocalDate.now(this.clock));
        return form;
    }

    private String editPage(Defendant defendant, Model model) {
        model.addAttribute("defendant", defendant);
        model.addAttribute("countries", this.jurisdictions.countries());
        model.addAttribute("jurisdictions", this.jurisdictions.jurisdictions());
        return "defendants/edit";
    }

}
