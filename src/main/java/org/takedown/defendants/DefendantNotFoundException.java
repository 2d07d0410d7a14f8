package org.takedown.defendants;

import org.takedown.shared.NotFoundException;

class DefendantNotFoundException extends NotFoundException {

    public DefendantNotFoundException(Long id) {
        super("defendant.notFound", id);
    }

}
