package org.takedown.raids;

import org.takedown.shared.NotFoundException;

class RaidNotFoundException extends NotFoundException {

    public RaidNotFoundException(Long id) {
        super("raid.notFound", id);
    }

}
