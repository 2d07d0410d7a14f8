package org.takedown.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * Every {@link HistorySubject} the modules registered, by kind and by entity type. A wrong declaration (a kind or
 * type twice, a reference to a kind nobody registered, an enum labelled under two prefixes) stops the application
 * from starting rather than showing a raw value on some History tab.
 */
@Component
class HistorySubjects {

    private final Map<String, HistorySubject> byKind = new TreeMap<>();

    private final Map<Class<?>, HistorySubject> byType = new HashMap<>();

    private final Map<Class<?>, String> enumLabels = new HashMap<>();

    HistorySubjects(List<HistorySubject> subjects) {
        for (HistorySubject subject : subjects) {
            require(this.byKind.putIfAbsent(subject.kind(), subject) == null, "two subjects of kind " + subject.kind());
            require(this.byType.putIfAbsent(subject.type(), subject) == null, "two subjects of " + subject.type());
            subject.enumLabels().forEach((type, prefix) -> {
                String other = this.enumLabels.putIfAbsent(type, prefix);
                require(other == null || other.equals(prefix), type + " labelled as " + other + " and " + prefix);
            });
        }
        for (HistorySubject subject : subjects) {
            subject.idReferences()
                .forEach((field, kind) -> require(this.byKind.containsKey(kind),
                        subject.kind() + "." + field + " refers to the unknown kind " + kind));
        }
    }

    /** The subject of a History tab: only kinds that have one. */
    Optional<HistorySubject> withHistoryPage(String kind) {
        return Optional.ofNullable(this.byKind.get(kind)).filter(HistorySubject::hasHistoryPage);
    }

    /** The kinds that have a History tab, in alphabetical order. */
    List<String> kindsWithHistoryPage() {
        return this.byKind.values().stream().filter(HistorySubject::hasHistoryPage).map(HistorySubject::kind).toList();
    }

    /** The subject an association to this type leads to; {@code null} when none: such a value is shown by its id. */
    HistorySubject ofType(Class<?> type) {
        return this.byType.get(type);
    }

    HistorySubject ofKind(String kind) {
        return this.byKind.get(kind);
    }

    /** The message key of an enum constant's label; {@code null} when no subject labels its enum. */
    String labelKey(Enum<?> constant) {
        String prefix = this.enumLabels.get(constant.getDeclaringClass());
        return prefix != null ? prefix + "." + constant.name() : null;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("History subjects: " + problem);
        }
    }

}
