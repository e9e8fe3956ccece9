package se.delaktig.web.internal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffContext;
import se.delaktig.host.api.StaffRole;
import se.delaktig.web.api.HealthCheck;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;
import se.delaktig.web.api.WebError;
import se.delaktig.web.internal.StaffAccessService;

class StatusResourceTest {

    private Staff signedIn;

    private final StaffContext host = new StaffContext() {
        @Override
        public Optional<Staff> currentStaff(HttpServletRequest request) {
            return Optional.ofNullable(signedIn);
        }

        @Override
        public boolean maySeeCase(Staff staff, String caseId) {
            return false;
        }

        @Override
        public boolean maySeeStatistics(Staff staff, String unitId) {
            return false;
        }
    };

    private final StatusResource resource = new StatusResource(new StaffAccessService(host),
            StatusReportTest.healthyPlugin(), StatusReportTest.CLOCK, new HealthRunner(Duration.ofSeconds(2)));

    private int status() {
        return assertThrows(WebError.class, () -> resource.status(null)).getResponse().getStatus();
    }

    @Test
    void onlyAdministratorsSeeTheStatus() {
        assertEquals(401, status());
        signedIn = new Staff("m1", "Mona Manager", Set.of(StaffRole.MANAGER, StaffRole.CASEWORKER), Set.of("north"));
        assertEquals(403, status());
        signedIn = new Staff("a1", "Ada Admin", Set.of(StaffRole.ADMINISTRATOR), Set.of());
        assertTrue(resource.status(null).healthy());
    }

    @Test
    void checksJoinAndLeaveTheReport() {
        signedIn = new Staff("a1", "Ada Admin", Set.of(StaffRole.ADMINISTRATOR), Set.of());
        HealthCheck failing = HealthRunnerTest.fixed("invitation.codes", HealthResult.of(Status.CRITICAL, "No pepper"));
        resource.addCheck(HealthRunnerTest.fixed("store.database", HealthResult.of(Status.OK, "Fine")));
        resource.addCheck(failing);
        StatusReport report = resource.status(null);
        assertFalse(report.healthy());
        assertEquals("CRITICAL", report.status());
        assertEquals(List.of("check invitation.codes is CRITICAL: No pepper"), report.problems());
        assertEquals(List.of("invitation.codes", "store.database"), report.checks().stream().map(c -> c.name()).toList());
        resource.removeCheck(failing);
        assertTrue(resource.status(null).healthy());
        assertEquals(1, resource.status(null).checks().size());
    }

    @Test
    void thePageShowsEveryCheckWithItsStatusInWords() {
        signedIn = new Staff("a1", "Ada Admin", Set.of(StaffRole.ADMINISTRATOR), Set.of());
        resource.addCheck(HealthRunnerTest.fixed("store.database", HealthResult.of(Status.OK, "Fine")));
        resource.addCheck(HealthRunnerTest.fixed("portal.sweep", HealthResult.of(Status.WARNING, "Late <b>")));
        String sv = resource.page("sv", null);
        assertTrue(sv.contains("<html lang=\"sv\">"), sv);
        assertTrue(sv.contains("Varning"), sv);
        assertTrue(sv.contains("Late &lt;b&gt;"), "escaped: " + sv);
        assertTrue(sv.contains("/delaktig/static/status/status-"), sv);
        assertFalse(sv.contains("<script"), sv);
        assertFalse(sv.contains("style="), sv);
        String en = resource.page("en", null);
        assertTrue(en.contains("<html lang=\"en\">") && en.contains("Warning") && en.contains("store.database"), en);
    }
}
