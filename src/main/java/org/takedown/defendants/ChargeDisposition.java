package org.takedown.defendants;

public enum ChargeDisposition {

    PENDING, DISMISSED, GUILTY_PLEA, CONVICTED, ACQUITTED, WITHDRAWN

}
