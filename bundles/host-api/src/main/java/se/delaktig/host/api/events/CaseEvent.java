package se.delaktig.host.api.events;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened to a case in the host.
 *
 * @param cursor     the host's position of this event in its log; opaque to the plugin, which
 *                   only stores it and passes it back to {@link CaseEventLog#changesSince}
 * @param caseId     the opaque case id
 * @param type       what happened
 * @param unitId     the unit owning the case after the event (the new unit for {@code MOVED})
 * @param occurredAt when it happened in the host
 * @param label      a short display label for interventions (e.g. "Familjebehandling"), or
 *                   {@code null}; never personal data
 */
public record CaseEvent(String cursor, String caseId, CaseEventType type, String unitId,
                        Instant occurredAt, String label) {
    /** Checks the components. */
    public CaseEvent {
        Objects.requireNonNull(cursor, "cursor");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
