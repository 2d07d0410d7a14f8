package org.takedown.views;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A filter of one list that its owner saved under a name, for themselves or shared with everyone signed in. */
@Entity
@Audited
@Table(name = "saved_view")
class SavedView {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_key")
    private ViewList list;

    private String name;

    private String query;

    private boolean shared;

    private Instant createdAt;

    @Version
    private long version;

    protected SavedView() {
    }

    SavedView(String owner, ViewList list, String name, String query, boolean shared, Instant createdAt) {
        this.owner = owner;
        this.list = list;
        this.name = name;
        this.query = query;
        this.shared = shared;
        this.createdAt = createdAt;
    }

    void rename(String name) {
        this.name = name;
    }

    void share(boolean shared) {
        this.shared = shared;
    }

    /** Whether {@code username} may open it: its owner always, everyone else only when it is shared. */
    boolean visibleTo(String username) {
        return this.shared || this.owner.equals(username);
    }

    public Long getId() {
        return this.id;
    }

    public String getOwner() {
        return this.owner;
    }

    public ViewList getList() {
        return this.list;
    }

    public String getName() {
        return this.name;
    }

    public String getQuery() {
        return this.query;
    }

    public boolean isShared() {
        return this.shared;
    }

    public Instant getCreatedAt() {
        return this.createdAt;
    }

    public long getVersion() {
        return this.version;
    }

    /** The filter for people to read. */
    public String getFilterText() {
        return this.list.describe(this.query);
    }

    /** The list with this view's filter. */
    public String getHref() {
        return this.list.href(this.query);
    }

}
