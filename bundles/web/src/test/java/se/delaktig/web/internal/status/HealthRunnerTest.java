package se.delaktig.web.internal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.delaktig.web.api.HealthCheck;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;
import se.delaktig.web.internal.status.HealthRunner.Outcome;

class HealthRunnerTest {

    private final HealthRunner runner = new HealthRunner(Duration.ofMillis(300));
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        runner.close();
    }

    static HealthCheck fixed(String name, HealthResult result) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HealthResult check() {
                return result;
            }
        };
    }

    private HealthCheck hanging(String name, boolean[] interrupted) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HealthResult check() {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    interrupted[0] = true;
                }
                return HealthResult.of(Status.OK, "late");
            }
        };
    }

    @Test
    void resultsAreSortedByNameAndKeepTheirTexts() {
        List<Outcome> outcomes = runner.run(List.of(fixed("b.second", HealthResult.of(Status.WARNING, "two")),
                fixed("a.first", HealthResult.of(Status.OK, "one"))));
        assertEquals(List.of("a.first", "b.second"), outcomes.stream().map(Outcome::name).toList());
        assertEquals(Status.WARNING, outcomes.get(1).result().status());
        assertEquals("two", outcomes.get(1).result().text("sv"));
    }

    @Test
    void aHangingCheckIsCriticalInTimeIsNotInterruptedAndNotStartedTwice() throws Exception {
        boolean[] interrupted = {false};
        HealthCheck hanging = hanging("store.database", interrupted);
        long started = System.nanoTime();
        List<Outcome> first = runner.run(List.of(hanging, fixed("a.fine", HealthResult.of(Status.OK, "fine"))));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(millis < 2000, "took " + millis + " ms");
        Outcome slow = first.get(1);
        assertEquals(Status.CRITICAL, slow.result().status());
        assertTrue(slow.result().message().contains("store.database") && slow.result().message().contains("did not answer"),
                slow.result().message());
        assertTrue(slow.result().text("sv").contains("svarade inte"), slow.result().text("sv"));
        assertEquals(Status.OK, first.get(0).result().status());

        Outcome again = runner.run(List.of(hanging)).get(0);
        assertEquals(Status.CRITICAL, again.result().status());
        assertTrue(again.result().message().contains("still running"), again.result().message());

        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        Outcome after;
        do {
            after = runner.run(List.of(hanging)).get(0);
        } while (after.result().status() != Status.OK && System.nanoTime() < deadline);
        assertEquals(Status.OK, after.result().status());
        assertFalse(interrupted[0], "a hanging check must never be interrupted");
    }

    @Test
    void aThrowingCheckIsCriticalWithItsNameButNotItsExceptionText() {
        HealthCheck throwing = new HealthCheck() {
            @Override
            public String name() {
                return "caseworker.filing";
            }

            @Override
            public HealthResult check() {
                throw new IllegalStateException("case 19121212-1212 of Tolvan Tolvansson");
            }
        };
        Outcome outcome = runner.run(List.of(throwing)).get(0);
        assertEquals("caseworker.filing", outcome.name());
        assertEquals(Status.CRITICAL, outcome.result().status());
        String message = outcome.result().message();
        assertTrue(message.contains("caseworker.filing") && message.contains("IllegalStateException"), message);
        assertFalse(message.contains("Tolvan") || message.contains("1212"), message);
        outcome.result().texts().values().forEach(text -> assertFalse(text.contains("Tolvan"), text));
    }

    @Test
    void aCheckWithoutResultOrNameIsCritical() {
        Outcome nothing = runner.run(List.of(fixed("x.nothing", null))).get(0);
        assertEquals(Status.CRITICAL, nothing.result().status());
        Outcome unnamed = runner.run(List.of(fixed(null, HealthResult.of(Status.OK, "fine")))).get(0);
        assertFalse(unnamed.name().isBlank());
    }

    @Test
    void titlesComeFromTheCheckInEveryLanguage() {
        HealthCheck titled = new HealthCheck() {
            @Override
            public String name() {
                return "q.bands";
            }

            @Override
            public String title(String language) {
                return "sv".equals(language) ? "Åldersgrupper" : "Age bands";
            }

            @Override
            public HealthResult check() {
                return HealthResult.of(Status.OK, "fine");
            }
        };
        Outcome outcome = runner.run(List.of(titled)).get(0);
        assertEquals("Åldersgrupper", outcome.title("sv"));
        assertEquals("Age bands", outcome.title("en"));
    }
}
