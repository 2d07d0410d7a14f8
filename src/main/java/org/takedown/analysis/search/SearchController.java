package org.takedown.analysis.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search box of the navigation: {@code GET /search?q=...} shows cases, defendants, servers and raids. */
@Controller
class SearchController {

    static final int MIN_LENGTH = 2;

    static final int MAX_LENGTH = 200;

    private final SearchQueries queries;

    SearchController(SearchQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        String query = normalise(q);
        model.addAttribute("query", query);
        if (query.length() < MIN_LENGTH) {
            // nothing or one character: a hint, and no query against the database
            model.addAttribute("tooShort", !query.isEmpty());
            return "search/results";
        }
        model.addAttribute("results", this.queries.search(query));
        return "search/results";
    }

    /** Trims, collapses white space and cuts the query to {@link #MAX_LENGTH} characters. */
    static String normalise(String q) {
        if (q == null) {
            return "";
        }
        String collapsed = q.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        if (collapsed.length() > MAX_LENGTH) {
            collapsed = collapsed.substring(0, MAX_LENGTH).strip();
        }
        return collapsed;
    }

}
