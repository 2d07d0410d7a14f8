package org.takedown.jurisdictions;

public enum JurisdictionKind {

    COUNTRY, SUBDIVISION, FEDERAL_DISTRICT

}
