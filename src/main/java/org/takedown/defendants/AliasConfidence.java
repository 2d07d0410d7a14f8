package org.takedown.defendants;

public enum AliasConfidence {

    LOW, MEDIUM, HIGH, CONFIRMED

}
