package org.takedown.defendants;

/** A jurisdiction (country or sub-national) offered as a suggestion in code inputs. */
record JurisdictionOption(String code, String name) {

    public String getLabel() {
        return this.code + " · " + this.name;
    }

}
