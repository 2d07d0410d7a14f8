package org.takedown.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The rules a new password must pass (ASVS 2.1): at least 12 characters, at most 128, and not one of the common
 * passwords of {@code security/common-passwords.txt}.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    static final int MAX_LENGTH = 128;

    private final Set<String> commonPasswords;

    PasswordPolicy() {
        this.commonPasswords = load(new ClassPathResource("security/common-passwords.txt"));
    }

    /** The message key of the first rule the password breaks, or empty when it passes. */
    public Optional<String> violation(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lowerCase = password.toLowerCase(Locale.ROOT);
        if (this.commonPasswords.contains(lowerCase)) {
            return Optional.of("password.common");
        }
        if (username != null && !username.isBlank() && lowerCase.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        return Optional.empty();
    }

    private static Set<String> load(ClassPathResource list) {
        Set<String> passwords = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter((line) -> !line.startsWith("#") && !line.isBlank()).forEach(passwords::add);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + list.getPath(), ex);
        }
        return passwords;
    }

}
