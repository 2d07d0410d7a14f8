package org.takedown.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Counts the password checks the application makes against each stored hash, by wrapping its {@link PasswordEncoder}
 * (the only thing that can check a password): a measurement independent of what the application writes to its own
 * audit log. Encoding and checking are otherwise unchanged.
 */
public class PasswordChecks implements BeanPostProcessor {

    private final Map<String, AtomicInteger> checks = new ConcurrentHashMap<>();

    /** How many times a password was checked against this stored hash since the application started. */
    public int against(String passwordHash) {
        AtomicInteger count = this.checks.get(passwordHash);
        return count != null ? count.get() : 0;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof PasswordEncoder encoder) {
            return new Counting(encoder);
        }
        return bean;
    }

    private final class Counting implements PasswordEncoder {

        private final PasswordEncoder encoder;

        Counting(PasswordEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return this.encoder.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            PasswordChecks.this.checks.computeIfAbsent(encodedPassword, (hash) -> new AtomicInteger()).incrementAndGet();
            return this.encoder.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return this.encoder.upgradeEncoding(encodedPassword);
        }

    }

}
