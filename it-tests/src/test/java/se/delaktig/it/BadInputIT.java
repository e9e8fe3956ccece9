package se.delaktig.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.ConfigurationAdmin;
import se.delaktig.api.invitation.InvitationService;
import se.delaktig.host.api.CaseDirectory;

/**
 * Bad input to the plugin through the real Jersey and Jackson stack (issue 2, item 7): malformed and
 * oversized JSON, unknown and other units' case ids, posts from another site, a malformed portal form.
 * Each gets a clear 4xx with a JSON {@code error} (or a short page), never a stack trace, and nothing
 * is stored. Every post carries what a browser on our own pages sends ({@code Origin} and
 * {@code Sec-Fetch-Site: same-origin}, see docs/rest-api.md), so a refusal is about the input alone;
 * the last step of each test shows the same request with good input succeeding.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BadInputIT {

    private static final Pattern CASE_LINK = Pattern.compile("href=\"/host/cases/([^\"/]+)\"");
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final List<String> LEAKS = List.of("Exception", "at se.", "at org.", "at java.", "at jakarta.");
    private static final String NORRA = "unit-norra";
    private static final String QUESTIONNAIRE = "{\"format\":\"delaktig-questionnaire/1\",\"id\":\"it-bad-input\","
            + "\"version\":\"1.0.0\",\"title\":{\"sv\":\"Testfrågor\",\"en\":\"Test questions\"},\"respondent\":\"child\","
            + "\"ageBand\":{\"from\":5,\"to\":18},\"languages\":[\"sv\",\"en\"],\"readAloud\":false,"
            + "\"review\":{\"status\":\"draft\"},\"items\":[{\"linkId\":\"weather\",\"type\":\"single-choice\","
            + "\"text\":{\"sv\":\"Vad är det för väder?\",\"en\":\"What is the weather like?\"},\"answerOption\":["
            + "{\"code\":\"sun\",\"text\":{\"sv\":\"Sol\",\"en\":\"Sunny\"}},{\"code\":\"rain\",\"text\":{\"sv\":\"Regn\",\"en\":\"Rain\"}}]}]}";

    private final ObjectMapper mapper = new ObjectMapper();

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return ExamOptions.demo("bad-input");
    }

    @Before
    public void ready() {
        FrameworkReady.await(context);
        FrameworkReady.service(context, InvitationService.class);
        FrameworkReady.testQuestionnaire(context, "it-bad-input", QUESTIONNAIRE);
        FrameworkReady.waitFor("the invitation REST resource", () -> new HttpClientSession(context)
                .getJson("/delaktig/api/cases/x/invitations").status() == 401);
    }

    @Test
    public void malformedAndOversizedInvitationRequestsAreRefusedAndStoreNothing() throws Exception {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        String caseId = openCaseOfNorra(anna);
        String path = "/delaktig/api/cases/" + caseId + "/invitations";
        List<String> before = invitationIds(anna, caseId);

        assertError(400, "bad_request", anna.send(path, JSON, "{", sameOrigin()));
        assertError(400, null, anna.send(path, JSON, "{\"channelId\":5}", sameOrigin()));
        assertClientError(anna.send(path, JSON, "{\"channelId\":5,\"idempotencyKey\":\"" + UUID.randomUUID() + "\"}", sameOrigin()));
        assertError(400, "bad_request", anna.send(path, JSON,
                "{\"channelId\":\"print\",\"idempotencyKey\":{\"nested\":true}}", sameOrigin()));
        assertError(400, "bad_request", anna.send(path, JSON, "[1,2,3]", sameOrigin()));
        assertError(400, null, anna.send(path, JSON, "", sameOrigin()));
        assertError(400, null, anna.send(path, JSON, "null", sameOrigin()));
        assertError(400, "bad_request", anna.send(path, JSON, "{\"channelId\":\"print\",\"x\":}", sameOrigin()));
        BigPoster annaBig = new BigPoster(context).signIn("anna");
        assertError(413, "payload_too_large", annaBig.post(path, JSON, createBody("print", UUID.randomUUID().toString(),
                "\"address\":\"" + "7".repeat(limit()) + "\""), sameOrigin()));
        assertError(413, "payload_too_large", annaBig.post(path, JSON, createBody("print", UUID.randomUUID().toString(),
                "\"address\":\"" + "7".repeat(2 * limit()) + "\""), sameOrigin()));
        assertError(422, "invalid_address", anna.send(path, JSON, createBody("host-sms", UUID.randomUUID().toString(),
                "\"address\":\"" + "7".repeat(50_000) + "\""), sameOrigin()));
        assertError(400, "invalid_request", anna.send(path, JSON, createBody("print", "\u0001bad key", null), sameOrigin()));

        String good = createBody("print", UUID.randomUUID().toString(), null);
        assertError(403, "form_expired", anna.send(path, JSON, good, Map.of("Origin", "http://evil.example")));
        assertError(403, "form_expired", anna.send(path, JSON, good, Map.of("Sec-Fetch-Site", "cross-site")));
        assertError(403, "form_expired", anna.send(path, JSON, good, Map.of("Origin", "null")));
        assertError(403, "form_expired", anna.send(path, FORM, "channel=print&idempotency_key=" + UUID.randomUUID(), sameOrigin()));
        assertError(403, "form_expired", anna.send(path, FORM, "channel=print&csrf=forged", sameOrigin()));
        assertError(400, "bad_request", anna.send(path, FORM, "channel=print&csrf=%ZZ", sameOrigin()));
        assertClientError(anna.send(path, "text/plain", good, sameOrigin()));
        assertError(401, "unauthenticated", new HttpClientSession(context).send(path, JSON, good, sameOrigin()));

        assertEquals("nothing was stored", before, invitationIds(anna, caseId));
        HttpClientSession.Response created = anna.send(path, JSON, good, sameOrigin());
        assertEquals("the same request with good input succeeds: " + created.body(), 201, created.status());
        assertEquals(before.size() + 1, invitationIds(anna, caseId).size());
    }

    @Test
    public void anUnknownCaseAndAnotherUnitsCaseAreTheSame404AndStoreNothing() throws Exception {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        HttpClientSession bjorn = new HttpClientSession(context).signIn("bjorn");
        String foreign = caseIds(bjorn.get("/host/").body()).get(0);
        List<String> foreignBefore = invitationIds(bjorn, foreign);
        String good = createBody("print", UUID.randomUUID().toString(), null);

        HttpClientSession.Response other = anna.send("/delaktig/api/cases/" + foreign + "/invitations", JSON, good, sameOrigin());
        HttpClientSession.Response unknown = anna.send("/delaktig/api/cases/NO-SUCH-CASE/invitations", JSON, good, sameOrigin());
        assertError(404, "not_found", other);
        assertError(404, "not_found", unknown);
        assertEquals("another unit's case looks like an unknown one", other.body(), unknown.body());
        HttpClientSession.Response otherMalformed = anna.send("/delaktig/api/cases/" + foreign + "/invitations", JSON, "{", sameOrigin());
        assertError(400, "bad_request", otherMalformed);
        assertEquals("a malformed body tells nothing about the case either", otherMalformed.body(),
                anna.send("/delaktig/api/cases/NO-SUCH-CASE/invitations", JSON, "{", sameOrigin()).body());
        assertError(404, "not_found", anna.getJson("/delaktig/api/cases/" + foreign + "/invitations/options"));
        assertError(404, "not_found", anna.send("/delaktig/api/cases/" + foreign + "/invitations/no-such-invitation/revoke",
                JSON, "", sameOrigin()));
        // odd case ids may be refused by Jetty before the API sees them: any 4xx without a leak will do
        // (each from its own session: Jetty may close the connection after such a refusal)
        for (String odd : List.of("%2e%2e%2fx", "x%00y", "x".repeat(5000))) {
            HttpClientSession.Response response = new HttpClientSession(context).signIn("anna").send("/delaktig/api/cases/" + odd + "/invitations", JSON, good, sameOrigin());
            assertTrue(odd + " answered " + response.status(), response.status() >= 400 && response.status() < 500);
            assertNoLeak(response);
        }

        assertEquals("nothing stored on bjorn's case", foreignBefore, invitationIds(bjorn, foreign));
        assertEquals("bjorn himself may create one there", 201,
                bjorn.send("/delaktig/api/cases/" + foreign + "/invitations", JSON, good, sameOrigin()).status());
    }

    @Test
    public void aMalformedQuestionnaireImportIsRefusedAndTheCatalogStaysAsItWas() throws Exception {
        HttpClientSession admin = new HttpClientSession(context).signIn("admin");
        String listing = admin.getJson("/delaktig/api/questionnaires").body();
        String path = "/delaktig/api/questionnaires";

        HttpClientSession.Response brace = admin.send(path, JSON, "{", sameOrigin());
        assertError(400, null, brace);
        assertError(400, null, admin.send(path, JSON, "", sameOrigin()));
        assertError(400, null, admin.send(path, JSON, "{\"format\":5,\"items\":{}}", sameOrigin()));
        assertError(400, "invalid_definition", admin.send(path, JSON,
                QUESTIONNAIRE.replace("\"it-bad-input\"", "\"it-long\"").replace("Testfrågor", "x".repeat(100_000)), sameOrigin()));
        assertError(413, "payload_too_large", new BigPoster(context).signIn("admin").post(path, JSON,
                QUESTIONNAIRE.replace("\"it-bad-input\"", "\"it-huge\"").replace("Testfrågor", "x".repeat(limit())), sameOrigin()));
        assertError(403, "form_expired", admin.send(path, "text/plain", QUESTIONNAIRE.replace("\"it-bad-input\"", "\"it-plain\""),
                sameOrigin()));
        assertError(403, "form_expired", admin.send(path, JSON, QUESTIONNAIRE.replace("\"it-bad-input\"", "\"it-evil\""),
                Map.of("Origin", "http://evil.example")));
        assertError(403, null, new HttpClientSession(context).signIn("anna").send(path, JSON,
                QUESTIONNAIRE.replace("\"it-bad-input\"", "\"it-caseworker\""), sameOrigin()));

        assertEquals("the catalog is as it was", listing, admin.getJson(path).body());
        assertEquals("a good definition is accepted", 201, admin.send(path, JSON,
                QUESTIONNAIRE.replace("\"it-bad-input\"", "\"it-bad-input-good\""), sameOrigin()).status());
    }

    @Test
    public void aMalformedPortalFormGetsAClearPageAndNoSession() {
        String portal = "/delaktig/portal/";
        Map<String, String> browser = new HashMap<>(sameOrigin());
        browser.put("Accept", BROWSER_ACCEPT);

        HttpClientSession child = new HttpClientSession(context);
        HttpClientSession.Response huge = new BigPoster(context).post(portal, FORM, "code=" + "A".repeat(Math.max(limit(), 2 * 1024 * 1024)), browser);
        assertEquals(huge.body(), 413, huge.status());
        assertPage(huge);
        HttpClientSession.Response encoding = child.send(portal, FORM, "code=%ZZ&lang=%", browser);
        assertTrue("invalid %-encoding answered " + encoding.status() + ": " + encoding.body(),
                encoding.status() >= 400 && encoding.status() < 500);
        assertPage(encoding);
        HttpClientSession.Response json = child.send(portal, JSON, "{\"code\":\"x\"}", browser);
        assertTrue("a JSON post to a form answered " + json.status(), json.status() >= 400 && json.status() < 500);
        assertPage(json);
        for (HttpClientSession.Response response : List.of(huge, encoding, json)) {
            assertFalse("no portal session for bad input: " + response.headers(), response.headers().allValues("Set-Cookie")
                    .stream().anyMatch(c -> !c.contains("Max-Age=0")));
        }
        assertEquals("the child gets no questions", 303, child.get("/delaktig/portal/intro").status());
    }

    // ---- helpers ----

    /**
     * Posts bodies above the limit as a careful client does, with {@code Expect: 100-continue}: the
     * server answers 413 from the headers alone, and the answer is not lost to a connection reset by
     * the unread rest of a large body (which a plain HTTP/1.1 client may see instead of the 413).
     * A plain socket, since Java 17's HttpClient waits forever for a 100 that a 413 replaces.
     */
    private static final class BigPoster {
        private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"login_token\" value=\"([^\"]+)\"");
        private final int port;
        private final String base;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(20)).build();

        BigPoster(BundleContext context) {
            port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
            base = "http://localhost:" + port;
        }

        BigPoster signIn(String username) {
            Matcher token = LOGIN_TOKEN.matcher(exchange(HttpRequest.newBuilder(URI.create(base + "/host/login")).GET()).body());
            assertTrue("a login form", token.find());
            HttpClientSession.Response answer = exchange(HttpRequest.newBuilder(URI.create(base + "/host/login"))
                    .header("Content-Type", FORM).POST(HttpRequest.BodyPublishers.ofString("username=" + username
                            + "&password=" + HttpClientSession.DEMO_PASSWORD + "&login_token="
                            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
            assertEquals("sign-in of " + username, 303, answer.status());
            return this;
        }

        HttpClientSession.Response post(String path, String type, String body, Map<String, String> headers) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n");
            String cookie = cookies.getCookieStore().get(URI.create(base + "/")).stream().map(Object::toString)
                    .collect(java.util.stream.Collectors.joining("; "));
            if (!cookie.isEmpty()) {
                head.append("Cookie: ").append(cookie).append("\r\n");
            }
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            try (Socket socket = new Socket("localhost", port)) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
                Map<String, List<String>> fields = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                int status = readHead(in, fields);
                if (status == 100) {
                    out.write(bytes); // the server wants the body after all: the test will fail on the status
                    out.flush();
                    fields.clear();
                    status = readHead(in, fields);
                }
                byte[] content = "chunked".equalsIgnoreCase(String.join("", fields.getOrDefault("Transfer-Encoding", List.of())))
                        ? dechunk(in) : in.readAllBytes();
                return new HttpClientSession.Response(status, new String(content, StandardCharsets.UTF_8),
                        java.net.http.HttpHeaders.of(fields, (a, b) -> true));
            } catch (IOException e) {
                throw new AssertionError("request failed: " + e, e);
            }
        }

        /** Reads a status line and header fields. @return the status */
        private static int readHead(InputStream in, Map<String, List<String>> fields) throws IOException {
            String status = line(in);
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                fields.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>()).add(line.substring(colon + 1).trim());
            }
            return Integer.parseInt(status.split(" ")[1]);
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed in the middle of a line: " + line);
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private static byte[] dechunk(InputStream in) throws IOException {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                out.write(in.readNBytes(size));
                line(in);
            }
            return out.toByteArray();
        }

        private HttpClientSession.Response exchange(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new HttpClientSession.Response(response.statusCode(), response.body(), response.headers());
            } catch (IOException e) {
                throw new AssertionError("request failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** @return the largest request body the plugin accepts ({@code se.delaktig.web.limits}, 1 MiB in the feature) */
    private int limit() {
        try {
            org.osgi.service.cm.Configuration[] found = FrameworkReady.service(context, ConfigurationAdmin.class)
                    .listConfigurations("(service.pid=se.delaktig.web.limits)");
            Object value = found == null ? null : found[0].getProperties().get("max_request_bytes");
            return value == null ? 65_536 : Math.toIntExact(((Number) value).longValue());
        } catch (IOException | InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** What a browser on our own pages sends with a post (docs/rest-api.md, "Same origin"). */
    private Map<String, String> sameOrigin() {
        return Map.of("Origin", "http://localhost:" + context.getProperty("org.osgi.service.http.port"),
                "Sec-Fetch-Site", "same-origin");
    }

    private static String createBody(String channel, String key, String extra) {
        return "{\"questionnaireId\":\"it-bad-input\",\"channelId\":\"" + channel + "\",\"language\":\"sv\",\"idempotencyKey\":\""
                + key.replace("\u0001", "\\u0001") + "\"" + (extra == null ? "" : "," + extra) + "}";
    }

    /** A 4xx JSON error of the web bundle's shape: {@code {"status":..,"error":"..","message":".."}}, nothing leaked. */
    private void assertError(int status, String code, HttpClientSession.Response response) throws IOException {
        assertEquals(response.body(), status, response.status());
        assertClientError(response);
        JsonNode json = mapper.readTree(response.body());
        if (code != null) {
            assertEquals(response.body(), code, json.path("error").asText());
        }
    }

    private void assertClientError(HttpClientSession.Response response) throws IOException {
        assertTrue(response.status() + ": " + response.body(), response.status() >= 400 && response.status() < 500);
        String type = response.header("Content-Type");
        assertNotNull("a content type on " + response.status(), type);
        assertTrue(type + ": " + response.body(), type.startsWith(JSON));
        JsonNode json = mapper.readTree(response.body());
        assertTrue("an error field: " + response.body(), json.path("error").isTextual() && !json.path("error").asText().isBlank());
        assertEquals(response.body(), response.status(), json.path("status").asInt());
        assertNoLeak(response);
    }

    private static void assertPage(HttpClientSession.Response response) {
        assertTrue(response.header("Content-Type") + ": " + response.body(),
                String.valueOf(response.header("Content-Type")).startsWith("text/html"));
        assertNoLeak(response);
    }

    private static void assertNoLeak(HttpClientSession.Response response) {
        for (String leak : LEAKS) {
            assertFalse("'" + leak + "' in " + response.status() + ": " + response.body(), response.body().contains(leak));
        }
    }

    private List<String> invitationIds(HttpClientSession staff, String caseId) throws IOException {
        HttpClientSession.Response list = staff.getJson("/delaktig/api/cases/" + caseId + "/invitations");
        assertEquals(list.body(), 200, list.status());
        List<String> ids = new ArrayList<>();
        mapper.readTree(list.body()).path("invitations").forEach(v -> ids.add(v.path("id").asText()));
        return ids;
    }

    /** An open case of unit-norra without a protected identity, from anna's list. */
    private String openCaseOfNorra(HttpClientSession anna) {
        CaseDirectory cases = FrameworkReady.service(context, CaseDirectory.class);
        return caseIds(anna.get("/host/").body()).stream()
                .filter(id -> cases.find(id).filter(c -> c.open() && !c.protectedIdentity() && c.unitId().equals(NORRA)).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("anna has an open case of " + NORRA));
    }

    private static List<String> caseIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = CASE_LINK.matcher(html);
        while (matcher.find()) {
            if (!ids.contains(matcher.group(1))) {
                ids.add(matcher.group(1));
            }
        }
        assertFalse("cases in the list", ids.isEmpty());
        return ids;
    }
}
