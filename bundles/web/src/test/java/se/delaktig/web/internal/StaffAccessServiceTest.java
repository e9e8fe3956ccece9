package se.delaktig.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffContext;
import se.delaktig.host.api.StaffRole;
import se.delaktig.web.api.WebError;

class StaffAccessServiceTest {

    /** A host with one unit's cases; it ignores the request and answers for whoever is "signed in". */
    static final class FakeHost implements StaffContext {
        Staff signedIn;
        int questions;

        @Override
        public Optional<Staff> currentStaff(HttpServletRequest request) {
            questions++;
            return Optional.ofNullable(signedIn);
        }

        @Override
        public boolean maySeeCase(Staff staff, String caseId) {
            questions++;
            return caseId.startsWith("north-") && staff.unitIds().contains("north");
        }

        @Override
        public boolean maySeeStatistics(Staff staff, String unitId) {
            return false;
        }
    }

    private static final Staff CASEWORKER =
            new Staff("cw1", "Kim Caseworker", Set.of(StaffRole.CASEWORKER), Set.of("north"));

    private final FakeHost host = new FakeHost();
    private final StaffAccessService access = new StaffAccessService(host);

    private static int status(Runnable call) {
        return assertThrows(WebError.class, call::run).getResponse().getStatus();
    }

    @Test
    void nobodySignedInIs401() {
        assertEquals(401, status(() -> access.requireStaff(null)));
        assertEquals(401, status(() -> access.requireRole(null, StaffRole.ADMINISTRATOR)));
        assertEquals(401, status(() -> access.requireCase(null, "north-1")));
    }

    @Test
    void missingRoleIs403() {
        host.signedIn = CASEWORKER;
        assertEquals(403, status(() -> access.requireRole(null, StaffRole.ADMINISTRATOR)));
        assertEquals(CASEWORKER, access.requireRole(null, StaffRole.CASEWORKER));
    }

    @Test
    void unknownCaseAndCaseOfAnotherUnitLookTheSame() {
        host.signedIn = CASEWORKER;
        WebError unknown = assertThrows(WebError.class, () -> access.requireCase(null, "no-such-case"));
        WebError otherUnit = assertThrows(WebError.class, () -> access.requireCase(null, "south-7"));
        assertEquals(404, unknown.getResponse().getStatus());
        assertEquals(404, otherUnit.getResponse().getStatus());
        assertEquals(unknown.code(), otherUnit.code());
        assertEquals(unknown.text(), otherUnit.text());
        assertEquals(404, status(() -> access.requireCase(null, " ")));
        assertEquals(CASEWORKER, access.requireCase(null, "north-1"));
    }

    @Test
    void theHostIsAskedEveryTime() {
        host.signedIn = CASEWORKER;
        access.requireCase(null, "north-1");
        access.requireCase(null, "north-1");
        assertEquals(4, host.questions);
        host.signedIn = null;
        assertEquals(401, status(() -> access.requireCase(null, "north-1")));
    }
}
