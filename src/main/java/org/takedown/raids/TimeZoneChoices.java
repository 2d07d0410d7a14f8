package org.takedown.raids;

import java.util.List;

import org.takedown.jurisdictions.JurisdictionOption;
import org.takedown.jurisdictions.TimeZones;
import org.takedown.jurisdictions.TimeZones.TimeZoneOption;

/**
 * The time zones of the raid form: those of the chosen jurisdiction's country first, then all the others.
 *
 * @param proposedFor the jurisdiction whose country's zones come first, or {@code null}
 * @param proposed that country's zones (none without a jurisdiction)
 * @param others every other zone, by name
 */
record TimeZoneChoices(JurisdictionOption proposedFor, List<TimeZoneOption> proposed, List<TimeZoneOption> others) {

    static TimeZoneChoices of(TimeZones zones, JurisdictionOption jurisdiction) {
        List<TimeZoneOption> proposed = (jurisdiction != null) ? zones.ofCountry(jurisdiction.countryCode())
                : List.of();
        if (proposed.isEmpty()) {
            return new TimeZoneChoices(null, List.of(), zones.all());
        }
        return new TimeZoneChoices(jurisdiction, proposed,
                zones.all().stream().filter((zone) -> !proposed.contains(zone)).toList());
    }

}
