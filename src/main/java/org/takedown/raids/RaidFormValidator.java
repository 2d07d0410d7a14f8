package org.takedown.raids;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.Jurisdiction;
import org.takedown.jurisdictions.JurisdictionNotFoundException;
import org.takedown.jurisdictions.JurisdictionService;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the raid and server forms that need the database or more than one field: the jurisdiction and the
 * agencies exist, the time zone is an IANA zone, dates are not before the case was opened, addresses are IP literals
 * and no host name appears twice in a case. Each broken rule becomes an error next to its field.
 */
@Component
class RaidFormValidator {

    private static final Pattern HOSTNAME = Pattern
        .compile("^[a-z0-9]([a-z0-9_-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9_-]{0,61}[a-z0-9])?)*$");

    /** The IANA region zones offered in the form, by name (the legacy and {@code Etc/} aliases left out). */
    static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds()
        .stream()
        .filter((id) -> id.indexOf('/') > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/")
                && Character.isUpperCase(id.charAt(0)))
        .sorted()
        .toList();

    private final JurisdictionService jurisdictions;

    private final RaidService raids;

    RaidFormValidator(JurisdictionService jurisdictions, RaidService raids) {
        this.jurisdictions = jurisdictions;
        this.raids = raids;
    }

    /** Checks the raid's own fields; returns its jurisdiction when the code names one. */
    Optional<Jurisdiction> validateRaid(RaidForm form, LocalDate caseOpenedOn, List<Agency> agencies, Errors errors) {
        Optional<Jurisdiction> jurisdiction = Optional.empty();
        String code = form.normalizedJurisdictionCode();
        if (code != null && !code.isEmpty() && !errors.hasFieldErrors("jurisdictionCode")) {
            try {
                jurisdiction = Optional.of(this.jurisdictions.get(code));
            }
            catch (JurisdictionNotFoundException ex) {
                errors.rejectValue("jurisdictionCode", "raid.jurisdiction.unknown", new Object[] { code }, null);
            }
        }
        String zone = form.getTimeZone();
        if (zone != null && !zone.isBlank() && !errors.hasFieldErrors("timeZone")
                && !ZoneId.getAvailableZoneIds().contains(zone.strip())) {
            errors.rejectValue("timeZone", "raid.timeZone.unknown");
        }
        if (form.getRaidDate() != null && form.getRaidDate().isBefore(caseOpenedOn)) {
            errors.rejectValue("raidDate", "raid.raidDate.beforeCaseOpened", new Object[] { caseOpenedOn.toString() },
                    null);
        }
        Set<Long> agencyIds = new HashSet<>();
        agencies.forEach((agency) -> agencyIds.add(agency.getId()));
        if (form.getLeadAgencyId() != null && !agencyIds.contains(form.getLeadAgencyId())) {
            errors.rejectValue("leadAgencyId", "raid.agency.unknown");
        }
        if (!form.getParticipatingAgencyIds().stream().allMatch((id) -> id == null || agencyIds.contains(id))) {
            errors.rejectValue("participatingAgencyIds", "raid.agency.unknown");
        }
        return jurisdiction;
    }

    /** Checks the server rows of a new raid, against each other and against the servers the case already has. */
    void validateServerRows(Long caseId, RaidForm form, LocalDate caseOpenedOn, Errors errors) {
        Map<String, Integer> firstRowOfHostname = new LinkedHashMap<>();
        List<RaidForm.ServerRow> rows = form.getServers();
        for (int i = 0; i < rows.size(); i++) {
            RaidForm.ServerRow row = rows.get(i);
            String prefix = "servers[" + i + "].";
            String hostname = row.normalizedHostname();
            if (hostname != null && !hostname.isEmpty() && !errors.hasFieldErrors(prefix + "hostname")) {
                if (!HOSTNAME.matcher(hostname).matches()) {
                    errors.rejectValue(prefix + "hostname", "server.hostname.invalid");
                }
                else if (firstRowOfHostname.putIfAbsent(hostname, i) != null) {
                    errors.rejectValue(prefix + "hostname", "raid.server.duplicateInForm",
                            new Object[] { firstRowOfHostname.get(hostname) + 1 }, null);
                }
            }
            if (!errors.hasFieldErrors(prefix + "ipAddresses")) {
                IpAddresses.firstInvalid(row.getIpAddresses())
                    .ifPresent((invalid) -> errors.rejectValue(prefix + "ipAddresses", "server.ipAddresses.invalid",
                            new Object[] { invalid }, null));
            }
            String country = ServerForm.blankToNull(row.getCountryCode());
            if (country != null && this.jurisdictions.country(country).isEmpty()) {
                errors.rejectValue(prefix + "countryCode", "raid.server.country.unknown");
            }
            LocalDate seizedOn = row.getSeizedOn() != null ? row.getSeizedOn() : form.getRaidDate();
            if (seizedOn != null && seizedOn.isBefore(caseOpenedOn)) {
                errors.rejectValue(prefix + "seizedOn", "server.seizedOn.beforeCaseOpened",
                        new Object[] { caseOpenedOn.toString() }, null);
            }
        }
        Set<String> existing = this.raids.existingHostnames(caseId, firstRowOfHostname.keySet());
        firstRowOfHostname.forEach((hostname, row) -> {
            if (existing.contains(hostname)) {
                errors.rejectValue("servers[" + row + "].hostname", "raid.server.duplicateHostname",
                        new Object[] { hostname }, null);
            }
        });
    }

    /** Checks an edited server against the rules the field annotations cannot express. */
    void validateServer(SeizedServer server, ServerForm form, Errors errors) {
        String hostname = ServerForm.normalizeHostname(form.getHostname());
        Long caseId = server.getCaseId();
        if (hostname != null && !hostname.isEmpty() && !errors.hasFieldErrors("hostname")) {
            if (!HOSTNAME.matcher(hostname).matches()) {
                errors.rejectValue("hostname", "server.hostname.invalid");
            }
            else if (this.raids.hostnameTakenByAnother(caseId, hostname, server.getId())) {
                errors.rejectValue("hostname", "raid.server.duplicateHostname", new Object[] { hostname }, null);
            }
        }
        if (!errors.hasFieldErrors("ipAddresses")) {
            IpAddresses.firstInvalid(form.getIpAddresses())
                .ifPresent((invalid) -> errors.rejectValue("ipAddresses", "server.ipAddresses.invalid",
                        new Object[] { invalid }, null));
        }
        LocalDate openedOn = this.raids.enforcementCase(caseId).openedOn();
        if (form.getSeizedOn() != null && form.getSeizedOn().isBefore(openedOn)) {
            errors.rejectValue("seizedOn", "server.seizedOn.beforeCaseOpened", new Object[] { openedOn.toString() },
                    null);
        }
    }

}
