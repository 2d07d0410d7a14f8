package org.takedown.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a real port against the embedded PostgreSQL with the demo case and demo users loaded.
 * MockMvc requests are made by a signed-in administrator with a CSRF token unless they say otherwise
 * ({@link SignedInMockMvc}); the password checks are counted ({@link PasswordChecks}). Every test class
 * that uses it shares one Spring context, so keep its configuration identical everywhere: no @MockitoBean, no extra
 * properties. Tests that write should clean up after themselves or roll back ({@code @Transactional}) and must not
 * assume the database holds only the demo case.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ SqlStatementCounter.Registration.class, SignedInMockMvc.class, PasswordChecks.class })
public @interface IntegrationTest {

}
