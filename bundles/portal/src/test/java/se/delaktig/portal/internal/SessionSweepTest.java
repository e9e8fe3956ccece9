package se.delaktig.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.delaktig.api.response.PortalSession;
import se.delaktig.api.response.PortalSessionRepository;

/** The scheduled sweep: the cut-offs from the portal's timeouts on a controlled clock, a clean stop that never interrupts. */
class SessionSweepTest {
    private volatile Instant now = Instant.parse("2026-11-20T09:00:00Z");
    private final Clock clock = new Clock() {
        public ZoneOffset getZone() { return ZoneOffset.UTC; }
        public Clock withZone(java.time.ZoneId z) { return this; }
        public Instant instant() { return now; }
    };
    private final List<Instant[]> sweeps = new CopyOnWriteArrayList<>();
    private volatile Runnable during = () -> { };
    private final PortalSessionRepository repo = new PortalSessionRepository() {
        public void create(PortalSession s) { }
        public Optional<PortalSession> find(String h) { return Optional.empty(); }
        public void touch(String h, Instant t) { }
        public void setLanguage(String h, String l) { }
        public void delete(String h) { }
        public int deleteForInvitation(String i) { return 0; }
        public int deleteExpired(Instant idleBefore, Instant createdBefore) {
            during.run();
            sweeps.add(new Instant[] {idleBefore, createdBefore});
            return 2;
        }
    };
    private final Sessions sessions = new Sessions(repo, clock, Duration.ofMinutes(30), Duration.ofHours(12));
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);

    @AfterEach
    void down() {
        executor.shutdown();
    }

    @Test
    void eachSweepDeletesWhatIsPastEitherTimeoutAtThatMoment() {
        SessionSweep sweep = new SessionSweep(sessions, Duration.ofHours(1), executor);
        assertEquals(2, sweep.sweepOnce());
        now = now.plus(Duration.ofMinutes(15));
        sweep.sweepOnce();
        assertEquals(Instant.parse("2026-11-20T08:30:00Z"), sweeps.get(0)[0], "idle cut-off");
        assertEquals(Instant.parse("2026-11-19T21:00:00Z"), sweeps.get(0)[1], "absolute cut-off");
        assertEquals(Instant.parse("2026-11-20T08:45:00Z"), sweeps.get(1)[0]);
        sweep.stop();
        assertEquals(-1, sweep.sweepOnce(), "nothing after the stop");
        assertEquals(2, sweeps.size());
    }

    @Test
    void itRunsOnItsIntervalAndAFailureDoesNotEndTheSchedule() throws Exception {
        CountDownLatch three = new CountDownLatch(3);
        during = () -> {
            three.countDown();
            if (three.getCount() == 2) {
                throw new IllegalStateException("database away for a moment");
            }
        };
        SessionSweep sweep = new SessionSweep(sessions, Duration.ofMillis(20), executor);
        assertTrue(three.await(10, TimeUnit.SECONDS), "three runs, one of them failing");
        sweep.stop();
        int after = sweeps.size();
        Thread.sleep(100);
        assertEquals(after, sweeps.size(), "stopped");
        assertTrue(executor.isTerminated());
    }

    @Test
    void stoppingWaitsForARunningSweepAndNeverInterruptsIt() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        boolean[] interrupted = {true};
        during = () -> {
            inside.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return; // leaves interrupted[0] true
            }
            interrupted[0] = Thread.currentThread().isInterrupted();
        };
        SessionSweep sweep = new SessionSweep(sessions, Duration.ofMillis(10), executor);
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        ExecutorService stopper = Executors.newSingleThreadExecutor();
        try {
            Future<?> stopping = stopper.submit(sweep::stop);
            Thread.sleep(100);
            assertFalse(stopping.isDone(), "waits for the sweep in progress");
            release.countDown();
            stopping.get(10, TimeUnit.SECONDS);
        } finally {
            stopper.shutdown();
        }
        assertFalse(interrupted[0], "the database call finished uninterrupted");
        assertEquals(1, sweeps.size(), "it completed, and no run came after the stop");
    }
}
