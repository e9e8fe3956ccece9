package se.delaktig.referencehost.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks a username for a while after repeated failed sign-ins. In memory: a restart forgets,
 * which is acceptable for a reference host (a real host keeps this with its accounts).
 */
public final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(5);
    private static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant lockedUntil) { }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** @return whether sign-in attempts for {@code username} are refused right now */
    public boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
    }

    public void failed(String username) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear(); // bounded memory beats a perfect memory against a flood of names
        }
        failures.compute(key(username), (k, f) -> {
            int count = (f == null || (f.lockedUntil() != null && !clock.instant().isBefore(f.lockedUntil())))
                    ? 1 : f.count() + 1;
            return new Failures(count, count >= MAX_FAILURES ? clock.instant().plus(LOCK) : null);
        });
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
