package se.delaktig.referencehost.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls extensions (panels, statistics contributors) on a small pool with a shared deadline, so a
 * throwing or slow extension costs its own place on the page and nothing more.
 */
final class Isolation implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Isolation.class);
    private final ExecutorService pool;
    private final Duration timeout;

    Isolation(int threads, Duration timeout) {
        AtomicInteger n = new AtomicInteger();
        // No queue: when every thread is stuck in a hanging extension, new calls fail at once
        // instead of waiting behind it.
        this.pool = new ThreadPoolExecutor(0, threads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "reference-host-extension-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.timeout = timeout;
    }

    /** A named call to one extension. */
    record Call<T>(String name, Callable<T> work) { }

    /**
     * Runs every call; each result is empty when its call failed or was too slow (logged).
     * The results keep the order of the calls.
     */
    <T> List<Optional<T>> runAll(List<Call<T>> calls) {
        List<Future<T>> futures = new ArrayList<>();
        for (Call<T> call : calls) {
            try {
                futures.add(pool.submit(call.work()));
            } catch (RejectedExecutionException busy) {
                futures.add(CompletableFuture.failedFuture(busy));
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Optional<T>> results = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            Future<T> future = futures.get(i);
            try {
                results.add(Optional.ofNullable(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)));
            } catch (TimeoutException slow) {
                // Never interrupt an extension: a thread interrupted mid-I/O can close a database
                // (H2's file channels) for everyone. A slow panel finishes in the background.
                future.cancel(false);
                LOG.warn("Extension {} did not answer within {} ms", calls.get(i).name(), timeout.toMillis());
                results.add(Optional.empty());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                future.cancel(false);
                results.add(Optional.empty());
            } catch (Throwable failure) {
                LOG.warn("Extension {} failed", calls.get(i).name(), failure.getCause() == null ? failure : failure.getCause());
                results.add(Optional.empty());
            }
        }
        return results;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
