package org.takedown.shared.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every route of the application, as the handler mappings list them, is in the matrix of docs/security.md, and
 * each role and an anonymous visitor get exactly the access the matrix gives them. A new route that is missing from
 * the matrix, or a row for a route that no longer exists, fails the build.
 */
@IntegrationTest
@Transactional
class AccessMatrixTests {

    static final Path MATRIX = Path.of("docs", "security.md");

    static final List<String> VISITORS = List.of("ANONYMOUS", "ANALYST", "INVESTIGATOR", "PROSECUTOR", "ADMIN");

    private static final Pattern ROW = Pattern
        .compile("^\\|\\s*(GET|POST)\\s*\\|\\s*`([^`]+)`\\s*\\|\\s*(yes|no)\\s*\\|\\s*(yes|no)\\s*\\|\\s*(yes|no)\\s*\\|"
                + "\\s*(yes|no)\\s*\\|\\s*(yes|no)\\s*\\|");

    @Autowired
    List<RequestMappingInfoHandlerMapping> handlerMappings;

    @Autowired
    MockMvcTester mvc;

    @Test
    void everyRouteIsInTheMatrixAndEveryRowIsARoute() throws IOException {
        Set<String> routes = applicationRoutes();
        Set<String> documented = matrix().keySet();
        assertThat(new TreeSet<>(routes)).as("routes missing from docs/security.md").isSubsetOf(documented);
        assertThat(new TreeSet<>(documented)).as("rows of docs/security.md that are no route").isSubsetOf(routes);
    }

    @Test
    void everyVisitorGetsExactlyTheAccessTheMatrixGives() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        matrix().forEach((route, allowed) -> {
            String method = route.substring(0, route.indexOf(' '));
            String uri = concrete(route.substring(route.indexOf(' ') + 1));
            for (int i = 0; i < VISITORS.size(); i++) {
                String visitor = VISITORS.get(i);
                MvcTestResult result = request(method, uri, visitor);
                int status = result.getResponse().getStatus();
                String location = result.getResponse().getRedirectedUrl();
                boolean denied = status == 403 || status == 401 || (location != null && location.endsWith("/login"));
                softly.assertThat(!denied)
                    .as("%s %s as %s (status %d, location %s)", method, uri, visitor, status, location)
                    .isEqualTo(allowed.get(i));
                softly.assertThat(status).as("%s %s as %s", method, uri, visitor).isLessThan(500);
            }
        });
        softly.assertAll();
    }

    private MvcTestResult request(String method, String uri, String visitor) {
        RequestPostProcessor who = visitor.equals("ANONYMOUS") ? anonymous()
                : user("matrix-" + visitor.toLowerCase()).roles(visitor);
        return method.equals("GET") ? this.mvc.get().uri(uri).with(who).exchange()
                : this.mvc.post().uri(uri).with(who).exchange();
    }

    /** A URI for a route pattern: {id}-style variables become an id, {code} a country, regex variables their first option. */
    static String concrete(String pattern) {
        Matcher variables = Pattern.compile("\\{([^}:]+)(?::([^}|]+)[^}]*)?}").matcher(pattern);
        StringBuilder uri = new StringBuilder();
        while (variables.find()) {
            String name = variables.group(1);
            String replacement = variables.group(2) != null ? variables.group(2)
                    : name.equals("code") ? "LV" : name.startsWith("*") ? "x" : "1";
            variables.appendReplacement(uri, Matcher.quoteReplacement(replacement));
        }
        variables.appendTail(uri);
        return uri.toString().replace("/**", "/x");
    }

    private Set<String> applicationRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : this.handlerMappings) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        routes.add("GET " + pattern);
                    }
                    methods.forEach((method) -> routes.add(method.name() + " " + pattern));
                }
            }
        }
        return routes;
    }

    static Map<String, List<Boolean>> matrix() throws IOException {
        Map<String, List<Boolean>> rows = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(MATRIX)) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                List<Boolean> allowed = new ArrayList<>();
                for (int column = 3; column <= 7; column++) {
                    allowed.add(row.group(column).equals("yes"));
                }
                // a | inside a route is escaped in the Markdown table
                rows.put(row.group(1) + " " + row.group(2).replace("\\|", "|"), allowed);
            }
        }
        return rows;
    }

}
