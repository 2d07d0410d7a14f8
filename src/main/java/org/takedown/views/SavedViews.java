package org.takedown.views;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.takedown.shared.RuleViolations;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved views: named filters of the lists, each owned by one user, who may share it with everyone signed in. Only its
 * owner can change or delete a view; a view someone else keeps private is, for everyone but its owner, not there.
 */
@Service
public class SavedViews {

    /** The most views one menu lists (own first); the manage page has them all. */
    static final int MENU_LIMIT = 100;

    /** The unique index on owner, list and lower(name) (V90). */
    private static final String UNIQUE_NAME = "uq_saved_view_owner_list_name";

    private final SavedViewRepository views;

    private final JdbcClient jdbc;

    private final Clock clock;

    SavedViews(SavedViewRepository views, JdbcClient jdbc, Clock clock) {
        this.views = views;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The Views menu of a list for a user, in one statement (and no transaction around it). */
    ViewsMenu menu(ViewList list, String username, String currentQuery) {
        List<SavedViewLink> mine = new ArrayList<>();
        List<SavedViewLink> shared = new ArrayList<>();
        this.jdbc.sql("""
                select id, name, owner, shared, query from saved_view
                where list_key = :list and (owner = :user or shared)
                order by owner = :user desc, lower(name), id
                limit :limit""")
            .param("list", list.name())
            .param("user", username)
            .param("limit", MENU_LIMIT)
            .query((rs, row) -> new SavedViewLink(rs.getLong("id"), rs.getString("name"), rs.getString("owner"),
                    rs.getBoolean("shared"), list.href(rs.getString("query"))))
            .list()
            .forEach((view) -> (view.owner().equals(username) ? mine : shared).add(view));
        String query = list.normalise(currentQuery);
        return new ViewsMenu(list.key(), mine, shared, query, list.href(query));
    }

    /**
     * Saves a view of a list with its query reduced to the list's filter parameters (see {@link ViewList#normalise}).
     * @throws RuleViolations when the list is not one views can be saved for, the filter is too long to keep, or the
     * owner has a view of that list by that name
     */
    @Transactional
    SavedView create(String owner, SaveView command) {
        ViewList list = ViewList.of(command.list())
            .orElseThrow(() -> RuleViolations.of("list", "view.list.unknown"));
        String query = list.normalise(command.query());
        RuleViolations.Collector violations = RuleViolations.collect();
        if (query.length() > ViewList.MAX_QUERY_LENGTH) {
            violations.reject("query", "view.query.tooLong", ViewList.MAX_QUERY_LENGTH);
        }
        if (this.views.nameTaken(owner, list, command.name(), null)) {
            violations.reject("name", "view.name.taken");
        }
        violations.throwIfAny();
        try {
            return this.views
                .saveAndFlush(new SavedView(owner, list, command.name(), query, command.shared(),
                        this.clock.instant()));
        }
        catch (DataIntegrityViolationException ex) {
            // the same name saved at the same moment in another tab: the unique index decides
            throw nameTakenOr(ex);
        }
    }

    /** Where a view leads, for its owner and, when it is shared, for everyone else. */
    @Transactional(readOnly = true)
    String open(Long id, String username) {
        SavedView view = this.views.findById(id).filter((found) -> found.visibleTo(username))
            .orElseThrow(() -> new SavedViewNotFoundException(id));
        return view.getHref();
    }

    @Transactional(readOnly = true)
    Page<SavedView> ownedBy(String owner, Pageable pageable) {
        return this.views.findByOwner(owner, pageable);
    }

    /** A view its owner is about to change; to anyone else it does not exist. */
    @Transactional(readOnly = true)
    SavedView owned(Long id, String owner) {
        return this.views.findById(id).filter((view) -> view.getOwner().equals(owner))
            .orElseThrow(() -> new SavedViewNotFoundException(id));
    }

    /**
     * Renames and shares or unshares a view, unless it changed since the form was filled.
     * @throws RuleViolations when the owner has another view of that list by the new name
     */
    @Transactional
    void update(Long id, String owner, UpdateView command) {
        SavedView view = this.views.findById(id).filter((found) -> found.getOwner().equals(owner))
            .orElseThrow(() -> new SavedViewNotFoundException(id));
        if (view.getVersion() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(SavedView.class, id);
        }
        if (this.views.nameTaken(owner, view.getList(), command.name(), id)) {
            throw RuleViolations.of("name", "view.name.taken");
        }
        view.rename(command.name());
        view.share(command.shared());
        try {
            this.views.flush();
        }
        catch (DataIntegrityViolationException ex) {
            throw nameTakenOr(ex);
        }
    }

    private static RuntimeException nameTakenOr(DataIntegrityViolationException ex) {
        return String.valueOf(ex.getMessage()).contains(UNIQUE_NAME) ? RuleViolations.of("name", "view.name.taken")
                : ex;
    }

    @Transactional
    void delete(Long id, String owner) {
        SavedView view = this.views.findById(id).filter((found) -> found.getOwner().equals(owner))
            .orElseThrow(() -> new SavedViewNotFoundException(id));
        this.views.delete(view);
        this.views.flush();
    }

}
