package se.delaktig.host.api.events;

import java.util.List;
import java.util.Objects;

/**
 * One page of the host's case event log.
 *
 * @param events the events after the cursor asked for, oldest first
 * @param cursor the cursor to ask with next time (the last event's cursor, or the cursor asked
 *               with when there were none)
 * @param more   whether more events follow beyond this page
 */
public record CaseChanges(List<CaseEvent> events, String cursor, boolean more) {
    /** Checks the components and copies the list. */
    public CaseChanges {
        events = List.copyOf(events);
        Objects.requireNonNull(cursor, "cursor");
    }
}
