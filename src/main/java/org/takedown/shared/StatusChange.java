package org.takedown.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One step of a record's status history: from which status to which, the day it took effect, when and by whom it was
 * recorded, and why. The effective date is the fact (a raid completed on its action day); the moment of recording is
 * when someone wrote it down, often later. Each feature maps its own subclass to its own table, with the association
 * to its record; the rules every move obeys are here, in {@link #refusal}.
 *
 * @param <S> the status enum
 */
@MappedSuperclass
@Audited
public abstract class StatusChange<S extends Enum<S> & WorkflowStatus<S>> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private S fromStatus;

    @Enumerated(EnumType.STRING)
    private S toStatus;

    private LocalDate effectiveOn;

    private Instant recordedAt;

    private String recordedBy;

    private String reason;

    protected StatusChange() {
    }

    protected StatusChange(S fromStatus, S toStatus, LocalDate effectiveOn, String recordedBy, String reason,
            Instant recordedAt) {
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.effectiveOn = effectiveOn;
        this.recordedBy = recordedBy;
        this.reason = reason;
        this.recordedAt = recordedAt;
    }

    /**
     * What is wrong with moving a record from {@code current} to {@code target} as of {@code effectiveOn}, given its
     * history so far, or nothing: the workflow must allow the move, and the day can be neither in the future nor before
     * the current status took effect, so that the history reads in order. Today is the UTC date of {@code now}, as
     * everywhere in the application (its clock is UTC).
     */
    public static <S extends Enum<S> & WorkflowStatus<S>> Optional<StatusRefusal> refusal(
            List<? extends StatusChange<S>> history, S current, S target, LocalDate effectiveOn, Instant now) {
        return refusal(history, current, target, effectiveOn, now, null, null);
    }

    /**
     * As {@link #refusal(List, Enum, Enum, LocalDate, Instant)}, and the day cannot be before the record's own start
     * ({@code start}, when not {@code null}: the opening of a case, the day of a raid that has begun), refused with the
     * message {@code startCode} and the start as its argument.
     */
    public static <S extends Enum<S> & WorkflowStatus<S>> Optional<StatusRefusal> refusal(
            List<? extends StatusChange<S>> history, S current, S target, LocalDate effectiveOn, Instant now,
            LocalDate start, String startCode) {
        if (!current.canMoveTo(target)) {
            return Optional.of(new StatusRefusal("status", "status.notAllowed", label(current), label(target)));
        }
        if (effectiveOn.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            return Optional.of(new StatusRefusal("effectiveOn", "status.effectiveOn.future"));
        }
        if (start != null && effectiveOn.isBefore(start)) {
            return Optional.of(new StatusRefusal("effectiveOn", startCode, start.toString()));
        }
        LocalDate since = history.stream().map(StatusChange::getEffectiveOn).max(LocalDate::compareTo).orElse(null);
        if (since != null && effectiveOn.isBefore(since)) {
            return Optional.of(new StatusRefusal("effectiveOn", "status.effectiveOn.beforeCurrent", since.toString(),
                    label(current)));
        }
        return Optional.empty();
    }

    /** Corrects the day the change took effect, for a record whose own start it is (a case's opening). */
    protected void correctEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    /** A status as a message argument: its label, resolved when the message is. */
    private static DefaultMessageSourceResolvable label(WorkflowStatus<?> status) {
        return new DefaultMessageSourceResolvable(status.labelKey());
    }

    public Long getId() {
        return this.id;
    }

    /** The status before the change; {@code null} for the first entry of a history. */
    public S getFromStatus() {
        return this.fromStatus;
    }

    public S getToStatus() {
        return this.toStatus;
    }

    public LocalDate getEffectiveOn() {
        return this.effectiveOn;
    }

    public Instant getRecordedAt() {
        return this.recordedAt;
    }

    public String getRecordedBy() {
        return this.recordedBy;
    }

    public String getReason() {
        return this.reason;
    }

}
