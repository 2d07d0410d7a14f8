package org.takedown.shared;

import java.util.Iterator;
import java.util.List;

import org.springframework.data.domain.Sort;

/**
 * One page of a list paged by keyset ({@link PagePosition}), as fragments/pagination shows it: the rows, where they
 * are in the list ("rows 101–150 of about 1,000,060"), and links to the first, previous and next pages. There is no
 * link to the last page: finding it would cost a walk of the whole order.
 */
public final class ListPage<T> implements Iterable<T> {

    private final List<T> content;

    private final Sort sort;

    private final int size;

    private final long first;

    private final ListTotal total;

    private final String firstLink;

    private final String previousLink;

    private final String nextLink;

    private final Integer refusedPage;

    ListPage(List<T> content, Sort sort, int size, long first, ListTotal total, String firstLink,
            String previousLink, String nextLink, Integer refusedPage) {
        this.content = List.copyOf(content);
        this.sort = sort;
        this.size = size;
        this.first = first;
        this.total = total;
        this.firstLink = firstLink;
        this.previousLink = previousLink;
        this.nextLink = nextLink;
        this.refusedPage = refusedPage;
    }

    public List<T> getContent() {
        return this.content;
    }

    @Override
    public Iterator<T> iterator() {
        return this.content.iterator();
    }

    public boolean isEmpty() {
        return this.content.isEmpty();
    }

    public int getNumberOfElements() {
        return this.content.size();
    }

    /** The list's order, for the sortable column headers. */
    public Sort getSort() {
        return this.sort;
    }

    /** The rows a page holds, for the page-size choice. */
    public int getSize() {
        return this.size;
    }

    /** The number of the page's first row, from 1. */
    public long getFromRow() {
        return this.first + 1;
    }

    /** The number of the page's last row. */
    public long getToRow() {
        return this.first + this.content.size();
    }

    public ListTotal getTotal() {
        return this.total;
    }

    /**
     * How the position names the total: {@code exact}, {@code about} or {@code moreThan}, or {@code none} when an
     * approximate total is below the rows already passed (it would read "rows 5,001–5,050 of more than 1,000").
     */
    public String getPositionKind() {
        if (!this.total.exact() && getToRow() >= this.total.count()) {
            return "none";
        }
        return this.total.kind();
    }

    /** The first page, or {@code null} on it. */
    public String getFirstLink() {
        return this.firstLink;
    }

    public String getPreviousLink() {
        return this.previousLink;
    }

    public String getNextLink() {
        return this.nextLink;
    }

    /** The typed page number (from 1) that was too deep to open, or {@code null}. */
    public Integer getRefusedPage() {
        return this.refusedPage;
    }

    /** The deepest typed page number (from 1) that opens directly at this size. */
    public int getDeepestDirectPage() {
        return PagePosition.DIRECT_ROWS / this.size + 1;
    }

}
