package org.takedown.defendants;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new alias with its source and how sure we are of it. */
class AliasForm {

    @NotBlank
    @Size(max = 200)
    private String alias;

    @NotBlank
    @Size(max = 300)
    private String source;

    @NotNull
    private AliasConfidence confidence;

    AddAlias toCommand() {
        return new AddAlias(this.alias, this.source, this.confidence);
    }

    public String getAlias() {
        return this.alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }

    public String getSource() {
        return this.source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public AliasConfidence getConfidence() {
        return this.confidence;
    }

    public void setConfidence(AliasConfidence confidence) {
        this.confidence = confidence;
    }

}
