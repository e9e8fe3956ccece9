package se.delaktig.host.api.events;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * Every event of one case, for showing its history (the plugin marks interventions on the
     * answers' timeline). Unlike {@link #changesSince}, the answer does not depend on how busy the
     * rest of the log is.
     *
     * <p>The default reads the whole log through {@link #changesSince}; a host should override it
     * with a query by case (an index on the case id), since the plugin asks on every history view.
     *
     * @param caseId the opaque case id
     * @return the case's events in log order (oldest first); empty for a case without events
     * @throws IllegalStateException when the host cannot read its log just now
     * @since 1.1
     */
    default List<CaseEvent> eventsOfCase(String caseId) {
        List<CaseEvent> out = new ArrayList<>();
        String cursor = BEGINNING;
        CaseChanges page;
        do {
            page = changesSince(cursor, 1000);
            for (CaseEvent e : page.events()) {
                if (e.caseId().equals(caseId)) {
                    out.add(e);
                }
            }
            cursor = page.cursor();
        } while (page.more());
        return out;
    }
}
