package org.takedown.views;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.takedown.support.HttpSession;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Saving, changing and deleting a view leave Envers revisions with who did it, like every other record. */
@IntegrationTest
class SavedViewAuditTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyChangeOfAViewIsARevisionByItsOwner() {
        String name = "Audited " + UUID.randomUUID().toString().substring(0, 8);
        HttpSession session = new HttpSession(this.port);
        session.signIn("analyst", "takedown-demo");
        session.get("/servers");
        HttpSession.Response saved = session.post("/views",
                Map.of("list", "servers", "query", "country=LV&page=2", "name", name));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/servers?country=LV");
        Long id = this.jdbc.sql("select id from saved_view where name = ?").param(name).query(Long.class).single();

        session.get("/views/" + id + "/edit");
        assertThat(session.post("/views/" + id, Map.of("name", name, "shared", "true", "version", "0")).status())
            .isEqualTo(302);
        session.get("/views");
        assertThat(session.post("/views/" + id + "/delete", Map.of()).status()).isEqualTo(302);

        List<Map<String, Object>> revisions = this.jdbc.sql("""
                select a.revtype, a.shared, a.query, r.username from saved_view_aud a join revinfo r on r.id = a.rev
                where a.id = ? order by a.rev""").param(id).query().listOfRows();
        assertThat(revisions).extracting((row) -> ((Number) row.get("revtype")).intValue()).containsExactly(0, 1, 2);
        assertThat(revisions).allSatisfy((row) -> assertThat(row).containsEntry("username", "analyst"));
        assertThat(revisions.get(0)).containsEntry("shared", false).containsEntry("query", "country=LV");
        assertThat(revisions.get(1)).containsEntry("shared", true);
        assertThat(this.jdbc.sql("select count(*) from saved_view where id = ?").param(id).query(Long.class).single())
            .isZero();
    }

}
