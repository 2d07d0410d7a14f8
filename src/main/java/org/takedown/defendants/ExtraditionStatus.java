package org.takedown.defendants;

public enum ExtraditionStatus {

    REQUESTED, HEARING, GRANTED, REFUSED, SURRENDERED, WITHDRAWN

}
