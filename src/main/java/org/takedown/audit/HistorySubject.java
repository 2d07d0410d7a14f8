package org.takedown.audit;

import java.util.Map;
import java.util.function.Function;

/**
 * A kind of audited record as the History tab shows it, declared by the module that owns the record (a Spring bean
 * in its package), so that {@code audit} reads every module's history without knowing any of them. A kind with a
 * History tab has it at {@code /{kind}/{id}/history}; reference data (jurisdictions, agencies) is only named where
 * other records refer to it.
 */
public interface HistorySubject {

    /** The kind of record, as its pages spell it: {@code cases}, {@code servers}, {@code jurisdictions}. */
    String kind();

    /** The audited entity whose revisions are shown, and that associations of other records lead to. */
    Class<?> type();

    /** How a record of this kind is named, now and at a past revision. */
    Naming naming();

    /** Whether the record has a History tab at {@code /{kind}/{id}/history}. */
    default boolean hasHistoryPage() {
        return true;
    }

    /** Whether the record has a page at {@code /{kind}/{id}} that its name links to. */
    default boolean hasPage() {
        return true;
    }

    /** The message-key prefix of each enumeration the record shows ({@code server.status}), as its pages use it. */
    default Map<Class<? extends Enum<?>>, String> enumLabels() {
        return Map.of();
    }

    /**
     * The fields that hold the identifier of another kind of record ({@code caseId} → {@code cases}): named, linked
     * and read as they stood at each revision, exactly as associations are. A field the entity lacks is ignored.
     */
    default Map<String, String> idReferences() {
        return Map.of();
    }

    /** Fields whose values the record's pages write in a form of their own ({@code asn} → {@code AS64500}). */
    default Map<String, Function<Object, String>> valueFormats() {
        return Map.of();
    }

    /**
     * Where a record's name is read: its table, the Envers audit table with the same columns, the identifier column,
     * and the name as an SQL expression over one row aliased {@code r}, valid on both tables (for example
     * {@code r.reference}). The history reads the latest audit row not after the revision shown, and the current row
     * when there is none (records loaded by migrations or in bulk).
     */
    record Naming(String table, String auditTable, String idColumn, String name) {
    }

}
