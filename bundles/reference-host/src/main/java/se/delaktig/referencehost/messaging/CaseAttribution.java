package se.delaktig.referencehost.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * Which case an SMS or e-mail is about. {@code MessageGateway.send} carries no case id, but the
 * plugin audits every send (create, resend, reminder) on the thread that then sends, so the audit
 * trail notes each event's case per thread and the gateway takes it for the next message. A message
 * with nothing fresh noted stays unattributed (administrators only).
 */
@Component(service = CaseAttribution.class)
public class CaseAttribution {
    static final Duration FRESH = Duration.ofSeconds(60);

    private record Noted(String caseId, Instant at) { }

    // an instance field: one component, so one slot per thread; never static
    private final ThreadLocal<Noted> last = new ThreadLocal<>();
    private final Clock clock;

    public CaseAttribution() {
        this(Clock.systemUTC());
    }

    CaseAttribution(Clock clock) {
        this.clock = clock;
    }

    /** Notes the case of an audit event just recorded on this thread; {@code null} (no case) forgets. */
    public void noted(String caseId) {
        if (caseId == null) {
            last.remove();
        } else {
            last.set(new Noted(caseId, clock.instant()));
        }
    }

    /** The case noted on this thread in the last minute, forgotten once taken. */
    public Optional<String> take() {
        Noted noted = last.get();
        last.remove();
        return noted != null && !clock.instant().isAfter(noted.at().plus(FRESH))
                ? Optional.of(noted.caseId()) : Optional.empty();
    }
}
