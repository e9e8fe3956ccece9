package se.delaktig.web.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HmacCsrfTokensTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private static HmacCsrfTokens at(Instant instant) {
        return new HmacCsrfTokens(KEY, Duration.ofHours(12), Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aTokenIsValidForItsSubjectOnly() {
        String token = at(NOW).issue("staff-01");
        assertTrue(at(NOW).verify("staff-01", token));
        assertFalse(at(NOW).verify("staff-02", token));
        assertFalse(new HmacCsrfTokens("another-key-another-key-another!".getBytes(), Duration.ofHours(12),
                Clock.fixed(NOW, ZoneOffset.UTC)).verify("staff-01", token));
    }

    @Test
    void expiredFutureTamperedAndMalformedTokensAreRefused() {
        String token = at(NOW).issue("staff-01");
        assertTrue(at(NOW.plus(Duration.ofHours(11))).verify("staff-01", token));
        assertFalse(at(NOW.plus(Duration.ofHours(13))).verify("staff-01", token));
        assertFalse(at(NOW.minus(Duration.ofHours(1))).verify("staff-01", token));
        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertFalse(at(NOW).verify("staff-01", tampered));
        String otherTime = (NOW.getEpochSecond() - 5) + token.substring(token.indexOf('.'));
        assertFalse(at(NOW).verify("staff-01", otherTime));
        for (String bad : new String[] {null, "", ".", "abc", "x.y", "1.", "9".repeat(300)}) {
            assertFalse(at(NOW).verify("staff-01", bad), String.valueOf(bad));
        }
        assertFalse(at(NOW).verify(null, token));
    }

    @Test
    void theKeyIsMadeOnceAndKeptInTheDataFolder(@TempDir Path data) throws Exception {
        byte[] first = HmacCsrfTokens.keyFile(data.toString());
        byte[] again = HmacCsrfTokens.keyFile(data.toString());
        assertArrayEquals(first, again);
        assertTrue(first.length >= 32);
        assertTrue(Files.isRegularFile(data.resolve("plugin").resolve("csrf.key")));
    }
}
