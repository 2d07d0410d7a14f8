package org.takedown.defendants;

import java.util.EnumSet;
import java.util.Set;

import org.takedown.shared.WorkflowStatus;

/**
 * How an extradition request stands: requested, heard, then granted or refused; a granted request ends with the
 * surrender of the defendant, a refused one may be heard again on appeal, and the requesting state may withdraw it
 * until the surrender. Surrendered and withdrawn are final.
 */
public enum ExtraditionStatus implements WorkflowStatus<ExtraditionStatus> {

    REQUESTED, HEARING, GRANTED, REFUSED, SURRENDERED, WITHDRAWN;

    @Override
    public Set<ExtraditionStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(HEARING, GRANTED, REFUSED, WITHDRAWN);
            case HEARING -> EnumSet.of(GRANTED, REFUSED, WITHDRAWN);
            case GRANTED -> EnumSet.of(SURRENDERED, WITHDRAWN);
            case REFUSED -> EnumSet.of(HEARING, WITHDRAWN);
            case SURRENDERED, WITHDRAWN -> EnumSet.noneOf(ExtraditionStatus.class);
        };
    }

    @Override
    public String labelKey() {
        return "defendant.extradition.status." + name();
    }

}
