package org.takedown.defendants;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.takedown.audit.AuditEvent;
import org.takedown.audit.AuditLog;
import org.takedown.cases.CaseRef;
import org.takedown.cases.CaseService;
import org.takedown.jurisdictions.Jurisdiction;
import org.takedown.jurisdictions.JurisdictionService;
import org.takedown.shared.ChangeStatus;
import org.takedown.shared.CurrentUser;
import org.takedown.shared.Keyset;
import org.takedown.shared.ListPage;
import org.takedown.shared.PagePosition;
import org.takedown.shared.RuleViolations;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes defendants, their aliases, charges and extradition requests. */
@Service
@Transactional(readOnly = true)
public class DefendantService {

    private final DefendantRepository defendants;

    private final DefendantSearch search;

    private final JurisdictionService jurisdictions;

    private final CaseService cases;

    private final EntityManager entityManager;

    private final CurrentUser currentUser;

    private final Clock clock;

    private final AuditLog auditLog;

    DefendantService(DefendantRepository defendants, DefendantSearch search, JurisdictionService jurisdictions,
            CaseService cases, EntityManager entityManager, CurrentUser currentUser, Clock clock, AuditLog auditLog) {
        this.auditLog = auditLog;
        this.defendants = defendants;
        this.search = search;
        this.jurisdictions = jurisdictions;
        this.cases = cases;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of the defendant list at {@code position}, filtered and ordered in the database, with its total. */
    ListPage<DefendantRow> list(DefendantListQuery query, PagePosition position) {
        Keyset.Plan plan = DefendantSearch.KEYS.plan(query.sort(), position);
        return position.page(this.search.find(query, plan), DefendantSearch.KEYS, plan, query.sort(),
                this.search.total(query));
    }

    /** Every defendant of the query, in its order, to {@code sink}, one at a time (for the CSV export). */
    void export(DefendantListQuery query, Consumer<? super DefendantRow> sink) {
        this.search.stream(query, sink);
    }

    /**
     * The case the list is filtered by, as its case filter shows it; the filter loads other cases as the user types
     * ({@code GET /cases/options}): ten thousand cases made a select of a megabyte.
     */
    Optional<CaseOption> filterCase(Long caseId) {
        return caseId == null ? Optional.empty() : this.defendants.findCaseOption(caseId);
    }

    /**
     * The defendant with everything the detail page shows: nationality, custody, case links, aliases, charges,
     * extradition requests with their jurisdictions, and the legal-status history. A fixed number of queries,
     * however long each list is.
     */
    Defendant get(Long id) {
        Defendant defendant = withCases(id);
        this.defendants.fetchAliases(id);
        this.defendants.fetchCharges(id);
        this.defendants.fetchExtraditionRequests(id);
        this.defendants.fetchStatusChanges(id);
        return defendant;
    }

    /** The defendant with nationality, custody and case links, for the form pages. */
    Defendant withCases(Long id) {
        return this.defendants.findWithCasesById(id).orElseThrow(() -> new DefendantNotFoundException(id));
    }

    /**
     * The cases a page about the defendant names, by id, in one statement: the defendant's own cases and the cases of
     * {@code others} (the charges and requests it shows; null ids ignored).
     */
    Map<Long, CaseRef> casesNamed(Defendant defendant, Stream<Long> others) {
        Set<Long> ids = new LinkedHashSet<>();
        defendant.getCaseLinks().forEach((link) -> ids.add(link.getCaseId()));
        others.filter(Objects::nonNull).forEach(ids::add);
        return this.cases.refs(ids);
    }

    /**
     * The records that may be the same person as {@code fullName}: a name or alias similar to it by the search box's
     * fuzzy matching (pg_trgm), merged records left out, the closest first; {@code excluded} (a record's own id) too.
     */
    List<LikelyMatch> likelyMatches(String fullName, Long excluded) {
        return this.search.likelyMatches(fullName, excluded);
    }

    /** A case by id, for the page that creates a defendant in it (an unknown id is a 404). */
    CaseRef caseRef(Long caseId) {
        return this.cases.ref(caseId);
    }

    /** The records merged into this one, in the order they were merged. */
    List<MergedRecord> mergedInto(Long id) {
        return this.defendants.findMergedInto(id);
    }

    /** The defendants of a case with their role in it, nationality, custody and aliases, in one statement. */
    List<CaseDefendant> defendantsOfCase(Long caseId) {
        return this.defendants.findLinksOfCase(caseId);
    }

    Charge charge(Long defendantId, Long chargeId) {
        withCases(defendantId);
        return this.defendants.findCharge(defendantId, chargeId)
            .orElseThrow(() -> new ChargeNotFoundException(chargeId));
    }

    ExtraditionRequest extraditionRequest(Long defendantId, Long requestId) {
        withCases(defendantId);
        return this.defendants.findExtraditionRequest(defendantId, requestId)
            .orElseThrow(() -> new ExtraditionRequestNotFoundException(requestId));
    }

    /** The extradition request with its jurisdictions, case and status history, for its page. */
    ExtraditionRequest extraditionRequestWithHistory(Long defendantId, Long requestId) {
        ExtraditionRequest request = extraditionRequest(defendantId, requestId);
        this.defendants.fetchExtraditionStatusChanges(requestId);
        return request;
    }

    /**
     * Records a defendant, in no case yet (see {@link #linkToCase}); the first legal status is the first entry of the
     * status history.
     * @return the new defendant's id; its version is 0
     * @throws RuleViolations when the nationality or the custody is unknown, the birth not before the arrest, or the
     * status as of a day in the future
     */
    @Transactional
    public Long add(NewDefendant command) {
        RuleViolations.Collector violations = RuleViolations.collect();
        Jurisdiction nationality = nationality(command.nationality(), violations);
        Jurisdiction custody = custody(command.custodyJurisdiction(), violations);
        Defendant.checkIdentity(command.dateOfBirth(), command.arrestedOn(), violations);
        if (command.statusSince().isAfter(LocalDate.now(this.clock))) {
            violations.reject("statusSince", "status.effectiveOn.future");
        }
        violations.throwIfAny();
        Defendant defendant = new Defendant(command.fullName(), nationality, command.dateOfBirth(),
                command.legalStatus(), command.statusSince(), this.currentUser.name(), this.clock.instant());
        defendant.recordArrest(command.arrestedOn(), command.arrestPlace(), custody);
        return this.defendants.saveAndFlush(defendant).getId();
    }

    /**
     * Places the defendant in a case, in a role, since a day; a person has one role in a case.
     * @throws RuleViolations when the case is unknown or the defendant's already, or the day in the future or before
     * the case was opened
     */
    @Transactional
    public void linkToCase(Long id, LinkToCase command) {
        Defendant defendant = withCases(id);
        RuleViolations.Collector violations = RuleViolations.collect();
        CaseRef enforcementCase = command.caseId() != null ? this.cases.refs(Set.of(command.caseId()))
            .get(command.caseId()) : null;
        if (defendant.isMerged()) {
            violations.reject("defendantId", "defendant.merge.isMerged");
        }
        if (enforcementCase == null) {
            violations.reject("caseId", "defendant.case.unknown");
        }
        else if (enforcementCase.voided()) {
            violations.reject("caseId", "case.voided");
        }
        else if (defendant.isInCase(command.caseId())) {
            violations.reject("caseId", "defendant.case.alreadyLinked");
        }
        if (command.since().isAfter(LocalDate.now(this.clock))) {
            violations.reject("since", "defendant.case.sinceInFuture");
        }
        else if (enforcementCase != null && command.since().isBefore(enforcementCase.openedOn())) {
            violations.reject("since", "defendant.case.sinceBeforeOpened", enforcementCase.openedOn().toString());
        }
        violations.throwIfAny();
        defendant.addToCase(command.caseId(), command.role(), command.since());
        this.entityManager.flush();
    }

    /**
     * Records a defendant and places them in a case at once (both or neither).
     * @return the new defendant's id
     * @throws RuleViolations as {@link #add} and {@link #linkToCase} do
     */
    @Transactional
    Long addToCase(NewDefendant command, LinkToCase link) {
        Long id = add(command);
        linkToCase(id, link);
        return id;
    }

    /**
     * Takes the defendant out of a case: the link is voided with the reason, never deleted, and leaves the case's
     * section, its counts, the lists, the exports and the published views, while its history keeps it.
     * @throws RuleViolations when the defendant still has charges or extradition requests in the case (they would be
     * left in no case)
     * @throws CaseLinkNotFoundException when the defendant is not in the case
     */
    @Transactional
    void unlinkFromCase(Long id, Long caseId, String reason, long version) {
        Defendant defendant = withCases(id);
        checkVersion(Defendant.class, id, defendant.getVersion(), version);
        if (!defendant.isInCase(caseId)) {
            throw new CaseLinkNotFoundException(caseId);
        }
        this.defendants.fetchCharges(id);
        this.defendants.fetchExtraditionRequests(id);
        RuleViolations.Collector violations = RuleViolations.collect();
        if (defendant.getActiveCharges().stream().anyMatch((charge) -> Objects.equals(charge.getCaseId(), caseId))) {
            violations.reject("reason", "defendant.unlink.charged");
        }
        if (defendant.getActiveExtraditionRequests()
            .stream()
            .anyMatch((request) -> Objects.equals(request.getCaseId(), caseId))) {
            violations.reject("reason", "defendant.unlink.extradition");
        }
        violations.throwIfAny();
        defendant.removeFromCase(caseId, reason, this.currentUser.name(), this.clock.instant());
        this.entityManager.lock(defendant, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        this.entityManager.flush();
    }

    /**
     * Merges the record {@code mergedId} into {@code survivorId}, the same person (see {@link Defendant#mergeInto}),
     * unless either was saved meanwhile; the merge is written to the audit log, and Envers records every moved row.
     * @throws RuleViolations when the two are one record, or either was merged already
     */
    @Transactional
    void merge(Long survivorId, Long mergedId, long survivorVersion, long mergedVersion) {
        Defendant survivor = get(survivorId);
        RuleViolations.Collector violations = RuleViolations.collect();
        if (survivorId.equals(mergedId)) {
            violations.reject("mergedId", "defendant.merge.itself");
            violations.throwIfAny();
        }
        Defendant merged = get(mergedId);
        if (survivor.isMerged() || merged.isMerged()) {
            violations.reject("mergedId", "defendant.merge.alreadyMerged");
        }
        violations.throwIfAny();
        checkVersion(Defendant.class, survivorId, survivor.getVersion(), survivorVersion);
        checkVersion(Defendant.class, mergedId, merged.getVersion(), mergedVersion);
        merged.mergeInto(survivor, this.currentUser.name(), this.clock.instant());
        this.entityManager.lock(survivor, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        this.entityManager.flush();
        this.auditLog.record(AuditEvent.DEFENDANTS_MERGED, this.currentUser.name(),
                "defendant %d (%s) merged into defendant %d (%s)".formatted(mergedId, merged.getFullName(),
                        survivorId, survivor.getFullName()));
    }

    /**
     * Corrects who the defendant is and where they are held, unless someone else saved the defendant meanwhile.
     * @throws RuleViolations when the nationality or the custody is unknown, or the birth not before the arrest
     */
    @Transactional
    void update(Long id, UpdateDefendant command) {
        Defendant defendant = withCases(id);
        defendant.checkNotMerged();
        checkVersion(Defendant.class, id, defendant.getVersion(), command.version());
        RuleViolations.Collector violations = RuleViolations.collect();
        Jurisdiction nationality = nationality(command.nationality(), violations);
        Jurisdiction custody = custody(command.custodyJurisdiction(), violations);
        Defendant.checkIdentity(command.dateOfBirth(), command.arrestedOn(), violations);
        violations.throwIfAny();
        defendant.describe(command.fullName(), nationality, command.dateOfBirth());
        defendant.recordArrest(command.arrestedOn(), command.arrestPlace(), custody);
    }

    /**
     * Moves the defendant to another legal status (refused: {@link RuleViolations}).
     * @return the defendant's version after the move, for a caller that moves it again (the demo data does, in one go)
     */
    @Transactional
    public long changeLegalStatus(Long id, ChangeStatus<LegalStatus> command) {
        Defendant defendant = this.defendants.fetchStatusChanges(id)
            .orElseThrow(() -> new DefendantNotFoundException(id));
        defendant.checkNotMerged();
        checkVersion(Defendant.class, id, defendant.getVersion(), command.version());
        defendant.changeLegalStatus(command.status(), command.effectiveOn(), this.currentUser.name(),
                command.reason(), this.clock.instant());
        this.entityManager.flush();
        return defendant.getVersion();
    }

    /** @throws RuleViolations when the defendant has the alias already */
    @Transactional
    public void addAlias(Long id, AddAlias command) {
        Defendant defendant = this.defendants.fetchAliases(id).orElseThrow(() -> new DefendantNotFoundException(id));
        defendant.checkNotMerged();
        RuleViolations.Collector violations = RuleViolations.collect();
        defendant.checkNewAlias(command.alias(), violations);
        violations.throwIfAny();
        defendant.addAlias(command.alias(), command.source(), command.confidence());
    }

    @Transactional
    void removeAlias(Long id, Long aliasId) {
        Defendant defendant = this.defendants.fetchAliases(id).orElseThrow(() -> new DefendantNotFoundException(id));
        if (!defendant.removeAlias(aliasId)) {
            throw new AliasNotFoundException(aliasId);
        }
    }

    /**
     * Adds a charge in one of the defendant's cases; returns the new charge's id.
     * @throws RuleViolations when the case is not one of the defendant's or the charge filed before it was opened
     */
    @Transactional
    public Long addCharge(Long id, ChargeDefendant command) {
        Defendant defendant = withCases(id);
        defendant.checkNotMerged();
        RuleViolations.Collector violations = RuleViolations.collect();
        defendant.checkOwnCase(command.caseId(), violations);
        if (!violations.hasViolation("caseId")) {
            checkFiledDate(command.caseId(), command.filedOn(), violations);
        }
        violations.throwIfAny();
        Charge charge = defendant.charge(command.caseId(), command.statute(), command.description(),
                command.counts(), command.filedOn());
        charge.update(command.statute(), command.description(), command.counts(), command.filedOn(),
                command.disposition());
        this.entityManager.flush();
        return charge.getId();
    }

    /** @throws RuleViolations when the charge would be filed before its case was opened */
    @Transactional
    void updateCharge(Long id, Long chargeId, UpdateCharge command) {
        Charge charge = charge(id, chargeId);
        checkVersion(Charge.class, chargeId, charge.getVersion(), command.version());
        charge.checkNotVoided();
        RuleViolations.Collector violations = RuleViolations.collect();
        checkFiledDate(charge.getCaseId(), command.filedOn(), violations);
        violations.throwIfAny();
        charge.update(command.statute(), command.description(), command.counts(), command.filedOn(),
                command.disposition());
    }

    /**
     * Records an extradition request; returns its id.
     * @throws RuleViolations when the case is not one of the defendant's, or a jurisdiction unknown or asking itself
     */
    @Transactional
    public Long requestExtradition(Long id, RequestExtradition command) {
        Defendant defendant = withCases(id);
        defendant.checkNotMerged();
        RuleViolations.Collector violations = RuleViolations.collect();
        if (command.caseId() != null) {
            defendant.checkOwnCase(command.caseId(), violations);
        }
        Jurisdiction requesting = jurisdiction(command.requestingJurisdiction());
        if (requesting == null) {
            violations.reject("requestingJurisdiction", "defendant.jurisdiction.unknown");
        }
        Jurisdiction requested = jurisdiction(command.requestedJurisdiction());
        if (requested == null) {
            violations.reject("requestedJurisdiction", "defendant.jurisdiction.unknown");
        }
        ExtraditionRequest.checkJurisdictions(requesting, requested, violations);
        violations.throwIfAny();
        ExtraditionRequest request = defendant.requestExtradition(command.caseId(), requesting, requested,
                command.legalBasis(), command.requestedOn(), this.currentUser.name(), this.clock.instant());
        this.entityManager.flush();
        return request.getId();
    }

    @Transactional
    void updateExtraditionRequest(Long id, Long requestId, RecordExtraditionDates command) {
        ExtraditionRequest request = extraditionRequest(id, requestId);
        checkVersion(ExtraditionRequest.class, requestId, request.getVersion(), command.version());
        request.checkNotVoided();
        RuleViolations.Collector violations = RuleViolations.collect();
        LocalDate requestedOn = request.getRequestedOn();
        if (command.hearingOn() != null && command.hearingOn().isBefore(requestedOn)) {
            violations.reject("hearingOn", "defendant.extradition.beforeRequested");
        }
        if (command.decidedOn() != null && command.decidedOn().isBefore(requestedOn)) {
            violations.reject("decidedOn", "defendant.extradition.beforeRequested");
        }
        if (command.surrenderedOn() != null && command.surrenderedOn().isBefore(requestedOn)) {
            violations.reject("surrenderedOn", "defendant.extradition.beforeRequested");
        }
        violations.throwIfAny();
        request.record(command.hearingOn(), command.decidedOn(), command.surrenderedOn(), command.note());
    }

    /** Moves an extradition request along its course (refused: {@link RuleViolations}). */
    @Transactional
    void changeExtraditionStatus(Long id, Long requestId, ChangeStatus<ExtraditionStatus> command) {
        ExtraditionRequest request = extraditionRequestWithHistory(id, requestId);
        checkVersion(ExtraditionRequest.class, requestId, request.getVersion(), command.version());
        request.checkNotVoided();
        request.changeStatus(command.status(), command.effectiveOn(), this.currentUser.name(), command.reason(),
                this.clock.instant());
        this.entityManager.flush();
    }

    /** A charge cannot be filed before its case was opened. */
    private void checkFiledDate(Long caseId, LocalDate filedOn, RuleViolations.Collector violations) {
        if (filedOn != null && filedOn.isBefore(this.cases.ref(caseId).openedOn())) {
            violations.reject("filedOn", "defendant.charge.filedBeforeCaseOpened");
        }
    }

    /** The country of this code ({@code null}: none); an unknown one is a broken rule. */
    private Jurisdiction nationality(String code, RuleViolations.Collector violations) {
        if (code == null) {
            return null;
        }
        Jurisdiction nationality = this.jurisdictions.country(code)
            .map((country) -> this.entityManager.getReference(Jurisdiction.class, country.code()))
            .orElse(null);
        if (nationality == null) {
            violations.reject("nationality", "defendant.nationality.unknown");
        }
        return nationality;
    }

    /** The jurisdiction of this code that holds the defendant ({@code null}: none); an unknown one is a broken rule. */
    private Jurisdiction custody(String code, RuleViolations.Collector violations) {
        if (code == null) {
            return null;
        }
        Jurisdiction custody = jurisdiction(code);
        if (custody == null) {
            violations.reject("custodyJurisdiction", "defendant.jurisdiction.unknown");
        }
        return custody;
    }

    /** The jurisdiction with this code (any kind), or {@code null}; never throws, so the transaction stays usable. */
    private Jurisdiction jurisdiction(String code) {
        if (code == null) {
            return null;
        }
        return this.entityManager.find(Jurisdiction.class, code.toUpperCase(Locale.ROOT));
    }

    private static void checkVersion(Class<?> type, Long id, long current, long submitted) {
        if (current != submitted) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

}
