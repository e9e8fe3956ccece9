package se.delaktig.host.api.events;

import org.osgi.annotation.versioning.ProviderType;

/** The host's log of case events, read by position. Implemented by the host. */
@ProviderType
public interface CaseEventLog {

    /** The cursor that means "from the very beginning". */
    String BEGINNING = "";

    /**
     * The events committed after a cursor.
     *
     * @param cursor {@link #BEGINNING} or a cursor from an earlier answer or event
     * @param max    the largest number of events to return (at least 1)
     * @return a page of events
     * @throws IllegalArgumentException for a cursor the host never issued
     * @throws IllegalStateException    when the host cannot read its log just now; the plugin
     *                                  keeps its cursor and asks again later
     */
    CaseChanges changesSince(String cursor, int max);
}
