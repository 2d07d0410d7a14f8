package org.takedown.raids;

import org.takedown.shared.NotFoundException;

public class ServerNotFoundException extends NotFoundException {

    public ServerNotFoundException(Long id) {
        super("server.notFound", id);
    }

}
