package org.takedown.raids;

import org.takedown.shared.StatusChangeForm;

/** The status form of a seized server: the shared form, bound to the server's statuses. */
class ServerStatusForm extends StatusChangeForm<ServerStatus> {

}
