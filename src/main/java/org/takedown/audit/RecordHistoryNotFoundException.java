package org.takedown.audit;

import org.takedown.shared.NotFoundException;

class RecordHistoryNotFoundException extends NotFoundException {

    public RecordHistoryNotFoundException(Long id) {
        super("history.notFound", id);
    }

}
