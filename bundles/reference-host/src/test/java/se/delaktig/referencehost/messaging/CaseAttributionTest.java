package se.delaktig.referencehost.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.delaktig.referencehost.auth.MutableClock;

class CaseAttributionTest {
    private final MutableClock clock = new MutableClock();
    private final CaseAttribution attribution = new CaseAttribution(clock);

    @Test
    void takesTheNotedCaseOnceAndOnlyWhileFresh() {
        attribution.noted("AB12-CD34");
        assertEquals(Optional.of("AB12-CD34"), attribution.take());
        assertTrue(attribution.take().isEmpty(), "taken once");
        attribution.noted("AB12-CD34");
        clock.advance(CaseAttribution.FRESH.plus(Duration.ofSeconds(1)));
        assertTrue(attribution.take().isEmpty(), "too old");
        attribution.noted("AB12-CD34");
        attribution.noted(null);
        assertTrue(attribution.take().isEmpty(), "an event without a case forgets");
    }

    @Test
    void anotherThreadDoesNotSeeIt() throws Exception {
        attribution.noted("AB12-CD34");
        Optional<String> elsewhere = CompletableFuture.supplyAsync(attribution::take).get(10, TimeUnit.SECONDS);
        assertTrue(elsewhere.isEmpty());
        assertEquals(Optional.of("AB12-CD34"), attribution.take());
    }
}
