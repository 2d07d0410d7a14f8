package org.takedown;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.takedown.accounts.Role;
import org.takedown.audit.AuditEvent;
import org.takedown.audit.HistorySubject;
import org.takedown.cases.CaseStatus;
import org.takedown.defendants.AliasConfidence;
import org.takedown.defendants.CaseRole;
import org.takedown.defendants.ChargeDisposition;
import org.takedown.defendants.ExtraditionStatus;
import org.takedown.defendants.LegalStatus;
import org.takedown.jurisdictions.AgencyKind;
import org.takedown.jurisdictions.JurisdictionKind;
import org.takedown.raids.LegalBasis;
import org.takedown.raids.RaidStatus;
import org.takedown.raids.ServerRole;
import org.takedown.raids.ServerStatus;
import org.takedown.support.IntegrationTest;
import org.takedown.shared.VoidedWith;
import org.takedown.views.ViewList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every enum the interface shows has one label per constant, under one key prefix: {@code <prefix>.<CONSTANT>}.
 * Templates and services build the key from the prefix ({@code #{${'server.status.' + s}}}), so a new constant
 * without a label would render as an error and a second set of labels would drift from the first.
 */
@IntegrationTest
class EnumLabelTests {

    /** The one key prefix of each enum's labels. */
    static final Map<Class<? extends Enum<?>>, String> PREFIXES = Map.ofEntries(
            Map.entry(CaseStatus.class, "case.status"),
            Map.entry(RaidStatus.class, "raid.status"),
            Map.entry(LegalBasis.class, "raid.legalBasis"),
            Map.entry(ServerRole.class, "server.role"),
            Map.entry(ServerStatus.class, "server.status"),
            Map.entry(LegalStatus.class, "defendant.legalStatus"),
            Map.entry(ChargeDisposition.class, "defendant.charge.disposition"),
            Map.entry(ExtraditionStatus.class, "defendant.extradition.status"),
            Map.entry(AliasConfidence.class, "defendant.alias.confidence"),
            Map.entry(CaseRole.class, "defendant.caseRole"),
            Map.entry(JurisdictionKind.class, "jurisdiction.kind"),
            Map.entry(AgencyKind.class, "jurisdiction.agencyKind"),
            Map.entry(Role.class, "account.role"),
            Map.entry(AuditEvent.class, "audit.event"),
            Map.entry(ViewList.class, "view.list"),
            Map.entry(VoidedWith.class, "void.with"));

    @Autowired
    MessageSource messages;

    @Autowired
    List<HistorySubject> historySubjects;

    @Test
    void everyConstantOfEveryEnumShownInTheInterfaceHasALabel() {
        List<String> missing = new ArrayList<>();
        PREFIXES.forEach((type, prefix) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = prefix + "." + constant.name();
                String label = this.messages.getMessage(key, null, null, Locale.ENGLISH);
                if (label == null || label.isBlank()) {
                    missing.add(key);
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void theHistoryTabLabelsEachEnumUnderItsOnePrefix() {
        Map<String, String> declared = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        this.historySubjects.forEach((subject) -> subject.enumLabels().forEach((type, prefix) -> {
            declared.put(subject.kind() + " " + type.getSimpleName(), prefix);
            expected.put(subject.kind() + " " + type.getSimpleName(), PREFIXES.get(type));
        }));
        assertThat(declared).isNotEmpty().isEqualTo(expected);
    }

    @Test
    void eachEnumIsLabelledUnderOnePrefixOnly() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src", "main", "resources", "messages.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        // constants labelled under each prefix: "server.role.WEB_FRONT" → server.role: [WEB_FRONT, ...]
        Map<String, Set<String>> constantsByPrefix = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            String last = key.substring(dot + 1);
            if (dot > 0 && last.matches("[A-Z][A-Z0-9_]*")) {
                constantsByPrefix.computeIfAbsent(key.substring(0, dot), (prefix) -> new TreeSet<>()).add(last);
            }
        }
        Map<String, List<String>> prefixesByEnum = new TreeMap<>();
        PREFIXES.keySet().forEach((type) -> {
            Set<String> constants = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
            prefixesByEnum.put(type.getSimpleName(), constantsByPrefix.entrySet().stream()
                    .filter((entry) -> entry.getValue().containsAll(constants))
                    .map(Map.Entry::getKey)
                    .toList());
        });
        Map<String, List<String>> expected = new TreeMap<>();
        PREFIXES.forEach((type, prefix) -> expected.put(type.getSimpleName(), List.of(prefix)));
        assertThat(prefixesByEnum).isEqualTo(expected);
    }

}
