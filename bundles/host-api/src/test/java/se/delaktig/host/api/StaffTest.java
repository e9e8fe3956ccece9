package se.delaktig.host.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffTest {

    @Test
    void rolesAndUnitsAreImmutableCopies() {
        Set<StaffRole> roles = new HashSet<>(Set.of(StaffRole.CASEWORKER));
        Set<String> units = new HashSet<>(Set.of("north"));
        Staff staff = new Staff("s1", "Sara", roles, units);
        roles.add(StaffRole.ADMINISTRATOR);
        units.add("south");
        assertTrue(staff.hasRole(StaffRole.CASEWORKER));
        assertFalse(staff.hasRole(StaffRole.ADMINISTRATOR), "a later change to the caller's set must not grant a role");
        assertEquals(Set.of("north"), staff.unitIds());
        assertThrows(UnsupportedOperationException.class, () -> staff.roles().add(StaffRole.MANAGER));
    }

    @Test
    void idAndNameAreRequired() {
        assertThrows(NullPointerException.class, () -> new Staff(null, "Sara", Set.of(), Set.of()));
        assertThrows(NullPointerException.class, () -> new Staff("s1", null, Set.of(), Set.of()));
    }
}
