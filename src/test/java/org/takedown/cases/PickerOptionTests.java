package org.takedown.cases;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.takedown.shared.PickerOption;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The options that case and agency pickers load as the user types: any part of the text finds them, an answer holds
 * at most {@link PickerOption#LIMIT} of them and costs one statement, and typed text is matched literally.
 */
@IntegrationTest
@Transactional
class PickerOptionTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void casesAreFoundByAnyPartOfReferenceOrTitleAtMostTwentyAndOneStatement() throws Exception {
        long agency = this.jdbc.sql("select min(id) from agency").query(Long.class).single();
        this.jdbc.sql("""
                insert into enforcement_case (reference, title, status, summary, lead_agency_id, opened_on)
                select 'TKD-1902-' || (100000 + n), 'Picker bulk ' || n, 'INVESTIGATION', 'Test case', ?,
                       date '2020-01-01' + n
                from generate_series(1, 30) n""").param(agency).update();

        assertThat(texts("/cases/options", "sparks")).containsExactly("TKD-2020-0001 · Sparks Group");
        assertThat(texts("/cases/options", "2020-0001")).contains("TKD-2020-0001 · Sparks Group");

        this.counter.reset();
        List<String> bulk = texts("/cases/options", "picker bulk");
        assertThat(this.counter.count()).isEqualTo(1);
        // the newest first, twenty of thirty
        assertThat(bulk).hasSize(PickerOption.LIMIT).first().isEqualTo("TKD-1902-100030 · Picker bulk 30");
        assertThat(texts("/cases/options", null)).hasSize(PickerOption.LIMIT);
        // the text is matched literally, wildcards included
        assertThat(texts("/cases/options", "%")).isEmpty();
        assertThat(texts("/cases/options", "x".repeat(500))).isEmpty();
    }

    @Test
    void voidedCasesAreNotOffered() throws Exception {
        this.jdbc.sql("update enforcement_case set voided_at = now(), voided_by = 'test', void_reason = 'test' "
                + "where reference = 'TKD-2020-0001'").update();
        assertThat(texts("/cases/options", "sparks")).isEmpty();
    }

    @Test
    void agenciesAreFoundByNameAcronymOrJurisdictionWithTheirCountry() throws Exception {
        MvcTestResult result = this.mvc.get().uri("/agencies/options").param("q", "HSI").exchange();
        assertThat(result).hasStatusOk();
        String json = result.getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(json, "$[*].text"))
            .contains("Homeland Security Investigations (HSI, US)");
        assertThat(JsonPath.<List<String>>read(json, "$[?(@.text =~ /.*HSI.*/)].country")).containsOnly("US");
        assertThat(JsonPath.<List<String>>read(json, "$[*].value")).allMatch((value) -> value.matches("[0-9]+"));
        assertThat(texts("/agencies/options", "latvia")).isNotEmpty()
            .allSatisfy((text) -> assertThat(text.toLowerCase()).contains("latvia"));
        assertThat(texts("/agencies/options", null)).hasSizeLessThanOrEqualTo(PickerOption.LIMIT).isNotEmpty();
    }

    private List<String> texts(String uri, String q) throws Exception {
        var request = this.mvc.get().uri(uri);
        MvcTestResult result = (q == null ? request : request.param("q", q)).exchange();
        assertThat(result).hasStatusOk();
        return JsonPath.read(result.getResponse().getContentAsString(), "$[*].text");
    }

}
