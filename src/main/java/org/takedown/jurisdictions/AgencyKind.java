package org.takedown.jurisdictions;

public enum AgencyKind {

    POLICE, CUSTOMS, PROSECUTOR, COURT, INTERNATIONAL

}
