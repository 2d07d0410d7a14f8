package org.takedown.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every MockMvc request of the integration tests is, unless it says otherwise, made by a signed-in administrator
 * (who holds every role) with a valid CSRF token. Security tests override it per request:
 * {@code .with(user("analyst").roles("ANALYST"))}, {@code .with(anonymous())}, {@code .with(csrf().useInvalidToken())}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignedInMockMvc {

    public static final String DEFAULT_USER = "admin";

    @Bean
    MockMvcBuilderCustomizer signedInAdministratorByDefault() {
        return (builder) -> ((ConfigurableMockMvcBuilder<?>) builder)
            .defaultRequest(get("/").with(user(DEFAULT_USER).roles("ADMIN")).with(csrf()));
    }

}
