package se.delaktig.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.osgi.framework.BundleContext;

/** A browser-like HTTP session against the framework's HTTP port: cookies kept, redirects not followed. */
final class HttpClientSession {

    static final String DEMO_PASSWORD = "delaktig-demo";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"login_token\" value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    record Response(int status, String body, java.net.http.HttpHeaders headers) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final String base;
    private final HttpClient client;

    HttpClientSession(BundleContext context) {
        this("http://localhost:" + context.getProperty("org.osgi.service.http.port"));
    }

    /** @param base the server's base URL, for tests outside the framework */
    HttpClientSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    int status(String path) {
        try {
            return get(path).status();
        } catch (IllegalStateException e) {
            return -1;
        }
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A GET that asks for {@code accept}, such as {@code text/html} as a browser does. */
    Response get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    }

    Response getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
    }

    Response post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return postRaw(path, "application/x-www-form-urlencoded", body);
    }

    Response postRaw(String path, String contentType, String body) {
        return send(path, contentType, body, Map.of());
    }

    /** A POST with extra headers (Origin, tokens). */
    Response send(String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** Signs in a demo user through the real sign-in form; fails unless the host redirects onwards. */
    HttpClientSession signIn(String username) {
        Response form = get("/host/login");
        Response answer = post("/host/login", Map.of("username", username, "password", DEMO_PASSWORD,
                "login_token", find(LOGIN_TOKEN, form.body(), "login_token")));
        if (answer.status() != 303 && answer.status() != 302) {
            throw new AssertionError("sign-in of " + username + " answered " + answer.status() + ": " + answer.body());
        }
        return this;
    }

    /** @return the CSRF token of a page's form */
    static String csrf(String html) {
        return find(CSRF, html, "csrf");
    }

    private static String find(Pattern pattern, String html, String what) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no " + what + " field in page: " + html);
        }
        return matcher.group(1);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
