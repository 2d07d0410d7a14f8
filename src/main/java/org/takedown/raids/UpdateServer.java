package org.takedown.raids;

import java.time.LocalDate;

/**
 * Corrects what is known of a seized server: its name and addresses, its hosting, the evidence taken from it;
 * {@code version} is the version of the server the user saw.
 */
public record UpdateServer(String hostname, String ipAddresses, String hostingProvider, Long asn, ServerRole role,
        LocalDate seizedOn, String evidenceReference, String diskImageSha256, long version) {

}
