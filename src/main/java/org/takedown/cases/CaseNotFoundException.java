package org.takedown.cases;

import org.takedown.shared.NotFoundException;

public class CaseNotFoundException extends NotFoundException {

    public CaseNotFoundException(Long id) {
        super("case.notFound", id);
    }

}
