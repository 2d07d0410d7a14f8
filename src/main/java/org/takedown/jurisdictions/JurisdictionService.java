package org.takedown.jurisdictions;

import java.util.List;

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

    public List<Jurisdiction> countries() {
        return this.jurisdictions.findByKindOrderByName(JurisdictionKind.COUNTRY);
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
