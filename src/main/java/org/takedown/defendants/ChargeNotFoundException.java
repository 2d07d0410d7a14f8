package org.takedown.defendants;

import org.takedown.shared.NotFoundException;

/** No charge with this id, or one that belongs to another defendant than the one in the URL. */
class ChargeNotFoundException extends NotFoundException {

    public ChargeNotFoundException(Long id) {
        super("defendant.charge.notFound", id);
    }

}
