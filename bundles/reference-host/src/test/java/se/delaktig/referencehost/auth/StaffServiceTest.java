package se.delaktig.referencehost.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;
import se.delaktig.referencehost.TestDatabases;
import se.delaktig.referencehost.db.DemoSeed;
import se.delaktig.referencehost.db.HostDatabase;

class StaffServiceTest {
    private final MutableClock clock = new MutableClock();
    private final HostDatabase db = TestDatabases.fresh(true);
    private final StaffService service = new StaffService(db, Duration.ofMinutes(30), Duration.ofHours(10), false, clock);

    @AfterEach
    void close() {
        db.close();
    }

    private Staff signIn(String username) throws SQLException {
        return service.signIn(username, DemoSeed.PASSWORD).orElseThrow().staff();
    }

    private String caseOf(String unit, boolean protectedIdentity) throws SQLException {
        return TestDatabases.caseOf(db, unit, protectedIdentity);
    }

    @Test
    void signsInWithTheDemoPasswordAndNotOtherwise() throws SQLException {
        StaffSession session = service.signIn("anna", DemoSeed.PASSWORD).orElseThrow();
        assertEquals("Anna Lindqvist", session.staff().displayName());
        assertEquals(Set.of("unit-norra"), session.staff().unitIds());
        assertTrue(session.token().length() >= 40);
        assertTrue(service.signIn("anna", "wrong").isEmpty());
        assertTrue(service.signIn("nobody", DemoSeed.PASSWORD).isEmpty());
    }

    @Test
    void locksANameAfterFiveFailures() throws SQLException {
        for (int i = 0; i < 5; i++) {
            assertTrue(service.signIn("bjorn", "wrong").isEmpty());
        }
        assertTrue(service.signIn("bjorn", DemoSeed.PASSWORD).isEmpty(), "locked even with the right password");
        clock.advance(LoginThrottle.LOCK.plusSeconds(1));
        assertTrue(service.signIn("bjorn", DemoSeed.PASSWORD).isPresent());
    }

    @Test
    void sessionsExpireWhenIdle() throws SQLException {
        String token = service.signIn("anna", DemoSeed.PASSWORD).orElseThrow().token();
        clock.advance(Duration.ofMinutes(29));
        assertTrue(service.session(token).isPresent());
        clock.advance(Duration.ofMinutes(29));
        assertTrue(service.session(token).isPresent(), "each request extends the idle time");
        clock.advance(Duration.ofMinutes(31));
        assertTrue(service.session(token).isEmpty());
        assertTrue(service.session(token).isEmpty(), "an expired session is gone for good");
    }

    @Test
    void sessionsEndAfterTheAbsoluteLifetime() throws SQLException {
        String token = service.signIn("anna", DemoSeed.PASSWORD).orElseThrow().token();
        for (int i = 0; i < 39; i++) {
            clock.advance(Duration.ofMinutes(15));
            assertTrue(service.session(token).isPresent());
        }
        clock.advance(Duration.ofMinutes(15));
        assertTrue(service.session(token).isEmpty(), "10 hours passed");
    }

    @Test
    void unknownTokensAndCsrfTokensDiffer() throws SQLException {
        StaffSession session = service.signIn("anna", DemoSeed.PASSWORD).orElseThrow();
        assertTrue(service.session("not-a-token").isEmpty());
        assertFalse(session.csrfToken().equals(session.token()));
        assertEquals(session.csrfToken(), service.session(session.token()).orElseThrow().csrfToken());
    }

    @Test
    void caseworkersSeeCasesOfTheirUnitsOnly() throws SQLException {
        Staff anna = signIn("anna");
        Staff david = signIn("david");
        String norra = caseOf("unit-norra", false);
        String sodra = caseOf("unit-sodra", false);
        String norraProtected = caseOf("unit-norra", true);
        String sodraProtected = caseOf("unit-sodra", true);
        assertTrue(service.maySeeCase(anna, norra));
        assertTrue(service.maySeeCase(anna, norraProtected), "anna has protected access");
        assertFalse(service.maySeeCase(anna, sodra));
        assertFalse(service.maySeeCase(anna, sodraProtected));
        assertTrue(service.maySeeCase(david, sodra));
        assertTrue(service.maySeeCase(david, norra));
        assertFalse(service.maySeeCase(david, norraProtected), "david's units, but no protected access");
        assertFalse(service.maySeeCase(david, sodraProtected));
        assertTrue(service.maySeeCase(signIn("bjorn"), sodraProtected));
        assertFalse(service.maySeeCase(anna, "NO-SUCH-CASE"));
        assertFalse(service.maySeeCase(anna, null));
    }

    @Test
    void protectedAccessAndAbsenceAreReadFromTheDatabaseEveryTime() throws SQLException {
        Staff anna = signIn("anna");
        String norraProtected = caseOf("unit-norra", true);
        StaffFlags flags = new StaffFlags(db);
        assertTrue(flags.protectedAccess("staff-01"));
        assertFalse(flags.protectedAccess("staff-04"));
        db.withConnection(c -> c.createStatement().executeUpdate(
                "UPDATE staff SET protected_access = FALSE WHERE id = 'staff-01'"));
        assertFalse(service.maySeeCase(anna, norraProtected), "revoked at once, within the session");
        assertFalse(flags.away("staff-01"));
        assertTrue(flags.setAway("staff-01", true));
        assertFalse(flags.setAway("staff-01", true), "a repeated click changes nothing");
        assertTrue(flags.away("staff-01"));
        assertTrue(flags.setAway("staff-01", false));
        assertFalse(flags.away("staff-01"));
        assertFalse(flags.setAway("no-such-staff", true));
    }

    @Test
    void managersAndAdministratorsSeeNoCases() throws SQLException {
        String norra = caseOf("unit-norra", false);
        assertFalse(service.maySeeCase(signIn("maria"), norra));
        assertFalse(service.maySeeCase(signIn("admin"), norra));
        Staff forged = new Staff("staff-05", "Maria Holm", Set.of(StaffRole.CASEWORKER), Set.of("unit-norra"));
        assertFalse(service.maySeeCase(forged, norra), "the host's records decide, not the record passed in");
    }

    @Test
    void managersSeeStatisticsOfTheirUnitsAndTheMunicipality() throws SQLException {
        Staff maria = signIn("maria");
        assertTrue(service.maySeeStatistics(maria, null));
        assertTrue(service.maySeeStatistics(maria, "unit-vastra"));
        assertFalse(service.maySeeStatistics(maria, "unit-unknown"));
        assertFalse(service.maySeeStatistics(signIn("anna"), null));
        assertFalse(service.maySeeStatistics(signIn("admin"), "unit-norra"));
    }

    @Test
    void secureCookiesUseTheHostPrefix() {
        var secure = new StaffService(db, TestDatabases.config(Map.of("secure_cookies", true)));
        assertEquals("__Host-delaktig_host", secure.cookieName());
        assertEquals("delaktig_host", service.cookieName());
    }
}
