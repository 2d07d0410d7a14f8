package org.takedown.defendants;

import org.takedown.shared.StatusChangeForm;

/** The status form of an extradition request: the shared status form, bound to the request's statuses. */
class ExtraditionStatusForm extends StatusChangeForm<ExtraditionStatus> {

}
