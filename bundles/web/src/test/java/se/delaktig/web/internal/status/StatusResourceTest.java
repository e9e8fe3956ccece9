package se.delaktig.web.internal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffContext;
import se.delaktig.host.api.StaffRole;
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
            StatusReportTest.healthyPlugin(), StatusReportTest.CLOCK);

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
}
