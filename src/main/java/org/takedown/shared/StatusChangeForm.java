package org.takedown.shared;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The status form of every record (fragments/status.html): the new status, the day it took effect (today unless the
 * user says otherwise) and the reason, with the version of the record the user saw. Each record binds it through a
 * subclass that names its status enum ({@code class RaidStatusForm extends StatusChangeForm<RaidStatus>}): data
 * binding reads a property's type from the form's class, and a type variable alone would not say which enum to convert
 * the submitted name to.
 *
 * @param <S> the status enum
 */
public abstract class StatusChangeForm<S extends Enum<S> & WorkflowStatus<S>> {

    @NotNull
    private S status;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveOn;

    @NotBlank
    @Size(max = 2000)
    private String reason;

    private long version;

    /** Prepares the empty form for a record at {@code version}: no status chosen yet, effective today. */
    public StatusChangeForm<S> prefill(long version, LocalDate today) {
        this.version = version;
        this.effectiveOn = today;
        return this;
    }

    public ChangeStatus<S> command() {
        return new ChangeStatus<>(this.status, this.effectiveOn, this.reason, this.version);
    }

    public S getStatus() {
        return this.status;
    }

    public void setStatus(S status) {
        this.status = status;
    }

    public LocalDate getEffectiveOn() {
        return this.effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getReason() {
        return this.reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
