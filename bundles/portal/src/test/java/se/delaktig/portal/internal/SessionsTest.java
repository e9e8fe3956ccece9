package se.delaktig.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.delaktig.api.response.PortalSession;
import se.delaktig.api.response.PortalSessionRepository;

/** Timeouts, hashing and cookie attributes of the portal's own sessions. */
class SessionsTest {
    private Instant now = Instant.parse("2026-11-20T09:00:00Z");
    private final Map<String, PortalSession> rows = new HashMap<>();
    private final PortalSessionRepository repo = new PortalSessionRepository() {
        public void create(PortalSession s) { rows.put(s.idHash(), s); }
        public Optional<PortalSession> find(String h) { return Optional.ofNullable(rows.get(h)); }
        public void touch(String h, Instant t) {
            PortalSession s = rows.get(h);
            rows.put(h, new PortalSession(h, s.invitationId(), s.responseId(), s.language(), s.createdAt(), t));
        }
        public void setLanguage(String h, String l) { }
        public void delete(String h) { rows.remove(h); }
        public int deleteForInvitation(String i) { return 0; }
        public int deleteExpired(Instant a, Instant b) { return 0; }
    };
    private final Clock clock = new Clock() {
        public ZoneOffset getZone() { return ZoneOffset.UTC; }
        public Clock withZone(java.time.ZoneId z) { return this; }
        public Instant instant() { return now; }
    };
    private final Sessions sessions = new Sessions(repo, clock, Duration.ofMinutes(30), Duration.ofHours(12));

    @Test
    void onlyTheHashIsStoredAndTheValueIsUnguessable() {
        Sessions.Started s = sessions.start("inv", "resp", "sv");
        assertEquals(43, s.cookieValue().length(), "256 random bits");
        assertFalse(rows.containsKey(s.cookieValue()));
        assertTrue(rows.containsKey(Sessions.hash(s.cookieValue())));
        assertTrue(sessions.resolve(s.cookieValue()).isPresent());
        assertTrue(sessions.resolve("x".repeat(43)).isEmpty());
        assertTrue(sessions.resolve(null).isEmpty());
    }

    @Test
    void anIdleSessionEndsAndAnActiveOneEndsAfterTheAbsoluteTimeout() {
        Sessions.Started s = sessions.start("inv", "resp", "sv");
        now = now.plus(Duration.ofMinutes(29));
        assertTrue(sessions.resolve(s.cookieValue()).isPresent());
        now = now.plus(Duration.ofMinutes(29));
        assertTrue(sessions.resolve(s.cookieValue()).isPresent(), "touched 29 minutes ago");
        now = now.plus(Duration.ofMinutes(31));
        assertTrue(sessions.resolve(s.cookieValue()).isEmpty(), "idle");
        assertTrue(rows.isEmpty(), "and gone from the table");

        Sessions.Started busy = sessions.start("inv", "resp", "sv");
        for (int i = 0; i < 12 * 3; i++) {
            now = now.plus(Duration.ofMinutes(20));
            if (i < 35) {
                assertTrue(sessions.resolve(busy.cookieValue()).isPresent(), "at step " + i);
            }
        }
        now = now.plus(Duration.ofMinutes(20));
        assertTrue(sessions.resolve(busy.cookieValue()).isEmpty(), "absolute");
    }

    @Test
    void theCookieIsHostOnlyWithTlsAndPortalScopedWithout() {
        assertEquals("delaktig_portal=v; Path=/delaktig/portal; HttpOnly; SameSite=Strict", Sessions.setCookie("v", false));
        assertEquals("__Host-delaktig_portal=v; Path=/; Secure; HttpOnly; SameSite=Strict", Sessions.setCookie("v", true));
        assertTrue(Sessions.setCookie(null, false).endsWith("Max-Age=0"));
    }
}
