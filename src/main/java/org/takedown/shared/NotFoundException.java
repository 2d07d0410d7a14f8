package org.takedown.shared;

/**
 * A record the request names does not exist. Shown as a 404 page whose text comes from {@code messageKey}.
 */
public abstract class NotFoundException extends RuntimeException {

    private final String messageKey;

    private final String identifier;

    protected NotFoundException(String messageKey, Object identifier) {
        super(messageKey + " " + identifier);
        this.messageKey = messageKey;
        // kept as text so that message formatting prints an id as 987654, not 987,654
        this.identifier = String.valueOf(identifier);
    }

    public String getMessageKey() {
        return this.messageKey;
    }

    public String getIdentifier() {
        return this.identifier;
    }

}
