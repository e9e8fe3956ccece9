package se.delaktig.invitation.internal.health;

import java.time.Clock;
import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import se.delaktig.api.operations.OperationalFigures;
import se.delaktig.web.api.HealthCheck;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;

/**
 * {@code invitation.deliveries}: how many invitations failed to be delivered in the last 24 hours
 * (and were not resent since); WARNING above the configured number (default
 * {@value #DEFAULT_WARN_ABOVE}). A count only.
 */
@Component(service = HealthCheck.class, configurationPid = DeliveriesCheckConfiguration.PID)
@Designate(ocd = DeliveriesCheckConfiguration.class)
public class DeliveriesCheck implements HealthCheck {

    static final int DEFAULT_WARN_ABOVE = 5;
    static final Duration PERIOD = Duration.ofHours(24);

    private final Clock clock;
    private final int warnAbove;
    private volatile OperationalFigures figures;

    @Activate
    public DeliveriesCheck(DeliveriesCheckConfiguration config) {
        this(Clock.systemUTC(), config.failed_per_day_warning());
    }

    DeliveriesCheck(Clock clock, int warnAbove) {
        if (warnAbove < 0) {
            throw new IllegalArgumentException(DeliveriesCheckConfiguration.PID
                    + ": failed.per.day.warning must be 0 or more, not " + warnAbove);
        }
        this.clock = clock;
        this.warnAbove = warnAbove;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setFigures(OperationalFigures operationalFigures) {
        this.figures = operationalFigures;
    }

    void unsetFigures(OperationalFigures operationalFigures) {
        if (this.figures == operationalFigures) {
            this.figures = null;
        }
    }

    @Override
    public String name() {
        return "invitation.deliveries";
    }

    @Override
    public String title(String language) {
        return HealthTexts.title(language, "health.deliveries.title");
    }

    @Override
    public HealthResult check() {
        OperationalFigures f = figures;
        if (f == null) {
            return HealthResult.of(Status.WARNING, HealthTexts.TEXTS, "health.deliveries.unknown");
        }
        int failed = f.deliveriesFailedSince(clock.instant().minus(PERIOD));
        if (failed > warnAbove) {
            return HealthResult.of(Status.WARNING, HealthTexts.TEXTS, "health.deliveries.many", failed, warnAbove);
        }
        return HealthResult.of(Status.OK, HealthTexts.TEXTS, "health.deliveries.ok", failed);
    }
}
