package org.takedown.accounts;

import org.takedown.shared.NotFoundException;

class AccountNotFoundException extends NotFoundException {

    public AccountNotFoundException(Long id) {
        super("account.notFound", id);
    }

}
