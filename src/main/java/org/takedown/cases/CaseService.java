package org.takedown.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.Optional;

import org.takedown.audit.AuditEvent;
import org.takedown.audit.AuditLog;
import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.JurisdictionService;
import org.takedown.shared.ChangeStatus;
import org.takedown.shared.CurrentUser;
import org.takedown.shared.Keyset;
import org.takedown.shared.ListPage;
import org.takedown.shared.PagePosition;
import org.takedown.shared.RuleViolations;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes enforcement cases. */
@Service
@Transactional(readOnly = true)
public class CaseService {

    /** The unique index on the reference (V1). */
    private static final String UNIQUE_REFERENCE = "uq_case_reference";

    private final CaseRepository cases;

    private final CaseSummaryQueries summaries;

    private final CaseTimeline timeline;

    private final JurisdictionService jurisdictions;

    private final CurrentUser currentUser;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final AuditLog auditLog;

    CaseService(CaseRepository cases, CaseSummaryQueries summaries, CaseTimeline timeline,
            JurisdictionService jurisdictions, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events,
            AuditLog auditLog) {
        this.cases = cases;
        this.summaries = summaries;
        this.timeline = timeline;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.auditLog = auditLog;
    }

    /** A page of the case's timeline: the events after {@code after}, from the first when it is null. */
    CaseTimeline.CaseEvents timeline(Long caseId, CaseEventPosition after) {
        return this.timeline.page(caseId, after);
    }

    /**
     * One page of the case list at {@code position}, filtered in SQL, with its total; the counts of each row come
     * with it in the same statement.
     */
    ListPage<CaseSummary> list(CaseListQuery query, PagePosition position) {
        Keyset.Plan plan = CaseSummaryQueries.KEYS.plan(query.sort(), position);
        return position.page(this.summaries.find(query, plan), CaseSummaryQueries.KEYS, plan, query.sort(),
                this.summaries.total(query));
    }

    /** Every case of the query, in its order, to {@code sink}, one at a time (for the CSV export). */
    void export(CaseListQuery query, Consumer<? super CaseSummary> sink) {
        this.summaries.stream(query, sink);
    }

    /** The case with its agencies and status history loaded, for its page. */
    EnforcementCase get(Long id) {
        return this.cases.findWithAgenciesById(id).orElseThrow(() -> new CaseNotFoundException(id));
    }

    /** The case as other modules name it and check their dates against; an unknown id is a 404. */
    public CaseRef ref(Long id) {
        return this.cases.findRefById(id).orElseThrow(() -> new CaseNotFoundException(id));
    }

    /** The cases of these ids that exist, by id, in one statement (none for no ids): for pages that name several. */
    public Map<Long, CaseRef> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return this.cases.findRefsByIdIn(ids).stream().collect(Collectors.toMap(CaseRef::id, Function.identity()));
    }

    /** The next unused reference of the current year, e.g. {@code TKD-2026-0004}. */
    String suggestReference() {
        int year = LocalDate.now(this.clock).getYear();
        return "TKD-%d-%04d".formatted(year, this.cases.highestReferenceNumber(year) + 1);
    }

    /**
     * Opens a case; the opening is the first entry of its status history.
     * @return the new case's id; its version is 0
     * @throws RuleViolations when the reference is taken, an agency unknown or the opening in the future
     */
    @Transactional
    public Long open(OpenCase command) {
        RuleViolations.Collector violations = RuleViolations.collect();
        if (this.cases.existsByReference(command.reference())) {
            violations.reject("reference", "duplicate");
        }
        Agencies agencies = agencies(command.leadAgencyId(), command.prosecutingOfficeId(), violations);
        EnforcementCase.checkOpenedOn(command.openedOn(), LocalDate.now(this.clock), violations);
        violations.throwIfAny();
        EnforcementCase opened = new EnforcementCase(command.reference(), command.title(), command.summary(),
                agencies.lead(), command.openedOn(), this.currentUser.name(), this.clock.instant());
        opened.describe(command.title(), command.summary(), command.modusOperandi());
        opened.assignAgencies(agencies.lead(), agencies.prosecuting());
        try {
            return this.cases.saveAndFlush(opened).getId();
        }
        catch (DataIntegrityViolationException ex) {
            if (String.valueOf(ex.getMessage()).contains(UNIQUE_REFERENCE)) {
                // another user took the same reference between our check and our insert
                throw RuleViolations.of("reference", "duplicate");
            }
            throw ex;
        }
    }

    /**
     * Changes what the edit form shows, unless someone else saved the case since the form was filled.
     * @throws RuleViolations when an agency is unknown, or the opening date in the future, after the closing or after
     * the case's first raid or seizure
     */
    @Transactional
    void update(Long id, UpdateCase command) {
        EnforcementCase enforcementCase = this.cases.findById(id).orElseThrow(() -> new CaseNotFoundException(id));
        if (enforcementCase.getVersion() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(EnforcementCase.class, id);
        }
        enforcementCase.checkNotVoided();
        RuleViolations.Collector violations = RuleViolations.collect();
        Agencies agencies = agencies(command.leadAgencyId(), command.prosecutingOfficeId(), violations);
        LocalDate openedOn = command.openedOn();
        enforcementCase.checkNewOpenedOn(openedOn, LocalDate.now(this.clock), violations);
        LocalDate earliest = this.summaries.earliestActivity(id);
        if (earliest != null && openedOn.isAfter(earliest)) {
            violations.reject("openedOn", "case.openedOn.afterFirstActivity", earliest.toString());
        }
        Optional<LocalDate> firstStatusChange = enforcementCase.firstStatusChangeAfterOpening();
        if (openedOn != null && firstStatusChange.isPresent() && openedOn.isAfter(firstStatusChange.get())) {
            violations.reject("openedOn", "case.openedOn.afterStatusChange", firstStatusChange.get().toString());
        }
        violations.throwIfAny();
        enforcementCase.describe(command.title(), command.summary(), command.modusOperandi());
        enforcementCase.assignAgencies(agencies.lead(), agencies.prosecuting());
        enforcementCase.changeOpenedOn(openedOn);
        this.cases.flush();
    }

    /**
     * Moves the case along its workflow; the move is recorded in its status history.
     * @return the case's version after the move, for a caller that moves it again (the demo data does, in one go)
     * @throws RuleViolations when the workflow does not allow the move or the day is out of order
     */
    @Transactional
    public long changeStatus(Long id, ChangeStatus<CaseStatus> command) {
        EnforcementCase enforcementCase = this.cases.findById(id).orElseThrow(() -> new CaseNotFoundException(id));
        if (enforcementCase.getVersion() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(EnforcementCase.class, id);
        }
        enforcementCase.checkNotVoided();
        enforcementCase.changeStatus(command.status(), command.effectiveOn(), this.currentUser.name(),
                command.reason(), this.clock.instant());
        this.cases.flush();
        return enforcementCase.getVersion();
    }

    /**
     * Voids the case, unless someone saved it since the user saw it, and with it every record the modules below hold
     * of it ({@link CaseVoided}, in this transaction); the void is written to the audit log.
     * @throws RuleViolations when the case is voided already
     */
    @Transactional
    void voidCase(Long id, String reason, long version) {
        EnforcementCase enforcementCase = this.cases.findById(id).orElseThrow(() -> new CaseNotFoundException(id));
        if (enforcementCase.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(EnforcementCase.class, id);
        }
        String by = this.currentUser.name();
        enforcementCase.voidFor(reason, by, this.clock.instant());
        this.cases.flush();
        this.events.publishEvent(new CaseVoided(id, reason, by, enforcementCase.getVoidedAt()));
        this.auditLog.record(AuditEvent.RECORD_VOIDED, by, "cases/" + id);
    }

    /**
     * Restores a voided case and what was voided with it ({@link CaseRestored}); written to the audit log.
     * @throws RuleViolations when the case is not voided, or a record voided with it can no longer come back
     */
    @Transactional
    void restore(Long id, long version) {
        EnforcementCase enforcementCase = this.cases.findById(id).orElseThrow(() -> new CaseNotFoundException(id));
        if (enforcementCase.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(EnforcementCase.class, id);
        }
        enforcementCase.restore();
        this.cases.flush();
        this.events.publishEvent(new CaseRestored(id));
        this.auditLog.record(AuditEvent.RECORD_RESTORED, this.currentUser.name(), "cases/" + id);
    }

    /** The case's agencies, which must exist. */
    private Agencies agencies(Long leadAgencyId, Long prosecutingOfficeId, RuleViolations.Collector violations) {
        List<Agency> all = this.jurisdictions.agencies();
        Optional<Agency> lead = find(all, leadAgencyId);
        if (lead.isEmpty()) {
            violations.reject("leadAgencyId", "case.agency.unknown");
        }
        Optional<Agency> prosecuting = find(all, prosecutingOfficeId);
        if (prosecutingOfficeId != null && prosecuting.isEmpty()) {
            violations.reject("prosecutingOfficeId", "case.agency.unknown");
        }
        return new Agencies(lead.orElse(null), prosecuting.orElse(null));
    }

    private static Optional<Agency> find(List<Agency> agencies, Long id) {
        return agencies.stream().filter((agency) -> Objects.equals(agency.getId(), id)).findFirst();
    }

    private record Agencies(Agency lead, Agency prosecuting) {
    }

}
