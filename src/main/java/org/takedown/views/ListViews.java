package org.takedown.views;

import jakarta.servlet.http.HttpServletRequest;
import org.takedown.shared.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The Views menu's data for the page being rendered, as the model attribute {@code listViews}: the menu fragment
 * calls {@code ${listViews.menu('servers')}}, which reads the menu in one statement only then, so that pages without
 * the menu (and the htmx responses of the lists, which render only their results) cost nothing. A model attribute,
 * not a bean reference, because Thymeleaf refuses bean references on requests that carry parameters.
 */
final class ListViews {

    private final SavedViews views;

    private final String username;

    private final String query;

    ListViews(SavedViews views, String username, String query) {
        this.views = views;
        this.username = username;
        this.query = query;
    }

    public ViewsMenu menu(String listKey) {
        ViewList list = ViewList.of(listKey)
            .orElseThrow(() -> new IllegalArgumentException("No saved views for the list " + listKey));
        return this.views.menu(list, this.username, this.query);
    }

    @ControllerAdvice
    static class Advice {

        private final SavedViews views;

        private final CurrentUser currentUser;

        Advice(SavedViews views, CurrentUser currentUser) {
            this.views = views;
            this.currentUser = currentUser;
        }

        @ModelAttribute("listViews")
        ListViews listViews(HttpServletRequest request) {
            return new ListViews(this.views, this.currentUser.name(), request.getQueryString());
        }

    }

}
