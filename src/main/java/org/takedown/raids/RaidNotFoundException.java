package org.takedown.raids;

import org.takedown.system.NotFoundException;

public class RaidNotFoundException extends NotFoundException {

    public RaidNotFoundException(Long id) {
        super("raid.notFound", id);
    }

}
