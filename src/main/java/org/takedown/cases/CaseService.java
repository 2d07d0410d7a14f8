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

import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.JurisdictionService;
import org.takedown.shared.ChangeStatus;
import org.takedown.shared.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes enforcement cases. */
@Service
@Transactional(readOnly = true)
public class CaseService {

    private final CaseRepository cases;

    private final CaseSummaryQueries summaries;

    private final JurisdictionService jurisdictions;

    private final CurrentUser currentUser;

    private final Clock clock;

    CaseService(CaseRepository cases, CaseSummaryQueries summaries, JurisdictionService jurisdictions,
            CurrentUser currentUser, Clock clock) {
        this.cases = cases;
        this.summaries = summaries;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of the case list, filtered in SQL; the counts of each row come with it in the same statement. */
    Page<CaseSummary> list(CaseListQuery query, Pageable pageable) {
        return this.summaries.find(query, pageable);
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

    /** Opens a case; the opening is the first entry of its status history. */
    @Transactional
    Long create(NewCaseForm form) {
        CaseRuleViolations.Collector violations = new CaseRuleViolations.Collector();
        if (this.cases.existsByReference(form.getReference())) {
            violations.reject("reference", "duplicate");
        }
        Agencies agencies = agencies(form, violations);
        rejectFutureOpening(form, violations);
        violations.throwIfAny();
        EnforcementCase opened = new EnforcementCase(form.getReference(), form.getTitle().strip(),
                form.getSummary().strip(), agencies.lead(), form.getOpenedOn(), this.currentUser.name(),
                this.clock.instant());
        opened.describe(form.getTitle().strip(), form.getSummary().strip(),
                CaseForm.blankToNull(form.getModusOperandi()));
        opened.assignAgencies(agencies.lead(), agencies.prosecuting());
        return this.cases.saveAndFlush(opened).getId();
    }

    /** Changes what the edit form shows, unless someone else saved the case since the form was filled. */
    @Transactional
    void update(Long id, CaseForm form) {
        EnforcementCase enforcementCase = this.cases.findById(id).orElseThrow(() -> new CaseNotFoundException(id));
        if (enforcementCase.getVersion() != form.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(EnforcementCase.class, id);
        }
        CaseRuleViolations.Collector violations = new CaseRuleViolations.Collector();
        Agencies agencies = agencies(form, violations);
        rejectFutureOpening(form, violations);
        LocalDate openedOn = form.getOpenedOn();
        if (openedOn != null && enforcementCase.getClosedOn() != null
                && openedOn.isAfter(enforcementCase.getClosedOn())) {
            violations.reject("openedOn", "case.openedOn.afterClosing", enforcementCase.getClosedOn().toString());
        }
        LocalDate earliest = this.cases.earliestActivity(id);
        if (openedOn != null && earliest != null && openedOn.isAfter(earliest)) {
            violations.reject("openedOn", "case.openedOn.afterFirstActivity", earliest.toString());
        }
        Optional<LocalDate> firstStatusChange = enforcementCase.firstStatusChangeAfterOpening();
        if (openedOn != null && firstStatusChange.isPresent() && openedOn.isAfter(firstStatusChange.get())) {
            violations.reject("openedOn", "case.openedOn.afterStatusChange", firstStatusChange.get().toString());
        }
        violations.throwIfAny();
        enforcementCase.describe(form.getTitle().strip(), form.getSummary().strip(),
                CaseForm.blankToNull(form.getModusOperandi()));
        enforcementCase.assignAgencies(agencies.lead(), agencies.prosecuting());
        enforcementCase.changeOpenedOn(openedOn);
        this.cases.flush();
    }

    /** Moves the case along its workflow; the move is recorded in its status history. */
    @Transactional
    void changeStatus(Long id, ChangeStatus<CaseStatus> command) {
        EnforcementCase enforcementCase = this.cases.findById(id).orElseThrow(() -> new CaseNotFoundException(id));
        if (enforcementCase.getVersion() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(EnforcementCase.class, id);
        }
        enforcementCase.changeStatus(command.status(), command.effectiveOn(), this.currentUser.name(),
                command.reason(), this.clock.instant());
        this.cases.flush();
    }

    private void rejectFutureOpening(CaseForm form, CaseRuleViolations.Collector violations) {
        if (form.getOpenedOn() != null && form.getOpenedOn().isAfter(LocalDate.now(this.clock))) {
            violations.reject("openedOn", "case.openedOn.future");
        }
    }

    private Agencies agencies(CaseForm form, CaseRuleViolations.Collector violations) {
        List<Agency> all = this.jurisdictions.agencies();
        Optional<Agency> lead = find(all, form.getLeadAgencyId());
        if (lead.isEmpty()) {
            violations.reject("leadAgencyId", "case.agency.unknown");
        }
        Optional<Agency> prosecuting = find(all, form.getProsecutingOfficeId());
        if (form.getProsecutingOfficeId() != null && prosecuting.isEmpty()) {
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
