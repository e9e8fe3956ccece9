package se.delaktig.invitation.internal.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.delaktig.invitation.internal.Configs;
import se.delaktig.invitation.internal.MutableClock;

class RedemptionLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));

    private RedemptionLimiter limiter(Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>(Map.of(
                "per_code_failures", 3, "per_client_failures", 5, "window_seconds", 600,
                "lockout_seconds", 900, "global_failures", 1000, "global_window_seconds", 60, "max_tracked", 100));
        values.putAll(overrides);
        RedemptionLimiter limiter = new RedemptionLimiter(clock);
        limiter.configure(Configs.of(RedemptionLimiterConfiguration.class, values));
        return limiter;
    }

    @Test
    void aCodeIsLockedAfterItsFailuresAndUnlockedAfterTheLockout() {
        RedemptionLimiter l = limiter(Map.of());
        for (int i = 0; i < 3; i++) {
            assertTrue(l.check("code-a", "client-" + i).allowed());
            l.failed("code-a", "client-" + i); // from different clients: the code limit still counts
        }
        Decision d = l.check("code-a", "client-9");
        assertFalse(d.allowed());
        assertEquals("code", d.limit());
        assertEquals(clock.instant().plus(Duration.ofSeconds(900)), d.retryAfter());
        assertTrue(l.check("code-b", "client-9").allowed(), "other codes are not affected");

        clock.advance(Duration.ofSeconds(899));
        assertFalse(l.check("code-a", "client-9").allowed());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(l.check("code-a", "client-9").allowed(), "lockout over");
    }

    @Test
    void aClientIsLockedAfterWrongCodesAcrossCodes() {
        RedemptionLimiter l = limiter(Map.of());
        for (int i = 0; i < 5; i++) {
            assertTrue(l.check("code-" + i, "10.0.0.7").allowed());
            l.failed("code-" + i, "10.0.0.7");
        }
        Decision d = l.check("code-new", "10.0.0.7");
        assertFalse(d.allowed());
        assertEquals("client", d.limit());
        assertTrue(l.check("code-new", "10.0.0.8").allowed(), "another client is not affected");
    }

    @Test
    void anIpv6ClientCannotEscapeByChangingAddressesInItsSlash64() {
        RedemptionLimiter l = limiter(Map.of());
        for (int i = 0; i < 5; i++) {
            l.failed("code-" + i, "2001:db8:7:7::" + (i + 1));
        }
        assertEquals("client", l.check("code-new", "2001:db8:7:7::ff").limit());
        assertTrue(l.check("code-new", "2001:db8:7:8::1").allowed(), "the next /64 is another client");
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        RedemptionLimiter l = limiter(Map.of());
        l.failed("code-a", "c");
        l.failed("code-a", "c");
        clock.advance(Duration.ofSeconds(600));
        l.failed("code-a", "c");
        l.failed("code-a", "c");
        assertTrue(l.check("code-a", "c").allowed(), "2 + 2 in different windows do not reach 3");
        l.failed("code-a", "c");
        assertFalse(l.check("code-a", "c").allowed());
    }

    @Test
    void successResetsTheCodeButNotTheClient() {
        RedemptionLimiter l = limiter(Map.of());
        l.failed("code-a", "c");
        l.failed("code-a", "c");
        l.succeeded("code-a", "c");
        l.failed("code-a", "c");
        l.failed("code-a", "c");
        assertTrue(l.check("code-a", "c").allowed());
        l.failed("code-x", "c");
        assertFalse(l.check("code-y", "c").allowed(), "the client's 5 failures still count");
    }

    @Test
    void theGlobalLimitStopsEverybodyUntilItsWindowEnds() {
        RedemptionLimiter l = limiter(Map.of("global_failures", 10, "per_client_failures", 100));
        for (int i = 0; i < 10; i++) {
            l.failed("code-" + i, "client-" + i);
        }
        Decision d = l.check("fresh-code", "fresh-client");
        assertFalse(d.allowed());
        assertEquals("global", d.limit());
        clock.advance(Duration.ofSeconds(60));
        assertTrue(l.check("fresh-code", "fresh-client").allowed());
    }

    @Test
    void memoryIsBoundedAndExpiredEntriesGo() {
        RedemptionLimiter l = limiter(Map.of("per_code_failures", 100, "per_client_failures", 100));
        for (int i = 0; i < 1000; i++) {
            l.failed("code-" + i, "client-" + i);
        }
        assertTrue(l.tracked() <= 200, "held " + l.tracked());
        clock.advance(Duration.ofSeconds(601));
        l.check("any", "any");
        assertEquals(0, l.tracked(), "all expired and purged");
    }

    @Test
    void lockedEntriesAreNeverEvictedAndNewOnesAreRefusedWhenFull() {
        RedemptionLimiter l = limiter(Map.of("per_code_failures", 1, "per_client_failures", 1000, "max_tracked", 100));
        for (int i = 0; i < 100; i++) {
            l.failed("code-" + i, "client");
        }
        l.failed("code-100", "client"); // no room: not tracked
        assertFalse(l.check("code-0", "client").allowed(), "still locked");
        Decision d = l.check("code-new", "client");
        assertFalse(d.allowed());
        assertEquals("capacity", d.limit());
        clock.advance(Duration.ofSeconds(901));
        assertTrue(l.check("code-new", "client").allowed());
    }

    @Test
    void invalidLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> limiter(Map.of("per_code_failures", 0)));
        assertThrows(IllegalArgumentException.class, () -> limiter(Map.of("global_window_seconds", 0)));
    }
}
