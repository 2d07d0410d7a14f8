package org.takedown.audit;

import java.time.Instant;
import java.util.List;

import org.hibernate.envers.RevisionType;

/** What one revision did to one record: created, changed (which fields, from what to what) or deleted it. */
record RevisionChanges(long revision, Instant changedAt, String username, RevisionType type,
        List<FieldChange> changes) {
}
