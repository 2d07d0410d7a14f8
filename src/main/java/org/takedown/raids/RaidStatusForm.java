package org.takedown.raids;

import org.takedown.shared.StatusChangeForm;

/** The status form of a raid: the shared form, bound to the raid workflow's statuses. */
class RaidStatusForm extends StatusChangeForm<RaidStatus> {

}
