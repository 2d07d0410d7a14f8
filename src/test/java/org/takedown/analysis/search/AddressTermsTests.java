package org.takedown.analysis.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressTermsTests {

    @Test
    void aFullAddressIsLookedUpExactly() {
        AddressTerms terms = AddressTerms.of("192.0.2.15");
        assertThat(terms.exact()).containsExactly("192.0.2.15");
        assertThat(terms.prefix()).isNull();
    }

    @Test
    void aPartialIpv4AddressIsAlsoThePrefixItStarts() {
        AddressTerms terms = AddressTerms.of("192.0.2");
        assertThat(terms.exact()).containsExactly("192.0.2");
        assertThat(terms.prefix()).isEqualTo("192.0.2.");
    }

    @Test
    void aQueryEndingAtASeparatorIsAPrefix() {
        assertThat(AddressTerms.of("192.0.2.").prefix()).isEqualTo("192.0.2.");
        AddressTerms ipv6 = AddressTerms.of("2001:db8:");
        assertThat(ipv6.prefix()).isEqualTo("2001:db8:");
    }

    @Test
    void textThatIsNoAddressHasNoTerms() {
        assertThat(AddressTerms.of("smith").isEmpty()).isTrue();
        assertThat(AddressTerms.of("12").isEmpty()).isTrue();
        assertThat(AddressTerms.of("web-front.lv").isEmpty()).isTrue();
    }

}
