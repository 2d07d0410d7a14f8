package org.takedown.shared.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Pages show no button that the signed-in user's role cannot use. */
@IntegrationTest
class RoleAwarePagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void analystsSeeCasesServersAndDefendantsWithoutAnyButtonThatChangesThem() throws Exception {
        Document casePage = page("/cases/" + sparks(), "ANALYST");
        assertThat(casePage.select("#edit-case, #log-raid, #status-form")).isEmpty();
        assertThat(page("/cases", "ANALYST").select("#new-case")).isEmpty();
        assertThat(page("/servers/" + aServer(), "ANALYST").select("#edit-server, #status-form")).isEmpty();
        Document defendant = page("/defendants/" + bridi(), "ANALYST");
        assertThat(defendant.select("#status-form, #alias-form")).isEmpty();
        assertThat(defendant.select("a[href*=/edit], a[href$=/new]")).isEmpty();
        assertThat(page("/cases", "ANALYST").select("a[href=/admin/users]")).isEmpty();
    }

    @Test
    void investigatorsSeeTheirButtonsButNotTheProsecutors() throws Exception {
        Document casePage = page("/cases/" + sparks(), "INVESTIGATOR");
        assertThat(casePage.select("#edit-case")).hasSize(1);
        assertThat(casePage.select("#log-raid")).hasSize(1);
        assertThat(casePage.select("#status-form")).hasSize(1);
        Document defendant = page("/defendants/" + bridi(), "INVESTIGATOR");
        assertThat(defendant.select("#alias-form")).hasSize(1);
        assertThat(defendant.select("#status-form")).isEmpty();
        assertThat(defendant.select("a[href$=/charges/new], a[href$=/extraditions/new]")).isEmpty();
    }

    @Test
    void prosecutorsSeeTheLegalStatusChargeAndExtraditionButtons() throws Exception {
        Document defendant = page("/defendants/" + bridi(), "PROSECUTOR");
        assertThat(defendant.select("#status-form")).hasSize(1);
        assertThat(defendant.select("a[href$=/charges/new]")).hasSize(1);
        assertThat(defendant.select("a[href$=/extraditions/new]")).hasSize(1);
        assertThat(defendant.select("a[href=/admin/users]")).isEmpty();
        assertThat(page("/cases", "ADMIN").select("a[href=/admin/users]")).hasSize(1);
    }

    private Document page(String path, String role) throws Exception {
        var result = this.mvc.get().uri(path).with(user(role.toLowerCase()).roles(role)).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private long sparks() {
        return this.jdbc.sql("select id from enforcement_case where reference = 'TKD-2020-0001'").query(Long.class)
            .single();
    }

    private long bridi() {
        return this.jdbc.sql("select id from defendant where full_name = 'George Bridi'").query(Long.class).single();
    }

    private long aServer() {
        return this.jdbc.sql("select min(id) from seized_server").query(Long.class).single();
    }

}
