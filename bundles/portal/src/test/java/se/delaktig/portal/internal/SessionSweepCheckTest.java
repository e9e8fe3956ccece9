package se.delaktig.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;

class SessionSweepCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Duration EVERY = Duration.ofMinutes(15);

    private static SessionSweep.State state(Instant lastRun, boolean failed) {
        return new SessionSweep.State(EVERY, NOW.minusSeconds(3600), lastRun, failed);
    }

    @Test
    void aRecentSuccessfulSweepIsFine() {
        HealthResult result = SessionSweepCheck.judge(state(NOW.minusSeconds(600), false), NOW);
        assertEquals(Status.OK, result.status());
        assertEquals("Ended portal sessions were last cleaned up 10 min ago (every 15 min).", result.message());
    }

    @Test
    void aFailedOrLateSweepWarns() {
        assertEquals(Status.WARNING, SessionSweepCheck.judge(state(NOW.minusSeconds(60), true), NOW).status());
        HealthResult late = SessionSweepCheck.judge(state(NOW.minusSeconds(31 * 60), false), NOW);
        assertEquals(Status.WARNING, late.status());
        assertTrue(late.text("sv").contains("31 min sedan"), late.text("sv"));
    }

    @Test
    void beforeTheFirstSweepItWaitsTwoIntervals() {
        assertEquals(Status.OK, SessionSweepCheck.judge(
                new SessionSweep.State(EVERY, NOW.minusSeconds(600), null, false), NOW).status());
        assertEquals(Status.WARNING, SessionSweepCheck.judge(state(null, false), NOW).status());
    }

    @Test
    void withoutTheSweepItWarns() {
        assertEquals(Status.WARNING, new SessionSweepCheck().check().status());
        assertEquals("Städning av portalsessioner", new SessionSweepCheck().title("sv"));
    }
}
