package org.takedown.shared.web;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may do what (docs/security.md has the same matrix as a table, and AccessMatrixTests checks every route of the
 * application against it), how people sign in, and the protections of every response.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests((requests) -> requests
            .requestMatchers("/login", "/css/**", "/js/**", "/geo/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
                    "/error", "/actuator/health")
            .permitAll()
            .requestMatchers("/admin/**")
            .hasRole("ADMIN")
            // everyone signed in keeps their own saved views (the service lets only the owner change one)
            .requestMatchers(HttpMethod.POST, "/views", "/views/**")
            .hasRole("ANALYST")
            // prosecutors: legal status, charges, extradition requests
            .requestMatchers(HttpMethod.POST, "/defendants/*/status", "/defendants/*/charges",
                    "/defendants/*/charges/**", "/defendants/*/extraditions", "/defendants/*/extraditions/**",
                    "/defendants/*/merge")
            .hasRole("PROSECUTOR")
            .requestMatchers(HttpMethod.GET, "/defendants/*/charges/new", "/defendants/*/charges/*/edit",
                    "/defendants/*/extraditions/new", "/defendants/*/extraditions/*/edit", "/defendants/*/merge",
                    "/defendants/*/charges/*/void", "/defendants/*/extraditions/*/void")
            .hasRole("PROSECUTOR")
            // investigators: everything else that writes
            .requestMatchers(HttpMethod.GET, "/cases/new", "/cases/*/edit", "/cases/*/raids/new", "/raids/*/edit",
                    "/servers/*/edit", "/defendants/new", "/defendants/*/edit", "/cases/*/defendants/link",
                    "/cases/*/defendants/*/unlink", "/cases/*/void", "/raids/*/void")
            .hasRole("INVESTIGATOR")
            .requestMatchers(HttpMethod.POST, "/cases", "/cases/**", "/raids/**", "/servers/**", "/defendants",
                    "/defendants/**")
            .hasRole("INVESTIGATOR")
            // analysts read everything
            .requestMatchers(HttpMethod.GET, "/**")
            .hasRole("ANALYST")
            .anyRequest()
            .denyAll())
            .formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error")
                .permitAll())
            .logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                .invalidateHttpSession(true)
                .deleteCookies("JSESSIONID"))
            .sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.newSession()))
            .headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions((frames) -> frames.deny())
                .referrerPolicy((referrer) -> referrer
                    .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    /** Each role includes the powers of the roles below it. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
            .role("ADMIN")
            .implies("PROSECUTOR")
            .role("PROSECUTOR")
            .implies("INVESTIGATOR")
            .role("INVESTIGATOR")
            .implies("ANALYST")
            .build();
    }

    /** bcrypt for new passwords, behind the {id} prefix so that the algorithm can change without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Publishes denied accesses as events, which the audit log records. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

}
