package se.delaktig.web.internal.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.web.api.HealthCheck;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;
import se.delaktig.web.render.MessageCatalog;

/**
 * Runs the registered {@link HealthCheck}s in parallel under one time limit. A check that does not
 * answer in time is reported CRITICAL and left running (never interrupted: an interrupt closes an
 * H2 file database); it is not started again until it has finished, so a hanging check costs one
 * thread, not one per request. A check that throws is CRITICAL with its name; its exception goes to
 * the log only (its text might hold personal data).
 */
final class HealthRunner {
    private static final Logger LOG = LoggerFactory.getLogger(HealthRunner.class);
    static final MessageCatalog TEXTS = MessageCatalog.of(HealthRunner.class.getClassLoader(), "se/delaktig/web/i18n/status");
    static final Duration LIMIT = Duration.ofSeconds(5);
    private static final int MAX_MESSAGE = 500;

    /** One check's result as shown: the name, a title and text per language, and how long it took. */
    record Outcome(String name, Map<String, String> titles, HealthResult result, long millis) {
        String title(String language) {
            return titles.getOrDefault(language, name);
        }
    }

    private final ExecutorService executor;
    private final Duration limit;
    private final Set<HealthCheck> running = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private final Map<String, Status> lastLogged = new ConcurrentHashMap<>();

    HealthRunner(Duration limit) {
        this(newExecutor(), limit);
    }

    HealthRunner(ExecutorService executor, Duration limit) {
        this.executor = executor;
        this.limit = limit;
    }

    private static ExecutorService newExecutor() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(0, 32, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "delaktig-health-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Stops taking work; a check still running finishes on its own (no interrupt). */
    void close() {
        executor.shutdown();
    }

    /**
     * @param checks the registered checks
     * @return one outcome per check, sorted by name
     */
    List<Outcome> run(Collection<HealthCheck> checks) {
        long deadline = System.nanoTime() + limit.toNanos();
        Map<HealthCheck, Future<HealthResult>> started = new LinkedHashMap<>();
        Map<HealthCheck, Long> startedAt = new IdentityHashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (HealthCheck check : checks) {
            if (!running.add(check)) {
                outcomes.add(outcome(check, critical("health.busy", seconds()), 0));
                continue;
            }
            startedAt.put(check, System.nanoTime());
            try {
                started.put(check, executor.submit(() -> {
                    try {
                        return check.check();
                    } finally {
                        running.remove(check);
                    }
                }));
            } catch (RejectedExecutionException e) {
                running.remove(check);
                outcomes.add(outcome(check, critical("health.rejected"), 0));
            }
        }
        for (var entry : started.entrySet()) {
            HealthCheck check = entry.getKey();
            HealthResult result = await(check, entry.getValue(), deadline);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt.get(check));
            outcomes.add(outcome(check, result, millis));
        }
        outcomes.sort((a, b) -> a.name().compareTo(b.name()));
        outcomes.forEach(this::logChange);
        return outcomes;
    }

    private HealthResult await(HealthCheck check, Future<HealthResult> future, long deadline) {
        try {
            HealthResult result = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (result == null) {
                return critical("health.null", name(check));
            }
            return result.message().length() <= MAX_MESSAGE ? result
                    : new HealthResult(result.status(), result.message().substring(0, MAX_MESSAGE), result.texts());
        } catch (TimeoutException e) {
            return critical("health.timeout", name(check), seconds());
        } catch (ExecutionException e) {
            LOG.warn("Health check {} failed", name(check), e.getCause());
            return critical("health.failed", name(check), e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return critical("health.timeout", name(check), seconds());
        }
    }

    private long seconds() {
        return Math.max(1, limit.toSeconds());
    }

    private static HealthResult critical(String key, Object... args) {
        return HealthResult.of(Status.CRITICAL, TEXTS, key, args);
    }

    private static Outcome outcome(HealthCheck check, HealthResult result, long millis) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (String language : TEXTS.languages()) {
            try {
                titles.put(language, check.title(language));
            } catch (RuntimeException e) {
                titles.put(language, name(check));
            }
        }
        return new Outcome(name(check), titles, result, millis);
    }

    private static String name(HealthCheck check) {
        try {
            String name = check.name();
            return name == null || name.isBlank() ? check.getClass().getName() : name;
        } catch (RuntimeException e) {
            return check.getClass().getName();
        }
    }

    /** Logs a check's result when its status changed since the last run, so a refreshed page does not flood the log. */
    private void logChange(Outcome o) {
        Status before = lastLogged.put(o.name(), o.result().status());
        if (before == o.result().status()) {
            return;
        }
        if (o.result().status() == Status.OK) {
            LOG.info("Health check {} is OK: {}", o.name(), o.result().message());
        } else {
            LOG.warn("Health check {} is {}: {}", o.name(), o.result().status(), o.result().message());
        }
    }
}
