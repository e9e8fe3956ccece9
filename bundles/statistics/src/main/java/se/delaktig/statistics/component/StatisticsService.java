package se.delaktig.statistics.component;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.statistics.aggregate.Aggregates;
import se.delaktig.statistics.aggregate.Granularity;
import se.delaktig.statistics.aggregate.Periods;
import se.delaktig.statistics.exchange.ExportDocument;
import se.delaktig.statistics.publish.PublishedSnapshot;
import se.delaktig.statistics.publish.Window;

/**
 * Owns the current aggregates and the published snapshot, and takes a new snapshot every day at the
 * configured time. Registered under its own (private) class for this bundle's feeder and contributor.
 */
@Component(service = StatisticsService.class, immediate = true, configurationPid = StatisticsConfiguration.PID)
@Designate(ocd = StatisticsConfiguration.class)
public final class StatisticsService {
    private static final Logger LOG = LoggerFactory.getLogger(StatisticsService.class);
    private static final long TICK_SECONDS = 60;

    private final Clock clock;
    private final StatisticsConfiguration config;
    private final SnapshotSchedule schedule;
    private volatile Aggregates aggregates;
    private final ScheduledExecutorService executor;
    private volatile PublishedSnapshot snapshot;
    private volatile Instant nextRefresh;
    private volatile Instant lastFailure;

    /** @param config the configuration */
    @Activate
    public StatisticsService(StatisticsConfiguration config) {
        this(config, Clock.systemUTC(), Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "delaktig-statistics-snapshot");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** For tests: a controllable clock and, optionally, no executor (call {@link #refreshIfDue()}). */
    StatisticsService(StatisticsConfiguration config, Clock clock, ScheduledExecutorService executor) {
        if (config.k() < 5) {
            throw new IllegalArgumentException("k must be at least 5, not " + config.k());
        }
        this.config = config;
        this.clock = clock;
        this.schedule = SnapshotSchedule.parse(config.refresh_time());
        this.aggregates = new Aggregates(clock);
        this.executor = executor;
        refresh();
        if (executor != null) {
            // A minute tick rather than one long delay: a suspended or skewed clock cannot skip a night.
            executor.scheduleWithFixedDelay(this::refreshIfDue, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Stops the schedule. */
    @Deactivate
    void deactivate() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** @return the current, always up-to-date aggregates, for the feeder */
    public Aggregates aggregates() {
        return aggregates;
    }

    /**
     * Rebuilds the aggregates from scratch (for the feeder at start): {@code loader} fills fresh
     * aggregates, which then replace the current ones at once, and a snapshot is taken of them.
     * Idempotent: calling it twice with the same data gives the same figures.
     *
     * @param loader adds every response and invitation to the aggregates it is given
     */
    public synchronized void rebuild(Consumer<Aggregates> loader) {
        try {
            Aggregates fresh = new Aggregates(clock);
            loader.accept(fresh);
            aggregates = fresh;
            refresh();
        } catch (RuntimeException e) {
            lastFailure = clock.instant();
            throw e;
        }
    }

    /**
     * Takes a snapshot of the current aggregates now. For start-up work and the benchmark only: taking
     * snapshots at a person's request would let two moments be compared (see the method document).
     */
    public void publishNow() {
        refresh();
    }

    /** @return the threshold k */
    public int k() {
        return config.k();
    }

    /** @return the municipality's code in exported files */
    public String municipalityId() {
        return config.municipality_id();
    }

    /** @return the municipality's name in exported files */
    public String municipalityName() {
        return config.municipality_name();
    }

    /** @return the published snapshot every figure is answered from */
    public PublishedSnapshot snapshot() {
        return snapshot;
    }

    /** @return when the next snapshot will be taken */
    public Instant nextRefresh() {
        return nextRefresh;
    }

    /** @return when a rebuild or a scheduled snapshot last failed, or {@code null} (for the health check) */
    public Instant lastFailure() {
        return lastFailure;
    }

    /** @return the published snapshot as this municipality's export document */
    public ExportDocument export() {
        return ExportDocument.of(config.municipality_id(), config.municipality_name(), snapshot);
    }

    /** Takes a new snapshot when its time has come; otherwise does nothing. */
    void refreshIfDue() {
        try {
            if (!clock.instant().isBefore(nextRefresh)) {
                refresh();
            }
        } catch (RuntimeException e) {
            lastFailure = clock.instant();
            LOG.error("The statistics snapshot could not be taken; the previous one stays published", e);
        }
    }

    private synchronized void refresh() {
        Instant now = clock.instant();
        snapshot = PublishedSnapshot.take(aggregates.freeze(), windows(now, config.years(), config.granularity()), config.k());
        nextRefresh = schedule.nextAfter(now);
        LOG.info("Statistics snapshot taken at {}; next at {}", now, nextRefresh);
    }

    /** @return one window per calendar year, the current one last */
    static List<Window> windows(Instant now, int years, Granularity granularity) {
        int year = Year.from(now.atZone(Periods.STOCKHOLM)).getValue();
        List<Window> windows = new ArrayList<>();
        for (int y = year - years + 1; y <= year; y++) {
            windows.add(Window.year(y, granularity));
        }
        return windows;
    }
}
