package org.takedown.analysis.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TextRangeTests {

    @Test
    void holdsEveryTextThatStartsWithThePrefixAndNoOther() {
        TextRange range = TextRange.startingWith("192.0.2.");
        assertThat(range.end()).isEqualTo("192.0.2/");
        for (String inside : new String[] { "192.0.2.", "192.0.2.0", "192.0.2.255", "192.0.2.\uffff" }) {
            assertThat(inside.compareTo(range.start())).isNotNegative();
            assertThat(inside.compareTo(range.end())).isNegative();
        }
        for (String outside : new String[] { "192.0.2", "192.0.20.1", "192.0.3.1", "2001:db8::" }) {
            assertThat(outside.compareTo(range.start()) >= 0 && outside.compareTo(range.end()) < 0).isFalse();
        }
    }

    @Test
    void endsAfterTheLastCharacterOfAnyPrefix() {
        assertThat(TextRange.startingWith("2001:db8:").end()).isEqualTo("2001:db8;");
        assertThat(TextRange.startingWith("web-front-kr").end()).isEqualTo("web-front-ks");
    }

    @Test
    void refusesAPrefixWithoutAnEnd() {
        assertThatIllegalArgumentException().isThrownBy(() -> TextRange.startingWith(""));
        assertThatIllegalArgumentException().isThrownBy(() -> TextRange.startingWith("a\uffff"));
    }

}
