package org.takedown.jurisdictions;

import org.takedown.shared.NotFoundException;

public class JurisdictionNotFoundException extends NotFoundException {

    public JurisdictionNotFoundException(String code) {
        super("jurisdiction.notFound", code);
    }

}
