package se.delaktig.caseworker.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.delaktig.api.operations.FilingBacklog;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;

class CaseworkerHealthChecksTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void anEmptyOrFreshQueueIsFine() {
        assertEquals(Status.OK, FilingCheck.judge(FilingBacklog.EMPTY, 0, NOW).status());
        HealthResult fresh = FilingCheck.judge(new FilingBacklog(3, 0, NOW.minusSeconds(600)), 0, NOW);
        assertEquals(Status.OK, fresh.status());
        assertTrue(fresh.message().startsWith("3 summary(ies) waiting"), fresh.message());
    }

    @Test
    void aSummaryWaitingOverAnHourWarnsAndOverADayIsCritical() {
        HealthResult late = FilingCheck.judge(new FilingBacklog(2, 1, NOW.minusSeconds(3601 + 60)), 0, NOW);
        assertEquals(Status.WARNING, late.status());
        assertTrue(late.message().contains("1 refused") && late.message().contains("61 min"), late.message());
        HealthResult stuck = FilingCheck.judge(new FilingBacklog(4, 4, NOW.minusSeconds(26 * 3600)), 0, NOW);
        assertEquals(Status.CRITICAL, stuck.status());
        assertTrue(stuck.message().contains("26 hours"), stuck.message());
        assertTrue(stuck.text("sv").contains("26 timmar"), stuck.text("sv"));
    }

    @Test
    void responsesWaitingOnlyForTheirAlertAreNoSummariesWaiting() {
        HealthResult onlyAlerts = FilingCheck.judge(new FilingBacklog(2, 2, NOW.minusSeconds(26 * 3600)), 2, NOW);
        assertEquals(Status.OK, onlyAlerts.status());
        assertTrue(onlyAlerts.message().contains("2 response(s) wait only for their danger alert"), onlyAlerts.message());
        assertTrue(onlyAlerts.text("sv").contains("2 svar väntar bara på sitt oroslarm"), onlyAlerts.text("sv"));
        HealthResult mixed = FilingCheck.judge(new FilingBacklog(3, 2, NOW.minusSeconds(3601 + 60)), 1, NOW);
        assertEquals(Status.WARNING, mixed.status());
        assertTrue(mixed.message().startsWith("2 summary(ies) waiting") && mixed.message().contains("1 refused"),
                mixed.message());
    }

    @Test
    void withoutTheFilingComponentBothChecksAreCritical() {
        assertEquals(Status.CRITICAL, new FilingCheck().check().status());
        assertEquals(Status.CRITICAL, new AlertsCheck().check().status());
        assertEquals("Oroslarm", new AlertsCheck().title("sv"));
    }

    @Test
    void anUnsentDangerAlertIsCritical() {
        assertEquals(Status.OK, AlertsCheck.judge(0).status());
        HealthResult unsent = AlertsCheck.judge(2);
        assertEquals(Status.CRITICAL, unsent.status());
        assertTrue(unsent.message().startsWith("2 danger alert(s)"), unsent.message());
    }
}
