package org.takedown.defendants;

import org.takedown.shared.NotFoundException;

/** No alias with this id among the defendant's aliases. */
class AliasNotFoundException extends NotFoundException {

    public AliasNotFoundException(Long id) {
        super("defendant.alias.notFound", id);
    }

}
