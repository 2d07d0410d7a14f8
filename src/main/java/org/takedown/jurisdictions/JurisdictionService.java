package org.takedown.jurisdictions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.takedown.shared.RuleViolations;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Countries, sub-national jurisdictions and agencies: the reference data every other feature points at. */
@Service
@Transactional(readOnly = true)
public class JurisdictionService {

    private final JurisdictionRepository jurisdictions;

    private final AgencyRepository agencies;

    private volatile List<CountryOption> countries;

    private volatile List<JurisdictionOption> everyJurisdiction;

    private final CountryOverviewQueries overviews;

    JurisdictionService(JurisdictionRepository jurisdictions, AgencyRepository agencies,
            CountryOverviewQueries overviews) {
        this.jurisdictions = jurisdictions;
        this.agencies = agencies;
        this.overviews = overviews;
    }

    /**
     * Every country by name, for pickers. Reference data that only migrations change, so it is read once and kept
     * (a plain field rather than a cache annotation, which calls from inside this service would bypass).
     */
    public List<CountryOption> countries() {
        List<CountryOption> loaded = this.countries;
        if (loaded == null) {
            loaded = this.jurisdictions.findByKindOrderByName(JurisdictionKind.COUNTRY)
                .stream()
                .map((country) -> new CountryOption(country.getCode(), country.getName()))
                .toList();
            this.countries = loaded;
        }
        return loaded;
    }

    /**
     * Every jurisdiction for pickers: the countries by name, each followed by the jurisdictions inside it by name.
     * Read once and kept, as {@link #countries()}.
     */
    public List<JurisdictionOption> jurisdictions() {
        List<JurisdictionOption> loaded = this.everyJurisdiction;
        if (loaded == null) {
            Map<String, List<Jurisdiction>> inside = new HashMap<>();
            List<Jurisdiction> countries = new ArrayList<>();
            this.jurisdictions.findAll(Sort.by("name")).forEach((jurisdiction) -> {
                if (jurisdiction.isCountry()) {
                    countries.add(jurisdiction);
                }
                else {
                    inside.computeIfAbsent(jurisdiction.getCountryCode(), (code) -> new ArrayList<>()).add(jurisdiction);
                }
            });
            List<JurisdictionOption> options = new ArrayList<>();
            for (Jurisdiction country : countries) {
                options.add(option(country));
                inside.getOrDefault(country.getCode(), List.of()).forEach((sub) -> options.add(option(sub)));
            }
            loaded = List.copyOf(options);
            this.everyJurisdiction = loaded;
        }
        return loaded;
    }

    private static JurisdictionOption option(Jurisdiction jurisdiction) {
        return new JurisdictionOption(jurisdiction.getCode(), jurisdiction.getName(), jurisdiction.getCountryCode());
    }

    /** The jurisdiction with this code (in any case), if there is one; {@code null} and blank codes find nothing. */
    public Optional<JurisdictionOption> jurisdiction(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jurisdictions().stream().filter((option) -> option.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    /** The country with this ISO alpha-2 code, if there is one; {@code null} and blank codes find nothing. */
    public Optional<CountryOption> country(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return countries().stream().filter((country) -> country.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    public Jurisdiction get(String code) {
        return this.jurisdictions.findById(code).orElseThrow(() -> new JurisdictionNotFoundException(code));
    }

    public List<Agency> agencies() {
        return this.agencies.findAllWithJurisdiction();
    }

    /**
     * The agencies with these ids (unknown ones left out), with their jurisdictions: what an agency picker renders,
     * its chosen agencies; the others it loads as the user types ({@code GET /agencies/options}).
     */
    public List<Agency> agencies(Collection<Long> ids) {
        List<Long> known = ids.stream().filter(Objects::nonNull).toList();
        return known.isEmpty() ? List.of() : this.agencies.findWithJurisdictionByIdIn(known);
    }

    /**
     * Records an agency; returns its id. Agencies have no page of their own yet: the demo data records its agencies
     * through here.
     * @throws RuleViolations when the jurisdiction is unknown
     */
    @Transactional
    public Long addAgency(NewAgency command) {
        Optional<Jurisdiction> jurisdiction = Optional.ofNullable(command.jurisdictionCode())
            .flatMap((code) -> this.jurisdictions.findById(code.toUpperCase(Locale.ROOT)));
        if (jurisdiction.isEmpty()) {
            throw RuleViolations.of("jurisdictionCode", "agency.jurisdiction.unknown", command.jurisdictionCode());
        }
        return this.agencies
            .save(new Agency(command.name(), command.acronym(), command.kind(), jurisdiction.get()))
            .getId();
    }

    /** A page of countries with their raid, server and custody counts (see {@link CountryOverviewQueries}). */
    Page<CountryActivity> activity(JurisdictionListQuery query, Pageable pageable) {
        return this.overviews.countries(query, pageable);
    }

    /** Every country of the overview's query, in its order, to {@code sink} (for the CSV export). */
    void exportActivity(JurisdictionListQuery query, Consumer<? super CountryActivity> sink) {
        this.overviews.streamCountries(query, sink);
    }

}
