package org.takedown.raids;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.takedown.export.CsvColumn;
import org.takedown.export.CsvExport;
import org.takedown.jurisdictions.CountryFilter;
import org.takedown.jurisdictions.JurisdictionService;
import org.takedown.shared.DateRangeFilter.DateRange;
import org.takedown.shared.Pageables;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
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
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class ServerController {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "id");

    private final RaidService raids;

    private final JurisdictionService jurisdictions;

    private final CountryFilter countryFilter;

    private final RaidFormValidator validator;

    private final CsvExport csvExport;

    private final Clock clock;

    /** The grid's columns and more: what an analyst needs to work with the rows elsewhere. */
    private static final List<CsvColumn<SeizedServerRow>> CSV_COLUMNS = List.of(
            CsvColumn.of("export.column.id", SeizedServerRow::id),
            CsvColumn.of("export.column.hostname", SeizedServerRow::hostname),
            CsvColumn.of("export.column.countryCode", SeizedServerRow::countryCode),
            CsvColumn.of("export.column.country", SeizedServerRow::countryName),
            CsvColumn.of("export.column.role", SeizedServerRow::role),
            CsvColumn.of("export.column.status", SeizedServerRow::status),
            CsvColumn.of("export.column.hostingProvider", SeizedServerRow::hostingProvider),
            CsvColumn.of("export.column.seizedOn", SeizedServerRow::seizedOn),
            CsvColumn.of("export.column.raidId", SeizedServerRow::raidId),
            CsvColumn.of("export.column.caseReference", SeizedServerRow::caseReference));

    ServerController(RaidService raids, JurisdictionService jurisdictions, RaidFormValidator validator,
            CountryFilter countryFilter, CsvExport csvExport, Clock clock) {
        this.raids = raids;
        this.jurisdictions = jurisdictions;
        this.validator = validator;
        this.countryFilter = countryFilter;
        this.csvExport = csvExport;
        this.clock = clock;
    }

    @GetMapping("/servers")
    String list(@ModelAttribute("filter") ServerFilter filter, BindingResult filterErrors,
            @PageableDefault(size = 50) Pageable pageable, HtmxRequest htmx, HttpServletRequest request,
            Model model) {
        Pageable restricted = Pageables.restrict(pageable, RaidQueries.SERVER_SORT_KEYS, NEWEST_FIRST);
        boolean keyset = RaidQueries.isNewestFirst(restricted.getSort());
        Long after = keyset ? filter.getAfter() : null;
        if (after != null) {
            restricted = PageRequest.of(0, restricted.getPageSize(), restricted.getSort());
        }
        ServerCriteria criteria = criteria(filter, filterErrors, model, after);
        Slice<SeizedServerRow> page = this.raids.servers(criteria, restricted);
        model.addAttribute("servers", page);
        // this grid never counts, so it builds its own links instead of using fragments/pagination; newest first, the
        // next page is read by keyset (after the last id shown), so that it costs the same however deep it is
        if (keyset) {
            model.addAttribute("firstPage", after != null ? link(request, "after", null) : null);
            model.addAttribute("nextPage", page.hasNext()
                    ? link(request, "after", page.getContent().get(page.getNumberOfElements() - 1).id()) : null);
        }
        else {
            model.addAttribute("previousPage", page.hasPrevious() ? pageLink(request, page.getNumber() - 1) : null);
            model.addAttribute("nextPage", page.hasNext() ? pageLink(request, page.getNumber() + 1) : null);
        }
        model.addAttribute("sort", RaidController.sortParameter(page.getPageable().getSort()));
        model.addAttribute("htmx", htmx.isHtmxRequest());
        if (htmx.isHtmxRequest()) {
            return "servers/list :: results";
        }
        model.addAttribute("countries", this.jurisdictions.countries());
        model.addAttribute("statuses", ServerStatus.values());
        model.addAttribute("roles", ServerRole.values());
        return "servers/list";
    }

    /**
     * The grid as CSV: every server of exactly the grid's filters, in the grid's order ({@code page}, {@code size}
     * and {@code after} are ignored).
     */
    @GetMapping("/servers/export.csv")
    void export(@ModelAttribute("filter") ServerFilter filter, BindingResult filterErrors,
            @PageableDefault(size = 50) Pageable pageable, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ServerCriteria criteria = criteria(filter, filterErrors, new ExtendedModelMap(), null);
        Sort sort = Pageables.restrict(pageable, RaidQueries.SERVER_SORT_KEYS, NEWEST_FIRST).getSort();
        this.csvExport.send("servers", CSV_COLUMNS,
                (sink) -> this.raids.exportServers(criteria, sort, sink), request, response);
    }

    /**
     * The grid's filters as criteria, for the page and the export alike: an unknown case or country is ignored (and
     * named in the model), an over-long provider and dates in the wrong order become field errors and are ignored.
     */
    private ServerCriteria criteria(ServerFilter filter, BindingResult filterErrors, Model model, Long after) {
        String country = this.countryFilter.resolve(filter.getCountry(), model);
        Long caseId = RaidController.caseFilter(this.raids, filter.getCase(), model);
        String provider = ServerForm.blankToNull(filter.getProvider());
        if (provider != null && provider.length() > 200) {
            filterErrors.rejectValue("provider", "server.filter.providerTooLong");
            provider = null;
        }
        DateRange dates = filter.dateRange(filterErrors);
        return new ServerCriteria(country, caseId, filter.getStatus(), filter.getRole(), provider, dates.from(),
                dates.to(), after);
    }

    @GetMapping("/servers/{id}")
    String show(@PathVariable Long id, Model model) {
        SeizedServer server = this.raids.server(id);
        model.addAttribute("statusForm",
                new ServerStatusForm().prefill(server.getVersion(), LocalDate.now(this.clock)));
        return show(model, server);
    }

    @PostMapping("/servers/{id}/status")
    String changeStatus(@PathVariable Long id, @Valid @ModelAttribute("statusForm") ServerStatusForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.raids.changeServerStatus(id, form.command());
                redirect.addFlashAttribute("flash", "server.statusChanged");
                return "redirect:/servers/" + id;
            }
            catch (RaidRuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return show(model, this.raids.server(id));
    }

    @GetMapping("/servers/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        SeizedServer server = this.raids.server(id);
        return form(model, server, ServerForm.of(server));
    }

    @PostMapping("/servers/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute ServerForm serverForm, BindingResult result,
            Model model, RedirectAttributes redirect) {
        SeizedServer server = this.raids.server(id);
        this.validator.validateServer(server, serverForm, result);
        if (result.hasErrors()) {
            return form(model, server, serverForm);
        }
        this.raids.updateServer(id, serverForm);
        redirect.addFlashAttribute("flash", "server.updated");
        return "redirect:/servers/" + id;
    }

    /** The current list's URL with {@code name} set to {@code value} (removed when null) and no page number. */
    private static String pageLink(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
            .query(request.getQueryString())
            .replaceQueryParam("page", page)
            .build()
            .toUriString();
    }

    private static String link(HttpServletRequest request, String name, Object value) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(request.getRequestURI())
            .query(request.getQueryString())
            .replaceQueryParam("page");
        if (value != null) {
            builder.replaceQueryParam(name, value);
        }
        else {
            builder.replaceQueryParam(name);
        }
        return builder.build().toUriString();
    }

    private String show(Model model, SeizedServer server) {
        model.addAttribute("server", server);
        return "servers/show";
    }

    private String form(Model model, SeizedServer server, ServerForm form) {
        model.addAttribute("server", server);
        model.addAttribute("serverForm", form);
        model.addAttribute("roles", ServerRole.values());
        return "servers/form";
    }

}
