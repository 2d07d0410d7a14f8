package org.takedown.analysis.search;

import java.util.List;

/**
 * One group of search results: the best hits (at most {@link SearchQueries#HITS_PER_GROUP}) and how many records
 * matched in all, counted up to {@link SearchQueries#COUNT_LIMIT} ({@code capped} when there are more).
 *
 * @param <T> the kind of hit
 * @param hits the best hits, most relevant first
 * @param total the number of matching records, at most the count limit
 * @param capped whether more records matched than were counted
 */
public record SearchHits<T>(List<T> hits, long total, boolean capped) {

    static <T> SearchHits<T> none() {
        return new SearchHits<>(List.of(), 0, false);
    }

    static <T> SearchHits<T> of(List<T> hits, long total) {
        return new SearchHits<>(hits, Math.min(total, SearchQueries.COUNT_LIMIT),
                total > SearchQueries.COUNT_LIMIT);
    }

    public boolean isEmpty() {
        return this.hits.isEmpty();
    }

    /** Whether more records matched than are shown. */
    public boolean isMore() {
        return this.capped || this.total > this.hits.size();
    }

}
