package org.takedown.cases;

import org.takedown.shared.StatusChangeForm;

/** The status form of a case: the shared form, bound to the case workflow's statuses. */
class CaseStatusForm extends StatusChangeForm<CaseStatus> {

}
