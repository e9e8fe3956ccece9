package se.delaktig.invitation.internal.panel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * One-shot state from a form post to the next rendering of the panel, per (staff member, case):
 * a notice (the outcome of the post) and a question waiting for confirmation.
 *
 * <p>The host's {@code PanelRequest} does not carry the case page's query string, so a message
 * key or a panel state in the redirect would never reach the panel; they wait here instead, in
 * memory only, for a few minutes. They hold text keys, channel reasons and invitation ids, never a
 * code, an address or anything typed. Losing one (restart, another node) only loses the message,
 * or the question: the list shows the outcome, and a lost question only means pressing the button
 * again; nothing is ever done without the second press.
 */
@Component(service = PanelNotices.class)
public class PanelNotices {

    static final Duration TTL = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private record Key(String staffId, String caseId) { }

    private final OneShot<Notice> notices;
    private final OneShot<Confirmation> questions;

    /** For DS. */
    public PanelNotices() {
        this(Clock.systemUTC());
    }

    PanelNotices(Clock clock) {
        this.notices = new OneShot<>(clock);
        this.questions = new OneShot<>(clock);
    }

    /** Leaves a notice for the next rendering of the panel by {@code staffId} on {@code caseId}. */
    public void put(String staffId, String caseId, Notice notice) {
        notices.put(new Key(staffId, caseId), notice);
    }

    /** @return the waiting notice, removed, if there is one that has not expired */
    public Optional<Notice> take(String staffId, String caseId) {
        return notices.take(new Key(staffId, caseId));
    }

    /** Leaves a question for the next rendering (replacing an earlier one: one question at a time). */
    public void ask(String staffId, String caseId, Confirmation question) {
        questions.put(new Key(staffId, caseId), question);
    }

    /** @return the waiting question, removed, if there is one that has not expired */
    public Optional<Confirmation> takeQuestion(String staffId, String caseId) {
        return questions.take(new Key(staffId, caseId));
    }

    /** A bounded map whose values are read once and forgotten after {@link #TTL}. */
    private static final class OneShot<V> {
        private record Entry<V>(V value, Instant until) { }

        private final Clock clock;
        private final Map<Key, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry<V>> eldest) {
                return size() > MAX_ENTRIES;
            }
        };

        OneShot(Clock clock) {
            this.clock = clock;
        }

        synchronized void put(Key key, V value) {
            entries.put(key, new Entry<>(value, clock.instant().plus(TTL)));
        }

        synchronized Optional<V> take(Key key) {
            Entry<V> entry = entries.remove(key);
            if (entry == null || entry.until().isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(entry.value());
        }
    }
}
