package org.takedown.defendants;

import org.takedown.shared.StatusChangeForm;

/** The legal-status form of a defendant: the shared status form, bound to the legal statuses. */
class LegalStatusForm extends StatusChangeForm<LegalStatus> {

}
