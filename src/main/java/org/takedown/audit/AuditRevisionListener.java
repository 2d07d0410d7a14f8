package org.takedown.audit;

import org.hibernate.envers.RevisionListener;
import org.takedown.shared.CurrentUser;

import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user ("system" for start-up work such as the demo data). */
class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity)
            .setUsername(CurrentUser.nameOf(SecurityContextHolder.getContext().getAuthentication()));
    }

}
