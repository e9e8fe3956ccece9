package se.delaktig.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import se.delaktig.web.api.HealthCheck;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;
import se.delaktig.web.render.MessageCatalog;

/**
 * {@code portal.session-sweep}: the sweep of ended portal sessions ran within two intervals and its
 * last run did not fail; WARNING otherwise (ended sessions then stay in the database longer, but
 * they cannot be used: the portal checks every session's age when it is used).
 */
@Component(service = HealthCheck.class)
public class SessionSweepCheck implements HealthCheck {
    static final MessageCatalog TEXTS = MessageCatalog.of(SessionSweepCheck.class.getClassLoader(), "i18n/health");

    private final Clock clock;
    private volatile SessionSweep sweep;

    @Activate
    public SessionSweepCheck() {
        this(Clock.systemUTC());
    }

    SessionSweepCheck(Clock clock) {
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setSweep(SessionSweep sessionSweep) {
        this.sweep = sessionSweep;
    }

    void unsetSweep(SessionSweep sessionSweep) {
        if (this.sweep == sessionSweep) {
            this.sweep = null;
        }
    }

    @Override
    public String name() {
        return "portal.session-sweep";
    }

    @Override
    public String title(String language) {
        return TEXTS.messagesOr(language, "en").get("health.sweep.title");
    }

    @Override
    public HealthResult check() {
        SessionSweep s = sweep;
        if (s == null) {
            return HealthResult.of(Status.WARNING, TEXTS, "health.sweep.stopped");
        }
        return judge(s.state(), clock.instant());
    }

    static HealthResult judge(SessionSweep.State state, Instant now) {
        Duration late = state.interval().multipliedBy(2);
        long minutes = state.interval().toMinutes();
        if (state.lastRun() == null) {
            return Duration.between(state.started(), now).compareTo(late) > 0
                    ? HealthResult.of(Status.WARNING, TEXTS, "health.sweep.never", minutes)
                    : HealthResult.of(Status.OK, TEXTS, "health.sweep.waiting", minutes);
        }
        long ago = Math.max(0, Duration.between(state.lastRun(), now).toMinutes());
        if (state.failed()) {
            return HealthResult.of(Status.WARNING, TEXTS, "health.sweep.failed", ago);
        }
        if (Duration.between(state.lastRun(), now).compareTo(late) > 0) {
            return HealthResult.of(Status.WARNING, TEXTS, "health.sweep.late", ago, minutes);
        }
        return HealthResult.of(Status.OK, TEXTS, "health.sweep.ok", ago, minutes);
    }
}
