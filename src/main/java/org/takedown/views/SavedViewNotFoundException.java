package org.takedown.views;

import org.takedown.shared.NotFoundException;

/** No such view, or one the user may not see: the two look the same, so a private view's existence never shows. */
class SavedViewNotFoundException extends NotFoundException {

    SavedViewNotFoundException(Long id) {
        super("view.notFound", id);
    }

}
