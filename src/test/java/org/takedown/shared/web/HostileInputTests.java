package org.takedown.shared.web;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.takedown.support.HttpSession;
import org.takedown.shared.ListRequest;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SignedInMockMvc;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Every route of the access matrix (docs/security.md, read as {@link AccessMatrixTests} reads it) answers every
 * hostile value with a clear answer, never a 500 nor a stack trace: each query parameter its page's forms and links
 * declare, {@code page}, {@code size} and {@code sort}, each path variable, and each field of the form that posts to
 * a POST route (found by rendering the GET pages), the other fields keeping the values the form was rendered with.
 * A NUL byte in a form field is refused next to that field, never saved.
 * <p>
 * Requests go through MockMvc and the whole filter chain, signed in as an administrator (who may use every route),
 * each in a transaction that is rolled back after the persistence context has been flushed, so that what a request
 * would write reaches the database (and fails there if it is not storable) without changing the shared demo data.
 */
@IntegrationTest
class HostileInputTests {

    /** The values sent to every parameter, path variable and form field, by what they try. */
    static final Map<String, String> HOSTILE = hostileValues();

    /** The paging parameters of every route that takes a page or a list request. */
    static final List<String> PAGING = List.of("page", "size", "sort");

    /** What the paging parameters get besides: zero, and each given several times. */
    static final Map<String, List<String>> PAGING_ONLY = Map.of("0", List.of("0"), "repeated",
            List.of("1", "2147483647", "-1", "id,desc"));

    private static final PathPatternParser PATTERNS = PathPatternParser.defaultInstance;

    private static final Pattern STACK_TRACE = Pattern
        .compile("\\bat (java|org|jakarta|com)\\.[\\w.$]+\\(|\\b(java\\.lang|org\\.springframework|org\\.postgresql|"
                + "org\\.hibernate)\\.\\w+(Exception|Error)\\b");

    private static final String ADMIN = "ADMIN";

    /**
     * Built here rather than injected: the injected one prints every request of a failed test, thousands here. It
     * is the same signed-in administrator through the same filter chain.
     */
    private final MockMvcTester mvc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<RequestMappingInfoHandlerMapping> handlerMappings;

    @LocalServerPort
    int port;

    private int requests;

    HostileInputTests(@Autowired WebApplicationContext context) {
        this.mvc = MockMvcTester.from(context, (builder) -> builder.apply(springSecurity())
            .defaultRequest(
                    MockMvcRequestBuilders.get("/").with(user(SignedInMockMvc.DEFAULT_USER).roles(ADMIN)).with(csrf()))
            .build());
    }

    /** What the database refused when the last request's writes were flushed. */
    private RuntimeException refusedWrite;

    @Test
    void everyRouteAnswersEveryHostileValueWithoutAServerError() throws IOException {
        List<String> failures = new ArrayList<>();
        List<String> withoutForm = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long startedCpu = threads.getCurrentThreadCpuTime();
        Long view = saveAView();
        try {
            Site site = crawl();
            for (Route route : site.routes) {
                if (route.method.equals("GET")) {
                    attackQuery(route, site, failures);
                }
                else if (!attackForm(route, site, failures)) {
                    withoutForm.add(route + " at " + route.uri);
                }
                attackPathVariables(route, site, failures);
            }
        }
        finally {
            deleteView(view);
        }
        // MockMvc serves each request on this thread: its CPU time is the test's, whatever else the machine runs
        System.out.printf("HostileInputTests: %d requests in %d s (%d s of CPU); POST routes without a form to "
                + "fill, tried with their path variables only: %s%n", this.requests,
                (System.nanoTime() - started) / 1_000_000_000, (threads.getCurrentThreadCpuTime() - startedCpu)
                        / 1_000_000_000, withoutForm);
        assertThat(failures).as("(route, parameter, value) answered with a server error or a stack trace, or a form "
                + "that took a NUL byte").isEmpty();
    }

    @Test
    void errorRequestedDirectlyIsNotFoundWhileRealErrorsKeepTheirStatus() {
        HttpSession browser = new HttpSession(this.port);
        browser.signIn("admin", "takedown-demo");
        HttpSession.Response direct = browser.get("/error");
        assertThat(direct.status()).isEqualTo(404);
        assertThat(Jsoup.parse(direct.body()).select("h1").text()).isEqualTo("Not found");

        HttpSession.Response missing = browser.get("/cases/999999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).select("main p").text()).contains("999999999");

        HttpSession.Response nul = browser.get("/cases?q=a%00b");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(Jsoup.parse(nul.body()).select("h1").text()).isEqualTo("The request could not be handled");
        assertThat(nul.body()).doesNotContainPattern(STACK_TRACE);

        HttpSession.Response deepPage = browser.get("/raids?page=2147483647");
        assertThat(deepPage.status()).isEqualTo(200);
    }

    /**
     * The sign-in form is Spring Security's, outside the matrix: every hostile name or password is a failed sign-in
     * (recorded in the audit log, SignInTests), never an error.
     */
    @Test
    void aSignInWithHostileTextFails() {
        HOSTILE.forEach((what, value) -> {
            MvcTestResult result = this.mvc.post()
                .uri("/login")
                .with(anonymous())
                .param("username", value)
                .param("password", "takedown-demo")
                .exchange();
            assertThat(result.getUnresolvedException()).as(what).isNull();
            assertThat(result).as(what).hasStatus3xxRedirection().hasRedirectedUrl("/login?error");
        });
        assertThat(this.mvc.post().uri("/login").with(anonymous()).param("username", "admin")
            .param("password", "a\u0000b")).hasStatus3xxRedirection().hasRedirectedUrl("/login?error");
    }

    /** GET: each query parameter of the route's forms and links, and paging, set to each hostile value in turn. */
    private void attackQuery(Route route, Site site, List<String> failures) {
        Set<String> parameters = new TreeSet<>(site.queryParameters(route));
        parameters.addAll(declaredParameters(route));
        for (String parameter : parameters) {
            HOSTILE.forEach((what, value) -> check(failures, route, parameter, what,
                    get(route.uri, Map.of(parameter, List.of(value)))));
            if (PAGING.contains(parameter)) {
                PAGING_ONLY.forEach((what, values) -> check(failures, route, parameter, what,
                        get(route.uri, Map.of(parameter, values))));
            }
        }
    }

    /**
     * POST: each field of the route's form set to each hostile value, the other fields as the form was rendered;
     * false when no page rendered a form for the route.
     */
    private boolean attackForm(Route route, Site site, List<String> failures) {
        Optional<Form> form = site.form(route);
        if (form.isEmpty()) {
            return false;
        }
        for (String field : form.get().fields.keySet()) {
            HOSTILE.forEach((what, value) -> {
                Map<String, String> fields = new LinkedHashMap<>(form.get().fields);
                fields.put(field, value);
                MvcTestResult result = post(route.uri, fields);
                check(failures, route, field, what, result);
                // "_name" marks an unticked check box for Spring's binding, which never reads its value
                if (what.equals("NUL") && !field.startsWith(WebDataBinder.DEFAULT_FIELD_MARKER_PREFIX)) {
                    checkRefusedNextToTheField(failures, route, form.get(), field, result);
                }
            });
        }
        return true;
    }

    /** Each path variable set to each hostile value, the others kept as the crawl found them. */
    private void attackPathVariables(Route route, Site site, List<String> failures) {
        Matcher variables = Pattern.compile("\\{([^}:]+)[^}]*}").matcher(route.pattern);
        List<String> segments = List.of(route.uri.split("/", -1));
        List<String> patternSegments = List.of(route.pattern.split("/", -1));
        while (variables.find()) {
            int index = patternSegments.indexOf(variables.group());
            if (index < 0 || index >= segments.size()) {
                continue;
            }
            for (Map.Entry<String, String> hostile : HOSTILE.entrySet()) {
                List<String> attacked = new ArrayList<>(segments);
                attacked.set(index, UriUtils.encodePathSegment(hostile.getValue(), StandardCharsets.UTF_8));
                String uri = String.join("/", attacked);
                MvcTestResult result = route.method.equals("GET") ? get(uri, Map.of())
                        : post(uri, site.form(route).map((form) -> form.fields).orElse(Map.of()));
                check(failures, route, "{" + variables.group(1) + "}", hostile.getKey(), result);
            }
        }
    }

    /** The handler of a route, as Spring MVC maps it. */
    private Optional<HandlerMethod> handler(Route route) {
        for (RequestMappingInfoHandlerMapping mapping : this.handlerMappings) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
                Set<RequestMethod> methods = handler.getKey().getMethodsCondition().getMethods();
                if (handler.getKey().getPatternValues().contains(route.pattern)
                        && (methods.isEmpty() || methods.contains(RequestMethod.valueOf(route.method)))) {
                    return Optional.of(handler.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The query parameters a GET route's handler declares: {@code page}, {@code size} and {@code sort} when it takes
     * a page or a list request, the names of its {@code @RequestParam}s, the properties of its
     * {@code @ModelAttribute}s (a filter such as the dashboard's).
     */
    private Set<String> declaredParameters(Route route) {
        Set<String> names = new TreeSet<>();
        handler(route).ifPresent((handler) -> {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                Class<?> type = parameter.getParameterType();
                if (type == Pageable.class || type == ListRequest.class) {
                    names.addAll(PAGING);
                }
                RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
                if (requestParam != null) {
                    names.add(requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name());
                }
                if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                    Stream.of(BeanUtils.getPropertyDescriptors(type))
                        .filter((property) -> property.getWriteMethod() != null)
                        .forEach((property) -> names.add(property.getName()));
                }
            }
        });
        return names;
    }

    private void check(List<String> failures, Route route, String parameter, String what, MvcTestResult result) {
        Throwable unresolved = (result.getUnresolvedException() != null) ? result.getUnresolvedException()
                : this.refusedWrite;
        this.refusedWrite = null;
        if (unresolved != null) {
            failures.add("%s %s %s=%s: %s".formatted(route.method, route.pattern, parameter, what,
                    rootCause(unresolved)));
        }
        else if (result.getResponse().getStatus() >= 500 || STACK_TRACE.matcher(body(result)).find()) {
            failures.add("%s %s %s=%s: %d".formatted(route.method, route.pattern, parameter, what,
                    result.getResponse().getStatus()));
        }
    }

    /** A NUL byte is no success: the form comes back, the field marked invalid (a hidden field: refused at all). */
    private void checkRefusedNextToTheField(List<String> failures, Route route, Form form, String field,
            MvcTestResult result) {
        if (result.getUnresolvedException() != null) {
            return;
        }
        int status = result.getResponse().getStatus();
        if (status >= 300 && status < 400) {
            failures.add("%s %s %s=NUL: saved (redirect to %s)".formatted(route.method, route.pattern, field,
                    result.getResponse().getRedirectedUrl()));
            return;
        }
        if (status == 200 && !form.hidden.contains(field) && !field.startsWith("_")) {
            Document page = Jsoup.parse(body(result));
            boolean marked = page.select("[name=" + cssEscape(field) + "]")
                .stream()
                .anyMatch((input) -> input.hasClass("is-invalid") || "true".equals(input.attr("aria-invalid")));
            if (!marked) {
                failures.add("%s %s %s=NUL: %d without a message next to the field".formatted(route.method,
                        route.pattern, field, status));
            }
        }
    }

    private MvcTestResult get(String uri, Map<String, List<String>> query) {
        // in the query string as a browser sends it, but for text that has no UTF-8 (a lone surrogate), which only
        // a client that decodes for the server could pass on, as a parameter
        StringBuilder address = new StringBuilder(uri);
        Map<String, String> undecodable = new LinkedHashMap<>();
        query.forEach((name, values) -> values.forEach((value) -> {
            if (StandardCharsets.UTF_8.newEncoder().canEncode(value)) {
                address.append(address.indexOf("?") < 0 ? '?' : '&')
                    .append(UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8))
                    .append('=')
                    .append(UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
            }
            else {
                undecodable.put(name, value);
            }
        }));
        return inRolledBackTransaction(() -> {
            var request = this.mvc.get().uri(URI.create(address.toString()));
            undecodable.forEach(request::param);
            return request.exchange();
        }, false);
    }

    private MvcTestResult post(String uri, Map<String, String> fields) {
        return inRolledBackTransaction(() -> {
            var request = this.mvc.post().uri(uri);
            fields.forEach(request::param);
            return request.exchange();
        }, true);
    }

    /**
     * The request in a transaction that is rolled back: after a successful write the persistence context is flushed
     * first, so that what the request changed reaches the database as it would at commit; a value the database
     * refuses there is reported as the request's failure.
     */
    private MvcTestResult inRolledBackTransaction(Supplier<MvcTestResult> request, boolean flush) {
        this.requests++;
        TransactionTemplate template = new TransactionTemplate(this.transactions);
        return template.execute((status) -> {
            status.setRollbackOnly();
            MvcTestResult result = request.get();
            if (flush && result.getUnresolvedException() == null && result.getResponse().getStatus() < 400) {
                try {
                    this.entityManager.flush();
                }
                catch (RuntimeException ex) {
                    this.refusedWrite = ex;
                }
            }
            return result;
        });
    }

    /** What the site offers as an administrator sees it: a concrete address per route, the forms of its pages. */
    private Site crawl() {
        List<Route> routes = new ArrayList<>();
        try {
            AccessMatrixTests.matrix().forEach((route, allowed) -> {
                if (allowed.get(AccessMatrixTests.VISITORS.indexOf(ADMIN))) {
                    String method = route.substring(0, route.indexOf(' '));
                    routes.add(new Route(method, route.substring(route.indexOf(' ') + 1)));
                }
            });
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        Site site = new Site(routes);
        Set<String> rendered = new LinkedHashSet<>();
        boolean found = true;
        while (found) {
            found = false;
            for (Route route : routes) {
                if (route.method.equals("GET") && route.uri != null && rendered.add(route.uri)) {
                    site.add(route.uri, body(get(route.uri, Map.of())));
                }
            }
            for (Route route : routes) {
                if (route.uri == null) {
                    route.uri = site.addressOf(route).orElse(null);
                    found |= route.uri != null;
                }
            }
        }
        // what no page links to is tried at an address made up as the access matrix test makes them up
        routes.stream()
            .filter((route) -> route.uri == null)
            .forEach((route) -> route.uri = AccessMatrixTests.concrete(route.pattern));
        return site;
    }

    private Long saveAView() {
        MvcTestResult saved = this.mvc.post()
            .uri("/views")
            .param("list", "CASES")
            .param("query", "status=OPEN")
            .param("name", "Hostile input test view")
            .exchange();
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(location).as("saving a view").isNotNull();
        return this.jdbc.sql("select max(id) from saved_view where owner = 'admin'").query(Long.class).single();
    }

    private void deleteView(Long id) {
        this.mvc.post().uri("/views/{id}/delete", id).exchange();
    }

    private static String body(MvcTestResult result) {
        if (result.getUnresolvedException() != null) {
            return "";
        }
        try {
            return result.getResponse().getContentAsString();
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String rootCause(Throwable throwable) {
        Throwable cause = throwable;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        String where = Stream.of(cause.getStackTrace())
            .filter((frame) -> frame.getClassName().startsWith("org.takedown"))
            .findFirst()
            .map((frame) -> " at " + frame)
            .orElse("");
        return cause.getClass().getSimpleName() + ": " + message.substring(0, Math.min(160, message.length()))
                + where;
    }

    private static String cssEscape(String name) {
        return "\"" + name.replace("\"", "\\\"") + "\"";
    }

    private static Map<String, String> hostileValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("NUL", "a\u0000b");
        values.put("lone surrogate", "a\uD800b");
        values.put("2147483647", "2147483647");
        values.put("99999999999999999999", "99999999999999999999");
        values.put("-1", "-1");
        values.put("unknown sort", "nosuchproperty,desc");
        values.put("5000 characters", "x".repeat(5000));
        // wildcards that an unescaped LIKE would read, and what Spring Data would decode once more in a sort
        values.put("right-to-left override, wildcards, quotes", "\u202E%_\\'\"><b>");
        return values;
    }

    static final class Route {

        final String method;

        final String pattern;

        final PathPattern path;

        String uri;

        Route(String method, String pattern) {
            this.method = method;
            this.pattern = pattern;
            this.path = PATTERNS.parse(pattern);
            this.uri = isLiteral() ? pattern : null;
        }

        boolean isLiteral() {
            return !this.pattern.contains("{") && !this.pattern.contains("*");
        }

        boolean matches(String path) {
            return this.path.matches(PathContainer.parsePath(path));
        }

        @Override
        public String toString() {
            return this.method + " " + this.pattern;
        }

    }

    /** A form of a rendered page: where it goes and the values it would send as rendered. */
    record Form(String method, String action, Map<String, String> fields, Set<String> hidden) {

        static Form of(Element form, String pagePath) {
            String action = form.attr("action").isEmpty() ? pagePath : form.attr("action");
            Map<String, String> fields = new LinkedHashMap<>();
            Set<String> hidden = new LinkedHashSet<>();
            for (Element input : form.select("input[name], select[name], textarea[name]")) {
                String name = input.attr("name");
                String type = input.attr("type").toLowerCase();
                if (name.equals("_csrf") || type.equals("submit") || type.equals("button") || type.equals("image")) {
                    continue;
                }
                if (type.equals("hidden")) {
                    hidden.add(name);
                }
                if (input.tagName().equals("select")) {
                    Element option = Optional.ofNullable(input.selectFirst("option[selected]"))
                        .orElse(input.selectFirst("option"));
                    fields.putIfAbsent(name, option != null ? option.attr("value") : "");
                }
                else if (input.tagName().equals("textarea")) {
                    fields.putIfAbsent(name, input.text());
                }
                else if (type.equals("checkbox") || type.equals("radio")) {
                    if (input.hasAttr("checked")) {
                        fields.putIfAbsent(name, input.attr("value").isEmpty() ? "on" : input.attr("value"));
                    }
                    else if (!fields.containsKey(name)) {
                        hidden.remove(name);
                    }
                }
                else {
                    fields.putIfAbsent(name, input.attr("value"));
                }
            }
            return new Form(form.attr("method").isEmpty() ? "GET" : form.attr("method").toUpperCase(),
                    UriComponentsBuilder.fromUriString(action).build().getPath(), fields, hidden);
        }

    }

    /** The pages rendered so far: their forms and the addresses they link to. */
    static final class Site {

        final List<Route> routes;

        final List<Form> forms = new ArrayList<>();

        final Map<String, Set<String>> linkParameters = new LinkedHashMap<>();

        Site(List<Route> routes) {
            this.routes = routes;
        }

        void add(String uri, String html) {
            Document page = Jsoup.parse(html);
            String pagePath = UriComponentsBuilder.fromUriString(uri).build().getPath();
            page.select("form").forEach((form) -> this.forms.add(Form.of(form, pagePath)));
            for (Element link : page.select("a[href]")) {
                var href = UriComponentsBuilder.fromUriString(link.attr("href")).build();
                if (href.getPath() != null && href.getPath().startsWith("/")) {
                    this.linkParameters.computeIfAbsent(href.getPath(), (path) -> new TreeSet<>())
                        .addAll(href.getQueryParams().keySet());
                }
            }
        }

        /**
         * An address of the route that some page links to or posts to, and that Spring MVC would map to it rather than
         * to a more specific route ({@code /cases/new} is no case).
         */
        Optional<String> addressOf(Route route) {
            List<String> paths = new ArrayList<>(this.linkParameters.keySet());
            this.forms.forEach((form) -> paths.add(form.action));
            return paths.stream()
                .filter((path) -> mostSpecific(path).filter(route.pattern::equals).isPresent())
                .findFirst();
        }

        /** The most specific route pattern that matches the path, as Spring MVC chooses among them. */
        Optional<String> mostSpecific(String path) {
            return this.routes.stream()
                .filter((route) -> route.matches(path))
                .map((route) -> route.path)
                .sorted(PathPattern.SPECIFICITY_COMPARATOR)
                .map(PathPattern::getPatternString)
                .findFirst();
        }

        /** The parameters of a GET route: its forms' fields and its links' query; an export's, those of its list. */
        Set<String> queryParameters(Route route) {
            Set<String> parameters = new TreeSet<>();
            Function<String, Boolean> isRoute = (path) -> route.matches(path)
                    || (route.pattern.endsWith("/export.csv") && path.equals(route.uri.replace("/export.csv", "")));
            this.forms.stream()
                .filter((form) -> form.method.equals("GET") && isRoute.apply(form.action))
                .forEach((form) -> parameters.addAll(form.fields.keySet()));
            this.linkParameters.forEach((path, names) -> {
                if (isRoute.apply(path)) {
                    parameters.addAll(names);
                }
            });
            return parameters;
        }

        /** The first form that posts to the route's address. */
        Optional<Form> form(Route route) {
            return this.forms.stream()
                .filter((form) -> form.method.equals("POST") && form.action.equals(route.uri))
                .findFirst()
                .or(() -> this.forms.stream()
                    .filter((form) -> form.method.equals("POST") && route.matches(form.action))
                    .findFirst());
        }

    }

}
