package org.takedown.views;

/** The owner already has a view of that list with that name (compared without case). */
class ViewNameTakenException extends RuntimeException {

    ViewNameTakenException() {
        super("view name taken");
    }

}
