package org.takedown.cases;

import org.takedown.system.NotFoundException;

public class CaseNotFoundException extends NotFoundException {

    public CaseNotFoundException(Long id) {
        super("case.notFound", id);
    }

}
