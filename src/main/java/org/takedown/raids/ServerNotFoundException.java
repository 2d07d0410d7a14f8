package org.takedown.raids;

import org.takedown.shared.NotFoundException;

class ServerNotFoundException extends NotFoundException {

    public ServerNotFoundException(Long id) {
        super("server.notFound", id);
    }

}
