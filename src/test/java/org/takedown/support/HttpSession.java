package org.takedown.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * A browser-like HTTP session against the running application over real HTTP: it keeps cookies, does not follow
 * redirects (so tests see them), and takes the CSRF token from the pages it loads, as a browser's forms would.
 */
public final class HttpSession {

    private final String base;

    private final CookieManager cookies = new CookieManager();

    private final HttpClient client;

    private final Duration timeout;

    private String csrfToken;

    public HttpSession(int port) {
        this(port, Duration.ofMinutes(5));
    }

    /** A session whose requests fail with an {@link IllegalStateException} when no answer comes within the timeout. */
    public HttpSession(int port, Duration timeout) {
        this.base = "http://localhost:" + port;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
            .cookieHandler(this.cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
    }

    /** Signs in through the login form; returns the response to the form's POST. */
    public Response signIn(String username, String password) {
        get("/login");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        return post("/login", form);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(this.base + path))
            .timeout(this.timeout)
            .header("Accept", "text/html")
            .GET()
            .build());
    }

    /** Posts a form with the CSRF token of the last page loaded. */
    public Response post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (this.csrfToken != null) {
            withToken.putIfAbsent("_csrf", this.csrfToken);
        }
        return postRaw(path, withToken);
    }

    /** Posts exactly these fields, without adding a CSRF token. */
    public Response postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet()
            .stream()
            .map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(this.base + path))
            .timeout(this.timeout)
            .header("Accept", "text/html")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
    }

    public String cookie(String name) {
        return this.cookies.getCookieStore()
            .getCookies()
            .stream()
            .filter((cookie) -> cookie.getName().equals(name))
            .map(java.net.HttpCookie::getValue)
            .findFirst()
            .orElse(null);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
            String token = Jsoup.parse(response.body()).select("meta[name=csrf-token]").attr("content");
            if (!token.isEmpty()) {
                this.csrfToken = token;
            }
            return new Response(response.statusCode(), response.headers(), response.body());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public record Response(int status, HttpHeaders headers, String body) {

        public String location() {
            return this.headers.firstValue("Location").orElse(null);
        }

    }

}
