package org.takedown.raids;

import org.takedown.shared.VoidedWith;

import java.util.Map;
import java.util.function.Function;

import org.takedown.audit.HistorySubject;

import org.springframework.stereotype.Component;

/** A seized server on the History tab, and wherever another record refers to one: by host name. */
@Component
class ServerHistory implements HistorySubject {

    @Override
    public String kind() {
        return "servers";
    }

    @Override
    public Class<?> type() {
        return SeizedServer.class;
    }

    @Override
    public Naming naming() {
        return new Naming("seized_server", "seized_server_aud", "id", "r.hostname");
    }

    @Override
    public Map<Class<? extends Enum<?>>, String> enumLabels() {
        return Map.of(ServerRole.class, "server.role", ServerStatus.class, "server.status", VoidedWith.class,
                "void.with");
    }

    @Override
    public Map<String, String> idReferences() {
        return Map.of("caseId", "cases");
    }

    /** An autonomous system as the server page writes it: {@code AS64500}. */
    @Override
    public Map<String, Function<Object, String>> valueFormats() {
        return Map.of("asn", (asn) -> "AS" + asn);
    }

}
