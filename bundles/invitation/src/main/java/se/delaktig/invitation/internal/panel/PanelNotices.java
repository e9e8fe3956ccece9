package se.delaktig.invitation.internal.panel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * One-shot notices from a form post to the next rendering of the panel, per (staff member, case).
 *
 * <p>The host's {@code PanelRequest} does not carry the case page's query string, so a message
 * key in the redirect would never reach the panel; the notice waits here instead, in memory only,
 * for a few minutes. It holds text keys and channel reasons, never a code, an address or anything
 * typed. Losing one (restart, another node) only loses the message: the list shows the outcome.
 */
@Component(service = PanelNotices.class)
public class PanelNotices {

    static final Duration TTL = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private record Key(String staffId, String caseId) { }

    private record Entry(Notice notice, Instant until) { }

    private final Clock clock;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** For DS. */
    public PanelNotices() {
        this(Clock.systemUTC());
    }

    PanelNotices(Clock clock) {
        this.clock = clock;
    }

    /** Leaves a notice for the next rendering of the panel by {@code staffId} on {@code caseId}. */
    public synchronized void put(String staffId, String caseId, Notice notice) {
        entries.put(new Key(staffId, caseId), new Entry(notice, clock.instant().plus(TTL)));
    }

    /** @return the waiting notice, removed, if there is one that has not expired */
    public synchronized Optional<Notice> take(String staffId, String caseId) {
        Entry entry = entries.remove(new Key(staffId, caseId));
        if (entry == null || entry.until().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(entry.notice());
    }
}
