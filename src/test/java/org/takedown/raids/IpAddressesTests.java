package org.takedown.raids;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IpAddressesTests {

    @Test
    void acceptsIpv4AndIpv6Literals() {
        assertThat(IpAddresses.firstInvalid("192.0.2.10, 198.51.100.7 2001:db8::1;::1 ::ffff:192.0.2.1 fe80::")).isEmpty();
        assertThat(IpAddresses.isAddress("2001:0db8:0000:0000:0000:ff00:0042:8329")).isTrue();
    }

    @Test
    void rejectsAnythingElseWithoutResolvingNames() {
        assertThat(IpAddresses.firstInvalid("192.0.2.10, 192.0.2.300")).contains("192.0.2.300");
        assertThat(IpAddresses.firstInvalid("localhost")).contains("localhost");
        assertThat(IpAddresses.firstInvalid("dist-lv-01.sparks.example")).contains("dist-lv-01.sparks.example");
        assertThat(IpAddresses.isAddress("1.2.3")).isFalse();
        assertThat(IpAddresses.isAddress("01.2.3.4")).isFalse();
        assertThat(IpAddresses.isAddress("192.0.2.0/24")).isFalse();
        assertThat(IpAddresses.isAddress("2001:db8::1::2")).isFalse();
        assertThat(IpAddresses.isAddress("2001:db8:0:0:0:0:0:0:1")).isFalse();
        assertThat(IpAddresses.isAddress("12345::")).isFalse();
        assertThat(IpAddresses.isAddress("gggg::1")).isFalse();
        assertThat(IpAddresses.isAddress(":")).isFalse();
    }

    @Test
    void splitsOnCommasAndBlanksAndDropsRepeats() {
        assertThat(IpAddresses.split(" 192.0.2.1,192.0.2.2\n2001:DB8::1  192.0.2.1 ")).containsExactly("192.0.2.1",
                "192.0.2.2", "2001:db8::1");
        assertThat(IpAddresses.split("  ")).isEmpty();
    }

}
