package se.delaktig.statistics.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;

class SnapshotCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aSnapshotUpToTwoDaysOldIsFine() {
        HealthResult result = SnapshotCheck.judge(NOW.minusSeconds(47 * 3600), null, NOW);
        assertEquals(Status.OK, result.status());
        assertEquals("The statistics were last published 2026-11-20 12:00 (Swedish time).", result.message());
    }

    @Test
    void anOlderSnapshotWarns() {
        HealthResult result = SnapshotCheck.judge(NOW.minusSeconds(49 * 3600), null, NOW);
        assertEquals(Status.WARNING, result.status());
        assertTrue(result.message().contains("49 hours ago"), result.message());
    }

    @Test
    void aFailureAfterTheLastSnapshotWarns() {
        assertEquals(Status.OK, SnapshotCheck.judge(NOW.minusSeconds(60), NOW.minusSeconds(120), NOW).status());
        HealthResult failed = SnapshotCheck.judge(NOW.minusSeconds(3600), NOW.minusSeconds(60), NOW);
        assertEquals(Status.WARNING, failed.status());
        assertTrue(failed.text("sv").contains("misslyckades 2026-11-22 10:59"), failed.text("sv"));
    }

    @Test
    void theServiceRemembersAFailedRebuild() {
        StatisticsServiceTest.TestClock clock = new StatisticsServiceTest.TestClock(NOW);
        StatisticsService service = new StatisticsService(StatisticsServiceTest.config(5, "03:00"), clock, null);
        SnapshotCheck check = new SnapshotCheck(clock);
        assertEquals(Status.CRITICAL, check.check().status());
        check.setService(service);
        assertEquals(Status.OK, check.check().status());
        clock.now = NOW.plusSeconds(60);
        assertThrows(IllegalStateException.class, () -> service.rebuild(a -> {
            throw new IllegalStateException("host unavailable");
        }));
        assertEquals(Status.WARNING, check.check().status());
        clock.now = NOW.plusSeconds(120);
        service.publishNow();
        assertEquals(Status.OK, check.check().status());
    }
}
