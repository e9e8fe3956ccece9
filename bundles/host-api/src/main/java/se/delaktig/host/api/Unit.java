package se.delaktig.host.api;

import java.util.Objects;

/**
 * An organisational unit of the municipality (enhet, stadsdelsförvaltning) that owns cases.
 *
 * @param id   the host's opaque unit id
 * @param name the unit's name for display
 */
public record Unit(String id, String name) {
    /** Checks the components. */
    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
