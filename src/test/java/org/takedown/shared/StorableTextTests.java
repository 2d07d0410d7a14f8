package org.takedown.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StorableTextTests {

    @Test
    void refusesNulLoneSurrogatesAndControlCharacters() {
        assertThat(StorableText.firstUnstorable("a\u0000b")).isEqualTo(1);
        assertThat(StorableText.isStorable("\uD800")).isFalse();
        assertThat(StorableText.isStorable("a\uDC00")).isFalse();
        assertThat(StorableText.isStorable("\uDC00\uD800")).as("a pair in the wrong order").isFalse();
        assertThat(StorableText.isStorable("\u001B[31mred")).as("an escape sequence").isFalse();
        assertThat(StorableText.isStorable("\u007F")).as("DEL").isFalse();
        assertThat(StorableText.isStorable("\u0085")).as("a C1 control").isFalse();
    }

    @Test
    void keepsTabsLineBreaksSurrogatePairsAndFormatCharacters() {
        assertThat(StorableText.isStorable("First line.\r\n\tSecond line.")).isTrue();
        assertThat(StorableText.isStorable("\uD83D\uDE00 \u202Eevil \u200D \u200F")).isTrue();
        assertThat(StorableText.isStorable("Ķekava, Łódź, 東京, محمد")).isTrue();
        assertThat(StorableText.isStorable(null)).isTrue();
    }

    @Test
    void replacesEachCharacterThatCannotBeStoredAndKeepsTheRest() {
        assertThat(StorableText.replacingUnstorable("a\u0000b\uD800c\u0007\t\u00FC\uD83D\uDE00"))
            .isEqualTo("a\uFFFDb\uFFFDc\uFFFD\t\u00FC\uD83D\uDE00");
        assertThat(StorableText.replacingUnstorable("plain")).isEqualTo("plain");
    }

    @Test
    void theRefusalDoesNotRepeatTheText() {
        assertThatExceptionOfType(StorableText.UnstorableTextException.class)
            .isThrownBy(() -> StorableText.require("secret\u0000value"))
            .withMessageNotContaining("secret");
    }

}
