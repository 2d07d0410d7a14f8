package org.takedown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.takedown.cases.CaseStatus;
import org.takedown.defendants.ExtraditionStatus;
import org.takedown.defendants.LegalStatus;
import org.takedown.raids.RaidStatus;
import org.takedown.raids.ServerStatus;
import org.takedown.shared.WorkflowStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflow of each status enum, as docs/architecture.md describes it: where each status may go, which are final,
 * and that every status can be reached from where a record starts and is labelled under its enum's one prefix.
 */
class WorkflowStatusTests {

    @Test
    void caseWorkflow() {
        assertThat(workflow(CaseStatus.class)).containsExactly(
                Map.entry(CaseStatus.INVESTIGATION, Set.of(CaseStatus.OPERATIONAL, CaseStatus.PROSECUTION,
                        CaseStatus.SUSPENDED, CaseStatus.CLOSED)),
                Map.entry(CaseStatus.OPERATIONAL, Set.of(CaseStatus.INVESTIGATION, CaseStatus.PROSECUTION,
                        CaseStatus.SUSPENDED, CaseStatus.CLOSED)),
                Map.entry(CaseStatus.PROSECUTION, Set.of(CaseStatus.OPERATIONAL, CaseStatus.SUSPENDED,
                        CaseStatus.CLOSED)),
                Map.entry(CaseStatus.SUSPENDED, Set.of(CaseStatus.INVESTIGATION, CaseStatus.OPERATIONAL,
                        CaseStatus.PROSECUTION, CaseStatus.CLOSED)),
                Map.entry(CaseStatus.CLOSED, Set.of(CaseStatus.INVESTIGATION)));
        assertReachableFrom(CaseStatus.class, CaseStatus.INVESTIGATION);
    }

    @Test
    void raidWorkflow() {
        assertThat(workflow(RaidStatus.class)).containsExactly(
                Map.entry(RaidStatus.PLANNED, Set.of(RaidStatus.UNDER_WAY, RaidStatus.COMPLETED, RaidStatus.ABORTED)),
                Map.entry(RaidStatus.UNDER_WAY, Set.of(RaidStatus.COMPLETED, RaidStatus.ABORTED)),
                Map.entry(RaidStatus.COMPLETED, Set.of()),
                Map.entry(RaidStatus.ABORTED, Set.of(RaidStatus.PLANNED)));
        assertReachableFrom(RaidStatus.class, RaidStatus.PLANNED);
        assertThat(EnumSet.allOf(RaidStatus.class).stream().filter(RaidStatus::hasBegun))
            .containsExactly(RaidStatus.UNDER_WAY, RaidStatus.COMPLETED);
    }

    @Test
    void serverWorkflow() {
        assertThat(workflow(ServerStatus.class)).containsExactly(
                Map.entry(ServerStatus.IDENTIFIED, Set.of(ServerStatus.SEIZED, ServerStatus.OFFLINE)),
                Map.entry(ServerStatus.SEIZED, Set.of(ServerStatus.IMAGED, ServerStatus.OFFLINE,
                        ServerStatus.RETURNED)),
                Map.entry(ServerStatus.IMAGED, Set.of(ServerStatus.OFFLINE, ServerStatus.RETURNED)),
                Map.entry(ServerStatus.OFFLINE, Set.of(ServerStatus.SEIZED, ServerStatus.RETURNED,
                        ServerStatus.REAPPEARED)),
                Map.entry(ServerStatus.RETURNED, Set.of(ServerStatus.REAPPEARED)),
                Map.entry(ServerStatus.REAPPEARED, Set.of(ServerStatus.SEIZED, ServerStatus.OFFLINE)));
        assertReachableFrom(ServerStatus.class, ServerStatus.IDENTIFIED);
    }

    @Test
    void legalStatusWorkflow() {
        Map<LegalStatus, Set<LegalStatus>> workflow = workflow(LegalStatus.class);
        assertThat(workflow.get(LegalStatus.AT_LARGE)).containsExactlyInAnyOrder(LegalStatus.WANTED,
                LegalStatus.ARRESTED, LegalStatus.CHARGED, LegalStatus.DISMISSED);
        assertThat(workflow.get(LegalStatus.ARRESTED)).contains(LegalStatus.IN_CUSTODY, LegalStatus.ON_BAIL,
                LegalStatus.EXTRADITION_REQUESTED, LegalStatus.CHARGED);
        assertThat(workflow.get(LegalStatus.EXTRADITION_REQUESTED)).contains(LegalStatus.EXTRADITED);
        assertThat(workflow.get(LegalStatus.CONVICTED)).containsExactly(LegalStatus.ACQUITTED);
        assertThat(workflow.get(LegalStatus.ACQUITTED)).isEmpty();
        assertThat(workflow.get(LegalStatus.DISMISSED)).containsExactlyInAnyOrder(LegalStatus.WANTED,
                LegalStatus.CHARGED);
        // nobody is convicted, acquitted or extradited before being held or charged
        workflow.forEach((from, next) -> {
            if (from == LegalStatus.AT_LARGE || from == LegalStatus.WANTED) {
                assertThat(next).as(from.name())
                    .doesNotContain(LegalStatus.CONVICTED, LegalStatus.ACQUITTED, LegalStatus.EXTRADITED);
            }
        });
        assertReachableFrom(LegalStatus.class, LegalStatus.AT_LARGE);
    }

    @Test
    void extraditionWorkflow() {
        assertThat(workflow(ExtraditionStatus.class)).containsExactly(
                Map.entry(ExtraditionStatus.REQUESTED, Set.of(ExtraditionStatus.HEARING, ExtraditionStatus.GRANTED,
                        ExtraditionStatus.REFUSED, ExtraditionStatus.WITHDRAWN)),
                Map.entry(ExtraditionStatus.HEARING, Set.of(ExtraditionStatus.GRANTED, ExtraditionStatus.REFUSED,
                        ExtraditionStatus.WITHDRAWN)),
                Map.entry(ExtraditionStatus.GRANTED, Set.of(ExtraditionStatus.SURRENDERED,
                        ExtraditionStatus.WITHDRAWN)),
                Map.entry(ExtraditionStatus.REFUSED, Set.of(ExtraditionStatus.HEARING, ExtraditionStatus.WITHDRAWN)),
                Map.entry(ExtraditionStatus.SURRENDERED, Set.of()),
                Map.entry(ExtraditionStatus.WITHDRAWN, Set.of()));
        assertReachableFrom(ExtraditionStatus.class, ExtraditionStatus.REQUESTED);
    }

    @Test
    void noStatusMovesToItselfAndEachIsLabelledUnderItsEnumsPrefix() {
        for (Class<? extends Enum<?>> type : List.of(CaseStatus.class, RaidStatus.class, ServerStatus.class,
                LegalStatus.class, ExtraditionStatus.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                WorkflowStatus<?> status = (WorkflowStatus<?>) constant;
                assertThat(status.next().contains(constant)).as(constant.name()).isFalse();
                assertThat(status.labelKey()).isEqualTo(EnumLabelTests.PREFIXES.get(type) + "." + constant.name());
            }
        }
    }

    private static <S extends Enum<S> & WorkflowStatus<S>> Map<S, Set<S>> workflow(Class<S> type) {
        Map<S, Set<S>> workflow = new LinkedHashMap<>();
        for (S status : type.getEnumConstants()) {
            workflow.put(status, status.next());
        }
        return workflow;
    }

    /** Every status can be reached from {@code start}: none is dead. */
    private static <S extends Enum<S> & WorkflowStatus<S>> void assertReachableFrom(Class<S> type, S start) {
        Set<S> reached = EnumSet.of(start);
        Deque<S> open = new ArrayDeque<>(reached);
        while (!open.isEmpty()) {
            for (S next : open.pop().next()) {
                if (reached.add(next)) {
                    open.push(next);
                }
            }
        }
        assertThat(reached).isEqualTo(EnumSet.allOf(type));
    }

}
