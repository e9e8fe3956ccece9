package se.delaktig.caseworker.internal.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import se.delaktig.api.operations.FilingBacklog;
import se.delaktig.api.operations.OperationalFigures;
import se.delaktig.caseworker.internal.filing.CaseFiling;
import se.delaktig.web.api.HealthCheck;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;
import se.delaktig.web.render.MessageCatalog;

/**
 * {@code caseworker.filing}: answer summaries waiting to be filed on the host's case record
 * ({@code delaktig_result_filing}); WARNING when the oldest waits over an hour, CRITICAL over a day
 * or when the filing is not running at all.
 */
@Component(service = HealthCheck.class)
public class FilingCheck implements HealthCheck {
    static final MessageCatalog TEXTS = MessageCatalog.of(FilingCheck.class.getClassLoader(),
            "se/delaktig/caseworker/i18n/health");
    static final Duration WARN_AFTER = Duration.ofHours(1);
    static final Duration CRITICAL_AFTER = Duration.ofDays(1);

    private final Clock clock;
    private volatile OperationalFigures figures;
    private volatile CaseFiling filing;

    @Activate
    public FilingCheck() {
        this(Clock.systemUTC());
    }

    FilingCheck(Clock clock) {
        this.clock = clock;
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

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setFiling(CaseFiling caseFiling) {
        this.filing = caseFiling;
    }

    void unsetFiling(CaseFiling caseFiling) {
        if (this.filing == caseFiling) {
            this.filing = null;
        }
    }

    static String title(MessageCatalog texts, String language, String key) {
        return texts.messagesOr(language, "en").get(key);
    }

    @Override
    public String name() {
        return "caseworker.filing";
    }

    @Override
    public String title(String language) {
        return title(TEXTS, language, "health.filing.title");
    }

    @Override
    public HealthResult check() {
        if (filing == null) {
            return HealthResult.of(Status.CRITICAL, TEXTS, "health.filing.stopped");
        }
        OperationalFigures f = figures;
        if (f == null) {
            return HealthResult.of(Status.WARNING, TEXTS, "health.filing.unknown");
        }
        CaseFiling c = filing;
        return judge(f.filingBacklog(), c == null ? 0 : c.filedAwaitingAlert(), clock.instant());
    }

    /**
     * @param backlog       the store's queue, which also holds responses whose summary is filed
     *                      but whose danger alert waits ({@code caseworker.alerts} reports those)
     * @param awaitingAlert how many of the queued wait only for their alert
     * @param now           the time now
     * @return the status of the summaries waiting at {@code now}
     */
    static HealthResult judge(FilingBacklog backlog, int awaitingAlert, Instant now) {
        int summaries = backlog.pending() - awaitingAlert;
        if (summaries <= 0 || backlog.oldestQueuedAt() == null) {
            return awaitingAlert > 0 ? HealthResult.of(Status.OK, TEXTS, "health.filing.alertsOnly", awaitingAlert)
                    : HealthResult.of(Status.OK, TEXTS, "health.filing.empty");
        }
        // each row waiting only for its alert was refused at least once; the oldest queue time may be
        // one of theirs (the store does not tell), so while alerts wait the age can overstate a summary's
        int failing = Math.max(0, backlog.failing() - awaitingAlert);
        Duration age = Duration.between(backlog.oldestQueuedAt(), now);
        long minutes = Math.max(0, age.toMinutes());
        if (age.compareTo(CRITICAL_AFTER) > 0) {
            return HealthResult.of(Status.CRITICAL, TEXTS, "health.filing.stuck", summaries, failing,
                    age.toHours());
        }
        if (age.compareTo(WARN_AFTER) > 0) {
            return HealthResult.of(Status.WARNING, TEXTS, "health.filing.late", summaries, failing,
                    minutes);
        }
        return HealthResult.of(Status.OK, TEXTS, "health.filing.waiting", summaries, minutes);
    }
}
