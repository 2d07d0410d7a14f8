package org.takedown.raids;

/**
 * What authorises a raid: a domestic search warrant, a European Investigation Order, a mutual legal assistance
 * request, a joint investigation team agreement, another court order, or the owner's consent.
 */
public enum LegalBasis {

    WARRANT, EIO, MLAT, JIT, COURT_ORDER, CONSENT, OTHER

}
