package se.delaktig.referencehost.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;
import se.delaktig.referencehost.auth.StaffSession;
import se.delaktig.referencehost.view.Messages;

class CsrfTest {
    private static final Staff ANNA = new Staff("staff-01", "Anna", Set.of(StaffRole.CASEWORKER), Set.of("unit-norra"));
    private static final StaffSession SESSION = new StaffSession(ANNA, "token-123", null);

    private static Page page(String body, Map<String, String> headers) {
        return new Page(FakeHttp.post(headers, new Cookie[0], body), null,
                Messages.load("sv", CsrfTest.class.getClassLoader()), Optional.of(SESSION), "/cases/X/close");
    }

    @Test
    void acceptsTheSessionsToken() {
        assertDoesNotThrow(() -> page("csrf=token-123", Map.of()).checkedForm());
    }

    @Test
    void refusesAMissingOrWrongToken() {
        for (String body : new String[] {"", "csrf=", "csrf=token-124", "csrf=token-123&csrf=token-123", "x=1"}) {
            HttpError e = assertThrows(HttpError.class, () -> page(body, Map.of()).checkedForm(), body);
            assertEquals(body.contains("&") ? 400 : 403, e.status(), body);
        }
    }

    @Test
    void refusesAFormWithoutSession() {
        Page anonymous = new Page(FakeHttp.post(Map.of(), new Cookie[0], "csrf="), null,
                Messages.load("sv", getClass().getClassLoader()), Optional.empty(), "/logout");
        assertThrows(HttpError.class, anonymous::checkedForm);
    }

    @Test
    void refusesForeignOrigins() {
        assertDoesNotThrow(() -> HostServlet.checkOrigin(FakeHttp.post(Map.of("Host", "localhost:8080"), null, "")));
        assertDoesNotThrow(() -> HostServlet.checkOrigin(FakeHttp.post(
                Map.of("Host", "localhost:8080", "Origin", "http://localhost:8080"), null, "")));
        // behind a TLS-terminating proxy the request comes as http, the browser's origin is https
        assertDoesNotThrow(() -> HostServlet.checkOrigin(FakeHttp.post(
                Map.of("Host", "localhost:8080", "Origin", "https://localhost:8080"), null, "")));
        for (String origin : new String[] {"http://evil.example", "null", "http://localhost:8081",
                "https://localhost:8080.evil.example"}) {
            assertThrows(HttpError.class, () -> HostServlet.checkOrigin(FakeHttp.post(
                    Map.of("Host", "localhost:8080", "Origin", origin), null, "")), origin);
        }
        for (String site : new String[] {"cross-site", "same-site", "other"}) {
            assertThrows(HttpError.class, () -> HostServlet.checkOrigin(FakeHttp.post(
                    Map.of("Host", "localhost:8080", "Origin", "http://localhost:8080", "Sec-Fetch-Site", site), null, "")),
                    site);
        }
        assertDoesNotThrow(() -> HostServlet.checkOrigin(FakeHttp.post(
                Map.of("Host", "localhost:8080", "Origin", "https://localhost", "Sec-Fetch-Site", "same-origin"), null, "")),
                "the browser's own word, whatever the proxy did to the Host header");
    }

    @Test
    void refusesLargeBodiesBeforeReading() {
        HttpError declared = assertThrows(HttpError.class, () -> FormBody.read(FakeHttp.post(
                Map.of("Content-Length", "70000"), null, "csrf=x")));
        assertEquals(413, declared.status());
        HttpError actual = assertThrows(HttpError.class, () -> FormBody.read(FakeHttp.post(
                Map.of("Content-Length", "-1"), null, "a=" + "x".repeat(FormBody.MAX_BYTES))));
        assertEquals(413, actual.status());
        HttpError wrongType = assertThrows(HttpError.class, () -> FormBody.read(FakeHttp.post(
                Map.of("Content-Type", "text/plain"), null, "a=b")));
        assertEquals(400, wrongType.status());
        assertThrows(HttpError.class, () -> FormBody.parse("a=%zz"));
    }
}
