package org.takedown.raids;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
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

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ServerController {

    private final RaidService raids;

    private final JurisdictionService jurisdictions;

    private final CountryFilter countryFilter;

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

    ServerController(RaidService raids, JurisdictionService jurisdictions, CountryFilter countryFilter,
            CsvExport csvExport, Clock clock) {
        this.raids = raids;
        this.jurisdictions = jurisdictions;
        this.countryFilter = countryFilter;
        this.csvExport = csvExport;
        this.clock = clock;
    }

    @GetMapping("/servers")
    String list(ListRequest list, @PageableDefault(size = ServerListQuery.PAGE_SIZE) Pageable pageable,
            Model model) {
        ServerListQuery query = ServerListQuery.bind(list, this.countryFilter, this.raids);
        model.addAttribute("servers", this.raids.servers(query, list.position(pageable)));
        boolean resultsOnly = list.resultsOnly();
        // the results then carry the filter's messages too, out of band
        model.addAttribute("htmx", resultsOnly);
        if (resultsOnly) {
            return "servers/list :: results";
        }
        model.addAttribute("countries", this.jurisdictions.countries());
        model.addAttribute("statuses", ServerStatus.values());
        model.addAttribute("roles", ServerRole.values());
        return "servers/list";
    }

    /**
     * The grid as CSV: every server of exactly the grid's query, in its order, whatever page the grid shows
     * ({@code page}, {@code size} and {@code after} are ignored).
     */
    @GetMapping("/servers/export.csv")
    void export(ListRequest list, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServerListQuery query = ServerListQuery.bind(list, this.countryFilter, this.raids);
        this.csvExport.send("servers", CSV_COLUMNS, (sink) -> this.raids.exportServers(query, sink), request,
                response);
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
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return show(model, this.raids.server(id));
    }

    @GetMapping("/servers/{id}/edit")
    String editForm(@PathVariable Long id, Model model, RedirectAttributes redirect) {
        SeizedServer server = this.raids.server(id);
        if (server.isVoided()) {
            // its page says it was voided and cannot be changed: a form whose save is refused would not
            redirect.addAttribute("id", id);
            return "redirect:/servers/{id}";
        }
        return form(model, server, ServerForm.of(server));
    }

    @PostMapping("/servers/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute ServerForm serverForm, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.raids.updateServer(id, serverForm.toCommand());
                redirect.addFlashAttribute("flash", "server.updated");
                return "redirect:/servers/" + id;
            }
            catch (RuleViolations violations) {
                violations.rejectIn(result);
            }
        }
        return form(model, this.raids.server(id), serverForm);
    }

    private String show(Model model, SeizedServer server) {
        model.addAttribute("server", server);
        model.addAttribute("enforcementCase", this.raids.enforcementCase(server.getCaseId()));
        return "servers/show";
    }

    private String form(Model model, SeizedServer server, ServerForm form) {
        model.addAttribute("server", server);
        model.addAttribute("serverForm", form);
        model.addAttribute("roles", ServerRole.values());
        return "servers/form";
    }

}
