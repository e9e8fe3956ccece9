package se.delaktig.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.response.PortalSessionRepository;

/**
 * Deletes the rows of expired portal sessions on a schedule, so that a session nobody comes back
 * to does not stay in the database until it is used again. A sweep in progress is never
 * interrupted (an interrupted H2 file channel closes the database): deactivation stops the
 * schedule and waits a bounded time for a running sweep, which then finishes on its own.
 */
@Component(service = SessionSweep.class, immediate = true,
        configurationPid = {PortalConfiguration.PID, SessionSweepConfiguration.PID})
public class SessionSweep {
    private static final Logger LOG = LoggerFactory.getLogger(SessionSweep.class);
    static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final Sessions sessions;
    private final ScheduledExecutorService executor;
    private volatile boolean stopped;
    private final Duration interval;
    private final Instant started = Instant.now();
    private volatile Instant lastRun;
    private volatile boolean lastRunFailed;

    /**
     * What the sweep's health check reads.
     *
     * @param interval the time between two sweeps
     * @param started  when the schedule started
     * @param lastRun  when the last sweep ended, {@code null} before the first
     * @param failed   whether that sweep failed
     */
    record State(Duration interval, Instant started, Instant lastRun, boolean failed) {
    }

    /** Started by DS; the timeouts come from the portal's PID, the interval from the sweep's own. */
    @Activate
    public SessionSweep(@Reference PortalSessionRepository repository, PortalConfiguration portal,
            SessionSweepConfiguration sweep) {
        this(new Sessions(repository, Clock.systemUTC(), Duration.ofMinutes(portal.idle_timeout_minutes()),
                Duration.ofHours(portal.absolute_timeout_hours())), Duration.ofMinutes(sweep.interval_minutes()),
                executor());
    }

    SessionSweep(Sessions sessions, Duration interval, ScheduledExecutorService executor) {
        this.sessions = sessions;
        this.executor = executor;
        this.interval = interval;
        long every = Math.max(1, interval.toMillis());
        executor.scheduleWithFixedDelay(this::sweepOnce, every, every, TimeUnit.MILLISECONDS);
    }

    private static ScheduledExecutorService executor() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "delaktig-portal-session-sweep");
            t.setDaemon(true);
            return t;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /** @return how many session rows ended, or -1 when stopped or the sweep failed */
    int sweepOnce() {
        if (stopped) {
            return -1;
        }
        try {
            int ended = sessions.sweep();
            lastRun = Instant.now();
            lastRunFailed = false;
            if (ended > 0) {
                LOG.info("Portal session sweep: {} expired sessions deleted", ended);
            } else {
                LOG.debug("Portal session sweep: nothing expired");
            }
            return ended;
        } catch (RuntimeException e) {
            // The next run tries again; a failure must not end the schedule.
            lastRun = Instant.now();
            lastRunFailed = true;
            LOG.warn("Portal session sweep failed; it runs again at the next interval", e);
            return -1;
        }
    }

    /** @return the schedule and the last run, for the health check */
    State state() {
        return new State(interval, started, lastRun, lastRunFailed);
    }

    /**
     * Stops the schedule without interrupting a sweep in progress (never {@code shutdownNow} or
     * {@code cancel(true)}) and waits for it a bounded time.
     */
    @Deactivate
    void stop() {
        stopped = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Portal session sweep still running after {}; left to finish on its own", STOP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
