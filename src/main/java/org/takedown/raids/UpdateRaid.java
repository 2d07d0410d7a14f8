package org.takedown.raids;

/** Corrects a raid; {@code version} is the version of the raid the user saw. */
record UpdateRaid(RaidDetails raid, long version) {

}
