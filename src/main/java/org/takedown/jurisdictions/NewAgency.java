package org.takedown.jurisdictions;

/** Records an agency: its name, its acronym ({@code null}: none), what kind it is, and the code of its jurisdiction. */
public record NewAgency(String name, String acronym, AgencyKind kind, String jurisdictionCode) {

}
