package org.takedown.jurisdictions;

import java.util.List;
import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Countries, sub-national jurisdictions and agencies: the reference data every other feature points at. */
@Service
@Transactional(readOnly = true)
public class JurisdictionService {

    private final JurisdictionRepository jurisdictions;

    private final AgencyRepository agencies;

    JurisdictionService(JurisdictionRepository jurisdictions, AgencyRepository agencies) {
        this.jurisdictions = jurisdictions;
        this.agencies = agencies;
    }

    /** Every country by name, for pickers. Reference data that only migrations change, so it is cached. */
    @Cacheable("countries")
    public List<CountryOption> countries() {
        return this.jurisdictions.findByKindOrderByName(JurisdictionKind.COUNTRY)
            .stream()
            .map((country) -> new CountryOption(country.getCode(), country.getName()))
            .toList();
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

    @Transactional
    public Agency findOrCreateAgency(String name, String acronym, AgencyKind kind, String jurisdictionCode) {
        return this.agencies.findByNameAndJurisdictionCode(name, jurisdictionCode)
            .orElseGet(() -> this.agencies.save(new Agency(name, acronym, kind, get(jurisdictionCode))));
    }

}
