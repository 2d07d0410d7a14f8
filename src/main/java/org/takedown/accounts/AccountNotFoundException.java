package org.takedown.accounts;

import org.takedown.shared.NotFoundException;

public class AccountNotFoundException extends NotFoundException {

    public AccountNotFoundException(Long id) {
        super("account.notFound", id);
    }

}
