package org.takedown.defendants;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.takedown.jurisdictions.Jurisdiction;

/** One jurisdiction asking another to surrender a defendant. */
@Entity
@Audited
public class ExtraditionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "defendant_id")
    private Defendant defendant;

    /** The case the request is made in, by id (cases are another module's aggregate), or {@code null}. */
    private Long caseId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requesting_jurisdiction_code")
    private Jurisdiction requestingJurisdiction;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requested_jurisdiction_code")
    private Jurisdiction requestedJurisdiction;

    private String legalBasis;

    @Enumerated(EnumType.STRING)
    private ExtraditionStatus status;

    private LocalDate requestedOn;

    private LocalDate hearingOn;

    private LocalDate decidedOn;

    private LocalDate surrenderedOn;

    private String note;

    @Version
    private long version;

    protected ExtraditionRequest() {
    }

    ExtraditionRequest(Defendant defendant, Long caseId, Jurisdiction requestingJurisdiction,
            Jurisdiction requestedJurisdiction, String legalBasis, LocalDate requestedOn) {
        this.defendant = defendant;
        this.caseId = caseId;
        this.requestingJurisdiction = requestingJurisdiction;
        this.requestedJurisdiction = requestedJurisdiction;
        this.legalBasis = legalBasis;
        this.requestedOn = requestedOn;
        this.status = ExtraditionStatus.REQUESTED;
    }

    public void record(ExtraditionStatus status, LocalDate hearingOn, LocalDate decidedOn, LocalDate surrenderedOn,
            String note) {
        this.status = status;
        this.hearingOn = hearingOn;
        this.decidedOn = decidedOn;
        this.surrenderedOn = surrenderedOn;
        this.note = note;
    }

    public Long getId() {
        return this.id;
    }

    public Defendant getDefendant() {
        return this.defendant;
    }

    public Long getCaseId() {
        return this.caseId;
    }

    public Jurisdiction getRequestingJurisdiction() {
        return this.requestingJurisdiction;
    }

    public Jurisdiction getRequestedJurisdiction() {
        return this.requestedJurisdiction;
    }

    public String getLegalBasis() {
        return this.legalBasis;
    }

    public ExtraditionStatus getStatus() {
        return this.status;
    }

    public LocalDate getRequestedOn() {
        return this.requestedOn;
    }

    public LocalDate getHearingOn() {
        return this.hearingOn;
    }

    public LocalDate getDecidedOn() {
        return this.decidedOn;
    }

    public LocalDate getSurrenderedOn() {
        return this.surrenderedOn;
    }

    public String getNote() {
        return this.note;
    }

    public long getVersion() {
        return this.version;
    }

}
