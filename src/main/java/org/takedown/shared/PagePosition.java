package org.takedown.shared;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import org.springframework.data.domain.Sort;

/**
 * Where the page of a list starts, as its request says: at the first row; after or before the row that a cursor of
 * one of its links names (keyset paging: {@code after=...}, {@code before=...}); or at a typed page number
 * ({@code page=2}, from 0), read by offset only as deep as {@value #DIRECT_ROWS} rows, since an offset walks every
 * row it skips. A deeper typed page shows the first page with a message beside the page links instead.
 * <p>
 * A cursor carries the sort key and id of the row next to the page and the number of that page's first row, for the
 * position the page shows ("rows 101–150 of about 1,000,060"). It is Base64 of text joined by NUL characters, which
 * no stored text holds ({@link StorableText}).
 */
public final class PagePosition {

    /** The position of the previous page: the rows before the one the cursor names. */
    public static final String BEFORE = "before";

    /** The deepest offset a typed page number is read at. */
    public static final int DIRECT_ROWS = 500;

    private static final String SEPARATOR = "\0";

    /** The first page, for the order of a list's export. */
    static final PagePosition FIRST = new PagePosition(1, 0, null, null, null);

    private final int size;

    private final long offset;

    private final Cursor cursor;

    private final Integer refusedPage;

    private final PageLinks links;

    PagePosition(int size, int page, String after, String before, PageLinks links) {
        this.size = size;
        this.links = links;
        Cursor cursor = Cursor.decode(after, false);
        this.cursor = (cursor != null) ? cursor : Cursor.decode(before, true);
        long offset = (long) page * size;
        boolean tooDeep = this.cursor == null && offset > DIRECT_ROWS;
        this.offset = (this.cursor != null || tooDeep) ? 0 : offset;
        this.refusedPage = tooDeep ? page + 1 : null;
    }

    public int size() {
        return this.size;
    }

    /** The number of rows before the page, by offset or by the cursor. */
    public long offset() {
        return (this.cursor != null) ? this.cursor.position() : this.offset;
    }

    Cursor cursor() {
        return this.cursor;
    }

    /**
     * The page from the rows that {@code plan} read: cut to its size, turned round if read backwards, with links to
     * the first, previous and next pages that keep the list's filters and order.
     */
    public <T> ListPage<T> page(List<T> read, Keyset<T> keyset, Keyset.Plan plan, Sort sort, ListTotal total) {
        boolean more = read.size() > this.size;
        List<T> rows = new ArrayList<>(more ? read.subList(0, this.size) : read);
        boolean cursorUsed = !plan.condition().isEmpty();
        long first;
        boolean hasNext;
        if (plan.backward()) {
            Collections.reverse(rows);
            // reading back to the start of the list ends the page at its first row, whatever the cursor counted
            first = more ? Math.max(1, this.cursor.position() - rows.size()) : 0;
            hasNext = true;
        }
        else {
            first = cursorUsed ? this.cursor.position() : this.offset;
            hasNext = more;
        }
        String next = (hasNext && !rows.isEmpty())
                ? this.links.cursor(PageLinks.AFTER, encode(first + rows.size(), keyset.values(sort, rows.get(rows.size() - 1))))
                : null;
        String previous = null;
        if (first > 0) {
            previous = (first <= this.size || rows.isEmpty()) ? this.links.first()
                    : this.links.cursor(BEFORE, encode(first, keyset.values(sort, rows.get(0))));
        }
        return new ListPage<>(rows, sort, this.size, first, total, (first > 0) ? this.links.first() : null,
                previous, next, this.refusedPage);
    }

    private static String encode(long position, List<String> values) {
        String text = position + SEPARATOR + String.join(SEPARATOR, values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A cursor of a link.
     *
     * @param position the number of rows before the page it leads to (after) or comes from (before)
     * @param values the sort key's values and then the id of the row next to that page
     * @param backward whether the page holds the rows before that row
     */
    record Cursor(long position, List<String> values, boolean backward) {

        /** The cursor of a parameter, or {@code null} when there is none or it is no cursor (a hand-edited link). */
        static Cursor decode(String token, boolean backward) {
            if (token == null) {
                return null;
            }
            try {
                String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                List<String> parts = Arrays.asList(text.split(SEPARATOR, -1));
                long position = Long.parseLong(parts.get(0));
                if (parts.size() < 2 || position < 0) {
                    return null;
                }
                return new Cursor(position, List.copyOf(parts.subList(1, parts.size())), backward);
            }
            catch (IllegalArgumentException ex) {
                return null;
            }
        }

    }

}
