package org.takedown.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules every status change obeys, whatever the record: the workflow, then the day it took effect. */
class StatusChangeTests {

    static final Instant NOW = Instant.parse("2021-06-15T23:30:00Z");

    static final LocalDate TODAY = LocalDate.of(2021, 6, 15);

    @Test
    void allowsAMoveTheWorkflowAllowsOnAnyDayFromTheCurrentStatusToToday() {
        List<Change> history = List.of(new Change(null, Light.RED, LocalDate.of(2021, 6, 1)));
        assertThat(StatusChange.refusal(history, Light.RED, Light.GREEN, LocalDate.of(2021, 6, 1), NOW)).isEmpty();
        assertThat(StatusChange.refusal(history, Light.RED, Light.GREEN, TODAY, NOW)).isEmpty();
        assertThat(StatusChange.refusal(List.<Change>of(), Light.RED, Light.GREEN, LocalDate.of(1999, 1, 1), NOW))
            .isEmpty();
    }

    @Test
    void refusesAMoveTheWorkflowDoesNotAllowWithBothStatusesAsLabels() {
        StatusRefusal refusal = StatusChange.refusal(List.<Change>of(), Light.GREEN, Light.RED, TODAY, NOW)
            .orElseThrow();
        assertThat(refusal.field()).isEqualTo("status");
        assertThat(refusal.code()).isEqualTo("status.notAllowed");
        assertThat(refusal.arguments()).extracting((argument) -> ((MessageSourceResolvable) argument).getCodes()[0])
            .containsExactly("light.GREEN", "light.RED");
        assertThat(StatusChange.refusal(List.<Change>of(), Light.RED, Light.RED, TODAY, NOW)).get()
            .extracting(StatusRefusal::code)
            .isEqualTo("status.notAllowed");
    }

    @Test
    void refusesADayAfterTodayInUtc() {
        assertThat(StatusChange.refusal(List.<Change>of(), Light.RED, Light.GREEN, TODAY.plusDays(1), NOW)).get()
            .satisfies((refusal) -> {
                assertThat(refusal.field()).isEqualTo("effectiveOn");
                assertThat(refusal.code()).isEqualTo("status.effectiveOn.future");
            });
    }

    @Test
    void refusesADayBeforeTheRecordsStartWithItsOwnMessage() {
        assertThat(StatusChange.refusal(List.<Change>of(), Light.RED, Light.GREEN, LocalDate.of(2021, 5, 31), NOW,
                LocalDate.of(2021, 6, 1), "light.beforeInstalled"))
            .get()
            .satisfies((refusal) -> {
                assertThat(refusal.field()).isEqualTo("effectiveOn");
                assertThat(refusal.code()).isEqualTo("light.beforeInstalled");
                assertThat(refusal.arguments()).containsExactly("2021-06-01");
            });
    }

    @Test
    void refusesADayBeforeTheCurrentStatusTookEffectSoThatTheHistoryReadsInOrder() {
        List<Change> history = List.of(new Change(null, Light.GREEN, LocalDate.of(2021, 5, 1)),
                new Change(Light.GREEN, Light.AMBER, LocalDate.of(2021, 6, 10)));
        assertThat(StatusChange.refusal(history, Light.AMBER, Light.RED, LocalDate.of(2021, 6, 9), NOW)).get()
            .satisfies((refusal) -> {
                assertThat(refusal.field()).isEqualTo("effectiveOn");
                assertThat(refusal.code()).isEqualTo("status.effectiveOn.beforeCurrent");
                assertThat(refusal.arguments()[0]).isEqualTo("2021-06-10");
            });
    }

    enum Light implements WorkflowStatus<Light> {

        RED, AMBER, GREEN;

        @Override
        public Set<Light> next() {
            return switch (this) {
                case RED -> EnumSet.of(GREEN);
                case GREEN -> EnumSet.of(AMBER);
                case AMBER -> EnumSet.of(RED);
            };
        }

        @Override
        public String labelKey() {
            return "light." + name();
        }

    }

    static class Change extends StatusChange<Light> {

        Change(Light from, Light to, LocalDate effectiveOn) {
            super(from, to, effectiveOn, "tester", null, NOW);
        }

    }

}
