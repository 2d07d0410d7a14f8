package org.takedown.defendants;

import org.takedown.shared.NotFoundException;

/** No extradition request with this id, or one that concerns another defendant than the one in the URL. */
class ExtraditionRequestNotFoundException extends NotFoundException {

    public ExtraditionRequestNotFoundException(Long id) {
        super("defendant.extradition.notFound", id);
    }

}
