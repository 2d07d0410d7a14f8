package org.takedown.shared;

import java.util.HashMap;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RuleViolationsTests {

    @Test
    void aCollectorThrowsEveryBrokenRuleTogetherInTheOrderFound() {
        RuleViolations.Collector violations = RuleViolations.collect();
        violations.reject("reference", "duplicate");
        violations.reject("openedOn", "case.openedOn.afterClosing", "2020-03-01");

        RuleViolations thrown = catchThrowableOfType(RuleViolations.class, violations::throwIfAny);

        assertThat(thrown.violations()).extracting(RuleViolations.Violation::field)
            .containsExactly("reference", "openedOn");
        assertThat(thrown.violations().get(1).code()).isEqualTo("case.openedOn.afterClosing");
        assertThat(thrown.violations().get(1).arguments()).containsExactly("2020-03-01");
    }

    @Test
    void aCollectorWithNothingBrokenThrowsNothing() {
        RuleViolations.Collector violations = RuleViolations.collect();
        assertThat(violations.isEmpty()).isTrue();
        assertThatNoException().isThrownBy(violations::throwIfAny);
    }

    @Test
    void aNestedCollectorNamesItsFieldsUnderItsPathAndSharesTheViolations() {
        RuleViolations.Collector violations = RuleViolations.collect();
        RuleViolations.Collector secondRow = violations.nested("servers[1]");
        secondRow.reject("hostname", "raid.server.duplicateInForm", 1);

        assertThat(secondRow.hasViolation("hostname")).isTrue();
        assertThat(violations.hasViolation("servers[1].hostname")).isTrue();
        assertThat(violations.hasViolation("hostname")).isFalse();
        assertThat(violations.nested("servers[0]").hasViolation("hostname")).isFalse();
        RuleViolations thrown = catchThrowableOfType(RuleViolations.class, violations::throwIfAny);
        assertThat(thrown.violations()).singleElement()
            .extracting(RuleViolations.Violation::field)
            .isEqualTo("servers[1].hostname");
    }

    @Test
    void rendersEachViolationNextToItsFieldAndOneOfTheWholeFormAsAGlobalError() {
        RuleViolations.Collector violations = RuleViolations.collect();
        violations.nested("servers[2]").reject("ipAddresses", "server.ipAddresses.invalid", "192.0.2.300");
        violations.rejectForm("raid.server.savedMeanwhile");
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "raidForm");

        catchThrowableOfType(RuleViolations.class, violations::throwIfAny).rejectIn(errors);

        FieldError fieldError = errors.getFieldError("servers[2].ipAddresses");
        assertThat(fieldError.getCode()).isEqualTo("server.ipAddresses.invalid");
        assertThat(fieldError.getCodes()).contains("server.ipAddresses.invalid.raidForm.servers[2].ipAddresses");
        assertThat(fieldError.getArguments()).containsExactly("192.0.2.300");
        List<ObjectError> global = errors.getGlobalErrors();
        assertThat(global).extracting(ObjectError::getCode).containsExactly("raid.server.savedMeanwhile");
    }

    @Test
    void oneBrokenRuleCanBeThrownAtOnce() {
        assertThat(RuleViolations.of("name", "view.name.taken").violations()).singleElement()
            .satisfies((violation) -> {
                assertThat(violation.field()).isEqualTo("name");
                assertThat(violation.code()).isEqualTo("view.name.taken");
                assertThat(violation.arguments()).isEmpty();
            });
        assertThat(RuleViolations.ofForm("raid.server.savedMeanwhile").violations()).singleElement()
            .extracting(RuleViolations.Violation::field)
            .isNull();
    }

    @Test
    void theMessageNamesFieldsAndKeysButNeverWhatTheUserTyped() {
        RuleViolations thrown = RuleViolations.of("hostname", "raid.server.duplicateHostname", "secret.example");
        assertThat(thrown).hasMessageContaining("hostname=raid.server.duplicateHostname")
            .hasMessageNotContaining("secret.example");
        // a rule refused is not a failure to trace
        assertThat(thrown.getStackTrace()).isEmpty();
    }

}
