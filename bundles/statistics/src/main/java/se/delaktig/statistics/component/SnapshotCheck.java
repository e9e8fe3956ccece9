package se.delaktig.statistics.component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import se.delaktig.statistics.aggregate.Periods;
import se.delaktig.statistics.publish.PublishedSnapshot;
import se.delaktig.web.api.HealthCheck;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;
import se.delaktig.web.render.MessageCatalog;

/**
 * {@code statistics.snapshot}: the published statistics are fresh (WARNING when the snapshot is
 * older than two schedule intervals, i.e. two days) and the last rebuild or snapshot did not fail.
 */
@Component(service = HealthCheck.class)
public class SnapshotCheck implements HealthCheck {
    static final MessageCatalog TEXTS = MessageCatalog.of(SnapshotCheck.class.getClassLoader(),
            "se/delaktig/statistics/i18n/health");
    /** The schedule takes one snapshot a day. */
    static final Duration INTERVAL = Duration.ofDays(1);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Periods.STOCKHOLM);

    private final Clock clock;
    private volatile StatisticsService service;

    @Activate
    public SnapshotCheck() {
        this(Clock.systemUTC());
    }

    SnapshotCheck(Clock clock) {
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setService(StatisticsService statisticsService) {
        this.service = statisticsService;
    }

    void unsetService(StatisticsService statisticsService) {
        if (this.service == statisticsService) {
            this.service = null;
        }
    }

    @Override
    public String name() {
        return "statistics.snapshot";
    }

    @Override
    public String title(String language) {
        return TEXTS.messagesOr(language, "en").get("health.snapshot.title");
    }

    @Override
    public HealthResult check() {
        StatisticsService s = service;
        if (s == null) {
            return HealthResult.of(Status.CRITICAL, TEXTS, "health.snapshot.stopped");
        }
        PublishedSnapshot snapshot = s.snapshot();
        return judge(snapshot == null ? null : snapshot.takenAt(), s.lastFailure(), clock.instant());
    }

    /** @return the status of a snapshot taken at {@code takenAt} with the last failure at {@code lastFailure} */
    static HealthResult judge(Instant takenAt, Instant lastFailure, Instant now) {
        if (takenAt == null) {
            return HealthResult.of(Status.CRITICAL, TEXTS, "health.snapshot.none");
        }
        if (lastFailure != null && lastFailure.isAfter(takenAt)) {
            return HealthResult.of(Status.WARNING, TEXTS, "health.snapshot.failed", TIME.format(lastFailure),
                    TIME.format(takenAt));
        }
        Duration age = Duration.between(takenAt, now);
        if (age.compareTo(INTERVAL.multipliedBy(2)) > 0) {
            return HealthResult.of(Status.WARNING, TEXTS, "health.snapshot.old", TIME.format(takenAt), age.toHours());
        }
        return HealthResult.of(Status.OK, TEXTS, "health.snapshot.ok", TIME.format(takenAt));
    }
}
