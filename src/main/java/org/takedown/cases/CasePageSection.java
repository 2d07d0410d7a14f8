package org.takedown.cases;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;

/**
 * A section another module adds to the case page ({@code /cases/{id}}): the case page shows what happened in a case
 * (its defendants, raids, servers) without the cases module knowing the modules that record it. Each implementation is
 * a bean; the page renders the sections in their {@link org.springframework.core.annotation.Order order}.
 */
public interface CasePageSection {

    /**
     * This section of the page of {@code enforcementCase}. {@code pageable} holds the page's own paging parameters
     * ({@code page}, {@code size}, {@code sort}), for the one section that pages; the others ignore it.
     */
    Section render(CaseRef enforcementCase, Pageable pageable);

    /**
     * What a section adds to the page: the Thymeleaf fragment {@code template :: selector}, rendered in the main
     * column with the page's model plus {@code model} (the case itself is {@code caseRef}), and facts for the card
     * beside it.
     */
    record Section(String template, String selector, Map<String, ?> model, List<Fact> facts) {

        public Section(String template, String selector, Map<String, ?> model) {
            this(template, selector, model, List.of());
        }

    }

    /** One line of the card beside the sections: a label (a message key) and its value; {@code id} for the page. */
    record Fact(String id, String label, Object value) {
    }

}
