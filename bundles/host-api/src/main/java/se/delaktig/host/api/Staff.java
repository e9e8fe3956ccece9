package se.delaktig.host.api;

import java.util.Objects;
import java.util.Set;

/**
 * A signed-in member of the host's staff.
 *
 * @param id           the host's stable, opaque identifier of the person (used in audit events)
 * @param displayName  the name to show in the user interface, never written to statistics
 * @param roles        what the person may do; never empty for a signed-in person
 * @param unitIds      the units (enheter) whose cases the person works with; a manager's units
 *                     bound the statistics they see
 */
public record Staff(String id, String displayName, Set<StaffRole> roles, Set<String> unitIds) {

    /** Checks the components and takes immutable copies of the sets. */
    public Staff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
        unitIds = Set.copyOf(unitIds);
    }

    /** @return whether the person holds {@code role} */
    public boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }
}
