package org.takedown.raids;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.takedown.cases.CaseNotFoundException;
import org.takedown.cases.CaseRef;
import org.takedown.export.CsvColumn;
import org.takedown.export.CsvExport;
import org.takedown.jurisdictions.CountryFilter;
import org.takedown.jurisdictions.JurisdictionService;
import org.takedown.jurisdictions.TimeZones;
import org.takedown.shared.ListRequest;
import org.takedown.shared.RuleViolations;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RaidController {

    private static final String FORM = "raids/form";

    private final RaidService raids;

    private final JurisdictionService jurisdictions;

    private final CountryFilter countryFilter;

    private final TimeZones timeZones;

    /** Checks the form after an empty time zone has been given its default (see {@link #defaultTimeZone}). */
    private final SmartValidator validator;

    private final CsvExport csvExport;

    private final Clock clock;

    private static final List<CsvColumn<RaidRow>> CSV_COLUMNS = List.of(
            CsvColumn.of("export.column.id", RaidRow::id),
            CsvColumn.of("export.column.raidDate", RaidRow::raidDate),
            CsvColumn.of("export.column.localTime", RaidRow::localTime),
            CsvColumn.of("export.column.timeZone", RaidRow::timeZone),
            CsvColumn.of("export.column.jurisdictionCode", RaidRow::jurisdictionCode),
            CsvColumn.of("export.column.jurisdiction", RaidRow::jurisdictionName),
            CsvColumn.of("export.column.countryCode", RaidRow::countryCode),
            CsvColumn.of("export.column.country", RaidRow::countryName),
            CsvColumn.of("export.column.status", RaidRow::status),
            CsvColumn.of("export.column.leadAgency", RaidRow::leadAgency),
            CsvColumn.of("export.column.servers", RaidRow::servers),
            CsvColumn.of("export.column.caseReference", RaidRow::caseReference));

    RaidController(RaidService raids, JurisdictionService jurisdictions, CountryFilter countryFilter,
            TimeZones timeZones, Validator validator, CsvExport csvExport, Clock clock) {
        this.raids = raids;
        this.jurisdictions = jurisdictions;
        this.countryFilter = countryFilter;
        this.timeZones = timeZones;
        this.validator = new SpringValidatorAdapter(validator);
        this.csvExport = csvExport;
        this.clock = clock;
    }

    @InitBinder("raidForm")
    void limitServerRows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(RaidForm.MAX_SERVER_ROWS);
    }

    @GetMapping("/raids")
    String list(ListRequest list, @PageableDefault(size = RaidListQuery.PAGE_SIZE) Pageable pageable, Model model) {
        RaidListQuery query = RaidListQuery.bind(list, this.countryFilter, this.raids);
        model.addAttribute("raids", this.raids.list(query, list.position(pageable)));
        boolean resultsOnly = list.resultsOnly();
        // the results then carry the filter's messages too, out of band
        model.addAttribute("htmx", resultsOnly);
        if (resultsOnly) {
            return "raids/list :: results";
        }
        model.addAttribute("countries", this.jurisdictions.countries());
        model.addAttribute("statuses", RaidStatus.values());
        return "raids/list";
    }

    /** The raid list as CSV: every raid of exactly the list's query, in its order (no paging). */
    @GetMapping("/raids/export.csv")
    void export(ListRequest list, HttpServletRequest request, HttpServletResponse response) throws IOException {
        RaidListQuery query = RaidListQuery.bind(list, this.countryFilter, this.raids);
        this.csvExport.send("raids", CSV_COLUMNS, (sink) -> this.raids.exportRaids(query, sink), request, response);
    }

    @GetMapping("/cases/{caseId}/raids/new")
    String newForm(@PathVariable Long caseId, Model model) {
        RaidForm form = new RaidForm();
        form.addServerRow();
        return form(model, null, this.raids.enforcementCase(caseId), form, false);
    }

    /** "Add a server row": the same rows again with one more empty row; nothing is validated or saved. */
    @PostMapping(path = "/cases/{caseId}/raids", params = "addServer")
    String addServerRow(@PathVariable Long caseId, @ModelAttribute RaidForm form, BindingResult result,
            HtmxRequest htmx, Model model) {
        return addServerRow(null, this.raids.enforcementCase(caseId), form, htmx, model);
    }

    /** "Remove" on a new server row: the same rows again without that row; nothing is validated or saved. */
    @PostMapping(path = "/cases/{caseId}/raids", params = "removeServer")
    String removeServerRow(@PathVariable Long caseId, @RequestParam int removeServer, @ModelAttribute RaidForm form,
            BindingResult result, HtmxRequest htmx, Model model) {
        return removeServerRow(null, this.raids.enforcementCase(caseId), removeServer, form, htmx, model);
    }

    /** "Add as rows": the pasted list becomes rows, checked at once; nothing is saved. */
    @PostMapping(path = "/cases/{caseId}/raids", params = "pasteServers")
    String pasteServerRows(@PathVariable Long caseId, @ModelAttribute RaidForm form, BindingResult result,
            HtmxRequest htmx, Model model) {
        return pasteServerRows(null, this.raids.enforcementCase(caseId), form, htmx.isHtmxRequest(), model);
    }

    @PostMapping("/cases/{caseId}/raids")
    String create(@PathVariable Long caseId, @ModelAttribute RaidForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        defaultTimeZone(form);
        this.validator.validate(form, result, Default.class, RaidForm.Logging.class);
        if (form.getPasted() != null) {
            return pastedOnSave(null, this.raids.enforcementCase(caseId), form, model);
        }
        if (!result.hasErrors()) {
            try {
                Long id = this.raids.log(caseId, form.toLogRaid()).id();
                redirect.addFlashAttribute("flash", "raid.created");
                return "redirect:/raids/" + id;
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return form(model, null, this.raids.enforcementCase(caseId), form, false);
    }

    @GetMapping("/raids/{id}")
    String show(@PathVariable Long id, Model model) {
        Raid raid = this.raids.get(id);
        model.addAttribute("statusForm", new RaidStatusForm().prefill(raid.getVersion(), LocalDate.now(this.clock)));
        return showPage(raid, model);
    }

    @PostMapping("/raids/{id}/status")
    String changeStatus(@PathVariable Long id, @Valid @ModelAttribute("statusForm") RaidStatusForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.raids.changeStatus(id, form.command());
                redirect.addFlashAttribute("flash", "raid.statusChanged");
                return "redirect:/raids/" + id;
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return showPage(this.raids.get(id), model);
    }

    private String showPage(Raid raid, Model model) {
        model.addAttribute("raid", raid);
        model.addAttribute("enforcementCase", this.raids.enforcementCase(raid.getCaseId()));
        model.addAttribute("servers", this.raids.serversOfRaid(raid.getId()));
        return "raids/show";
    }

    @GetMapping("/raids/{id}/edit")
    String editForm(@PathVariable Long id, Model model, RedirectAttributes redirect) {
        Raid raid = this.raids.get(id);
        if (raid.isVoided()) {
            // its page says it was voided and cannot be changed: a form whose save is refused would not
            redirect.addAttribute("id", id);
            return "redirect:/raids/{id}";
        }
        return form(model, raid, this.raids.enforcementCase(raid.getCaseId()),
                RaidForm.of(raid, this.raids.recordedServersOf(id)), false);
    }

    /** "Add a server row" on a saved raid's form: one more empty row; nothing is validated or saved. */
    @PostMapping(path = "/raids/{id}", params = "addServer")
    String addServerRowToRaid(@PathVariable Long id, @ModelAttribute RaidForm form, BindingResult result, HtmxRequest htmx,
            Model model) {
        Raid raid = this.raids.get(id);
        return addServerRow(raid, this.raids.enforcementCase(raid.getCaseId()), form, htmx, model);
    }

    /** "Remove" on a new server row of a saved raid's form; a recorded server is removed by marking it and saving. */
    @PostMapping(path = "/raids/{id}", params = "removeServer")
    String removeServerRowOfRaid(@PathVariable Long id, @RequestParam int removeServer, @ModelAttribute RaidForm form,
            BindingResult result, HtmxRequest htmx, Model model) {
        Raid raid = this.raids.get(id);
        return removeServerRow(raid, this.raids.enforcementCase(raid.getCaseId()), removeServer, form, htmx, model);
    }

    /** "Add as rows" on a saved raid's form: the pasted list becomes rows, checked at once; nothing is saved. */
    @PostMapping(path = "/raids/{id}", params = "pasteServers")
    String pasteServerRowsToRaid(@PathVariable Long id, @ModelAttribute RaidForm form, BindingResult result,
            HtmxRequest htmx, Model model) {
        Raid raid = this.raids.get(id);
        return pasteServerRows(raid, this.raids.enforcementCase(raid.getCaseId()), form, htmx.isHtmxRequest(), model);
    }

    @PostMapping("/raids/{id}")
    String update(@PathVariable Long id, @ModelAttribute RaidForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        defaultTimeZone(form);
        this.validator.validate(form, result, Default.class);
        if (form.getPasted() == null && !result.hasErrors()) {
            try {
                this.raids.update(id, form.toUpdateRaid());
                redirect.addFlashAttribute("flash", "raid.updated");
                return "redirect:/raids/" + id;
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        Raid raid = this.raids.get(id);
        CaseRef enforcementCase = this.raids.enforcementCase(raid.getCaseId());
        if (form.getPasted() != null) {
            return pastedOnSave(raid, enforcementCase, form, model);
        }
        return form(model, raid, enforcementCase, form, false);
    }

    private String addServerRow(Raid raid, CaseRef enforcementCase, RaidForm form, HtmxRequest htmx, Model model) {
        form.addServerRow();
        model.addAttribute("focusRow", form.getServers().size() - 1);
        suggestTimeZone(form);
        return form(model, raid, enforcementCase, form, htmx.isHtmxRequest());
    }

    private String removeServerRow(Raid raid, CaseRef enforcementCase, int row, RaidForm form, HtmxRequest htmx,
            Model model) {
        form.removeServerRow(row);
        // the row numbers of binding errors no longer match the rows: show the rows as they are now
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "raidForm");
        suggestTimeZone(form);
        return form(model, raid, enforcementCase, form, htmx.isHtmxRequest());
    }

    /**
     * Makes rows of the pasted list and marks each pasted row that breaks a rule, as saving would; the form's other
     * errors are left for the save (the rows may have moved, so their numbers no longer match).
     */
    private String pasteServerRows(Raid raid, CaseRef enforcementCase, RaidForm form, boolean rowsOnly,
            Model model) {
        RaidForm.Pasted pasted = form.pasteServerRows();
        BindingResult errors = new BeanPropertyBindingResult(form, "raidForm");
        List<RuleViolations.Violation> violations = this.raids.checkNewRows(enforcementCase.id(),
                form.getRaidDate(), form.keptRows(), form.recordedIds(), pasted.first());
        violations.forEach((violation) -> errors.rejectValue(violation.field(), violation.code(),
                violation.arguments().toArray(), null));
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "raidForm", errors);
        model.addAttribute("pasteResult", pasted);
        model.addAttribute("maxServerRows", RaidForm.MAX_SERVER_ROWS);
        model.addAttribute("pasteMarked",
                violations.stream().map((violation) -> violation.field().substring(0, violation.field().indexOf(']')))
                    .distinct()
                    .count());
        if (pasted.count() > 0) {
            model.addAttribute("focusRow", pasted.first());
        }
        suggestTimeZone(form);
        return form(model, raid, enforcementCase, form, rowsOnly);
    }

    /** Save with a list still in the paste box: the list becomes rows first, and nothing is saved until checked. */
    private String pastedOnSave(Raid raid, CaseRef enforcementCase, RaidForm form, Model model) {
        model.addAttribute("pastedOnSave", true);
        return pasteServerRows(raid, enforcementCase, form, false, model);
    }

    /** A hand-made request with a server row number beyond the form's limit. */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView tooManyRows() {
        ModelAndView page = new ModelAndView("error/4xx");
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    /** The raid form (of a new raid when {@code raid} is null), or only its server rows for htmx. */
    private String form(Model model, Raid raid, CaseRef enforcementCase, RaidForm form, boolean rowsOnly) {
        model.addAttribute("raidForm", form);
        model.addAttribute("raid", raid);
        model.addAttribute("enforcementCase", enforcementCase);
        model.addAttribute("roles", ServerRole.values());
        model.addAttribute("countries", this.jurisdictions.countries());
        if (rowsOnly) {
            return FORM + " :: serverRows";
        }
        // the agency pickers hold the chosen agencies and load the others as the user types
        List<Long> chosen = new ArrayList<>(form.getParticipatingAgencyIds());
        chosen.add(form.getLeadAgencyId());
        model.addAttribute("agencies", this.jurisdictions.agencies(chosen));
        model.addAttribute("jurisdictions", this.jurisdictions.jurisdictions());
        model.addAttribute("zones", TimeZoneChoices.of(this.timeZones,
                this.jurisdictions.jurisdiction(form.getJurisdictionCode()).orElse(null)));
        model.addAttribute("statuses", RaidStatus.values());
        model.addAttribute("legalBases", LegalBasis.values());
        return FORM;
    }

    /**
     * When the place is known and no zone chosen yet, proposes the zone earlier raids in that country used, or the
     * country's own where it has only one.
     */
    private void suggestTimeZone(RaidForm form) {
        if (form.getTimeZone() == null && form.getJurisdictionCode() != null) {
            this.raids.usualTimeZone(form.getJurisdictionCode())
                .or(() -> onlyZoneOfJurisdiction(form))
                .ifPresent(form::setTimeZone);
        }
    }

    /**
     * A time zone left empty is the zone of the jurisdiction's country where it has only one (Ireland's, not the
     * United States'), as the form's picker proposes it; otherwise it stays empty and is required.
     */
    private void defaultTimeZone(RaidForm form) {
        if (form.getTimeZone() == null) {
            onlyZoneOfJurisdiction(form).ifPresent(form::setTimeZone);
        }
    }

    private Optional<String> onlyZoneOfJurisdiction(RaidForm form) {
        return this.jurisdictions.jurisdiction(form.getJurisdictionCode())
            .flatMap((jurisdiction) -> this.timeZones.onlyZoneOf(jurisdiction.countryCode()));
    }

}
