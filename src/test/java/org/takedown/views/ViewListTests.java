package org.takedown.views;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a saved view keeps of a query string: the list's own filters, re-encoded, nothing that pages or leads away. */
class ViewListTests {

    @Test
    void keepsTheListsFiltersSortAndPageSizeButDropsThePositionAndUnknownParameters() {
        assertThat(ViewList.SERVERS.normalise("?page=3&after=991&size=100&country=LV&evil=1&sort=hostname,asc&status=SEIZED"))
            .isEqualTo("country=LV&status=SEIZED&sort=hostname%2Casc&size=100");
    }

    @Test
    void keepsOnlyAPageSizeTheListsOffer() {
        assertThat(ViewList.CASES.normalise("size=50&status=CLOSED")).isEqualTo("status=CLOSED&size=50");
        assertThat(ViewList.CASES.normalise("size=37&status=CLOSED")).isEqualTo("status=CLOSED");
        assertThat(ViewList.CASES.normalise("size=100000")).isEmpty();
        assertThat(ViewList.CASES.normalise("size=%00")).isEmpty();
    }

    @Test
    void dropsEmptyValuesAndRepeatsAndKeepsTheFirstValue() {
        assertThat(ViewList.CASES.normalise("status=&country=LV&country=EE&q=")).isEqualTo("country=LV");
        assertThat(ViewList.CASES.normalise("")).isEmpty();
        assertThat(ViewList.CASES.normalise(null)).isEmpty();
    }

    @Test
    void reEncodesValuesSoThatTheyCannotBreakOutOfTheirParameter() {
        String normalised = ViewList.DEFENDANTS.normalise("q=Bridi%20%26%20co%3Dx&nationality=GB");
        assertThat(normalised).isEqualTo("nationality=GB&q=Bridi+%26+co%3Dx");
        assertThat(ViewList.DEFENDANTS.href(normalised)).isEqualTo("/defendants?nationality=GB&q=Bridi+%26+co%3Dx");
        assertThat(ViewList.DEFENDANTS.describe(normalised)).isEqualTo("nationality = GB · q = Bridi & co=x");
    }

    @Test
    void dropsAParameterWithAMalformedEscape() {
        assertThat(ViewList.RAIDS.normalise("q=x&country=%zz&status=PLANNED")).isEqualTo("status=PLANNED");
    }

    @Test
    void keepsTheMarkerOfAnUncheckedBoxOnTheJurisdictionList() {
        assertThat(ViewList.JURISDICTIONS.normalise("country=&q=kan&_active=on")).isEqualTo("q=kan&_active=on");
    }

    @Test
    void aViewAlwaysLeadsToItsOwnListWhateverItsQuery() {
        assertThat(ViewList.SERVERS.href("//evil.example/x?country=LV")).isEqualTo("/servers");
        assertThat(ViewList.SERVERS.href("country=LV#frag")).isEqualTo("/servers?country=LV%23frag");
        assertThat(ViewList.of("servers")).contains(ViewList.SERVERS);
        assertThat(ViewList.of("../admin/users")).isEmpty();
        assertThat(ViewList.of(null)).isEmpty();
    }

}
