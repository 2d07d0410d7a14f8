package org.takedown.defendants;

import org.takedown.shared.NotFoundException;

/** The defendant is not in this case (never was, or was taken out of it already). */
class CaseLinkNotFoundException extends NotFoundException {

    CaseLinkNotFoundException(Long caseId) {
        super("defendant.caseLink.notFound", caseId);
    }

}
