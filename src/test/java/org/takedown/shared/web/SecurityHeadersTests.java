package org.takedown.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every response carries the protective headers, checked over real HTTP on the login page. */
@IntegrationTest
class SecurityHeadersTests {

    @LocalServerPort
    int port;

    @Test
    void sendsAStrictContentSecurityPolicyAndTheOtherProtectiveHeaders() throws Exception {
        HttpResponse<String> response = get(false);
        var headers = response.headers();
        String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'",
                "object-src 'none'")
            .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    @Test
    void sendsHstsOnlyBehindHttps() throws Exception {
        assertThat(get(false).headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(get(true).headers().firstValue("Strict-Transport-Security").orElseThrow())
            .contains("max-age=31536000", "includeSubDomains");
    }

    @Test
    void pagesHaveNoInlineScriptsOrStylesThePolicyWouldBlock() throws Exception {
        String page = get(false).body();
        var document = org.jsoup.Jsoup.parse(page);
        assertThat(document.select("script:not([src])")).isEmpty();
        assertThat(document.select("[style]")).isEmpty();
        assertThat(document.select("style")).isEmpty();
    }

    @Test
    void staticFilesAreCachedAndCompressedWhilePagesAreNeverStored() throws Exception {
        HttpResponse<byte[]> map = HttpClient.newHttpClient().send(HttpRequest
            .newBuilder(URI.create("http://localhost:" + this.port + "/geo/world.json"))
            .header("Accept-Encoding", "gzip")
            .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=3600")
            .doesNotContain("no-store");
        assertThat(map.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(map.body().length).isLessThan(200_000);
        assertThat(get(false).headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    private HttpResponse<String> get(boolean behindHttpsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"));
        if (behindHttpsProxy) {
            request.header("X-Forwarded-Proto", "https");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
