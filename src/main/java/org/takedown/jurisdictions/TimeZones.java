package org.takedown.jurisdictions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The IANA time zones a raid may be logged in, and the ones of each country. The JDK knows zones but not where they
 * are, so the country of each zone comes from tzdata's {@code zone.tab} (public domain, copied beside this class):
 * one row per country and zone, a zone shared by several countries listed under each of them by its own name
 * (Luxembourg's is Europe/Luxembourg).
 */
@Component
public class TimeZones {

    private static final String ZONE_TAB = "zone.tab";

    private final List<TimeZoneOption> all;

    private final Map<String, List<TimeZoneOption>> byCountry;

    TimeZones() {
        Set<String> known = ZoneId.getAvailableZoneIds();
        Map<String, TimeZoneOption> located = new HashMap<>();
        for (TimeZoneOption zone : readZoneTab()) {
            if (known.contains(zone.id())) {
                located.put(zone.id(), zone);
            }
        }
        // region zones by name; the legacy and Etc/ aliases left out
        this.all = known.stream()
            .filter((id) -> id.indexOf('/') > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/")
                    && Character.isUpperCase(id.charAt(0)))
            .sorted()
            .map((id) -> located.getOrDefault(id, new TimeZoneOption(id, null, null)))
            .toList();
        Map<String, List<TimeZoneOption>> byCountry = new HashMap<>();
        this.all.stream()
            .filter((zone) -> zone.countryCode() != null)
            .forEach((zone) -> byCountry.computeIfAbsent(zone.countryCode(), (code) -> new ArrayList<>()).add(zone));
        this.byCountry = Map.copyOf(byCountry);
    }

    /** Every zone a form offers, by name. */
    public List<TimeZoneOption> all() {
        return this.all;
    }

    /** The zones of a country (its ISO alpha-2 code, in any case), by name; none for an unknown code. */
    public List<TimeZoneOption> ofCountry(String countryCode) {
        if (countryCode == null) {
            return List.of();
        }
        return this.byCountry.getOrDefault(countryCode.toUpperCase(Locale.ROOT), List.of());
    }

    /** The zone of a country that has only one. */
    public Optional<String> onlyZoneOf(String countryCode) {
        List<TimeZoneOption> zones = ofCountry(countryCode);
        return (zones.size() == 1) ? Optional.of(zones.get(0).id()) : Optional.empty();
    }

    private static List<TimeZoneOption> readZoneTab() {
        List<TimeZoneOption> zones = new ArrayList<>();
        try (InputStream in = TimeZones.class.getResourceAsStream(ZONE_TAB)) {
            if (in == null) {
                throw new IllegalStateException(ZONE_TAB + " is missing beside " + TimeZones.class.getName());
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                // country code, coordinates, zone, and a comment where a country has several zones
                String[] columns = line.split("\t");
                zones.add(new TimeZoneOption(columns[2], columns[0], (columns.length > 3) ? columns[3] : null));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return zones;
    }

    /**
     * A time zone as the raid form offers it.
     *
     * @param id the IANA zone id, what the form submits
     * @param countryCode the country it is in, if tzdata places it
     * @param comment which part of its country it covers, where the country has several zones
     */
    public record TimeZoneOption(String id, String countryCode, String comment) {

        public String getLabel() {
            return (this.comment != null) ? this.id + " — " + this.comment : this.id;
        }

    }

}
