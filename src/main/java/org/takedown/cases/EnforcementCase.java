package org.takedown.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.takedown.jurisdictions.Agency;

/** One enforcement operation against a piracy group, from the first lead to its close. */
@Entity
@Audited
public class EnforcementCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    private String title;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    private String summary;

    private String modusOperandi;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_agency_id")
    private Agency leadAgency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "prosecuting_office_id")
    private Agency prosecutingOffice;

    private LocalDate openedOn;

    private LocalDate closedOn;

    @CreationTimestamp
    private Instant createdAt;

    @UpdateTimestamp
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "enforcementCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt")
    private List<CaseStatusChange> statusChanges = new ArrayList<>();

    protected EnforcementCase() {
    }

    /** Opens a case under investigation; the opening is the first entry of its status history. */
    public EnforcementCase(String reference, String title, String summary, Agency leadAgency, LocalDate openedOn,
            String openedBy, Instant at) {
        this.reference = reference;
        this.title = title;
        this.summary = summary;
        this.leadAgency = leadAgency;
        this.openedOn = openedOn;
        this.status = CaseStatus.INVESTIGATION;
        this.statusChanges.add(new CaseStatusChange(this, null, CaseStatus.INVESTIGATION, at, openedBy, null));
    }

    /** Moves the case along its workflow and records who did it. */
    public void changeStatus(CaseStatus target, LocalDate closedOn, String changedBy, String note, Instant at) {
        if (!this.status.canMoveTo(target)) {
            throw new IllegalStateException("A case cannot move from " + this.status + " to " + target);
        }
        if (target == CaseStatus.CLOSED && (closedOn == null || closedOn.isBefore(this.openedOn))) {
            throw new IllegalArgumentException("A closed case needs a closing date on or after its opening date");
        }
        this.statusChanges.add(new CaseStatusChange(this, this.status, target, at, changedBy, note));
        this.status = target;
        this.closedOn = target == CaseStatus.CLOSED ? closedOn : null;
    }

    public void describe(String title, String summary, String modusOperandi) {
        this.title = title;
        this.summary = summary;
        this.modusOperandi = modusOperandi;
    }

    /** Corrects the opening date; a closed case cannot have been opened after it was closed. */
    public void changeOpenedOn(LocalDate openedOn) {
        if (this.closedOn != null && openedOn.isAfter(this.closedOn)) {
            throw new IllegalArgumentException("A case cannot be opened after it was closed");
        }
        this.openedOn = openedOn;
    }

    public void assignAgencies(Agency leadAgency, Agency prosecutingOffice) {
        this.leadAgency = leadAgency;
        this.prosecutingOffice = prosecutingOffice;
    }

    /** The case as other modules know it. */
    CaseRef toRef() {
        return new CaseRef(this.id, this.reference, this.title, this.openedOn);
    }

    public Long getId() {
        return this.id;
    }

    public String getReference() {
        return this.reference;
    }

    public String getTitle() {
        return this.title;
    }

    public CaseStatus getStatus() {
        return this.status;
    }

    public String getSummary() {
        return this.summary;
    }

    public String getModusOperandi() {
        return this.modusOperandi;
    }

    public Agency getLeadAgency() {
        return this.leadAgency;
    }

    public Agency getProsecutingOffice() {
        return this.prosecutingOffice;
    }

    public LocalDate getOpenedOn() {
        return this.openedOn;
    }

    public LocalDate getClosedOn() {
        return this.closedOn;
    }

    public Instant getCreatedAt() {
        return this.createdAt;
    }

    public Instant getUpdatedAt() {
        return this.updatedAt;
    }

    public long getVersion() {
        return this.version;
    }

    public List<CaseStatusChange> getStatusChanges() {
        return this.statusChanges;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EnforcementCase that && this.id != null && this.id.equals(that.getId());
    }

    @Override
    public int hashCode() {
        return EnforcementCase.class.hashCode();
    }

}
