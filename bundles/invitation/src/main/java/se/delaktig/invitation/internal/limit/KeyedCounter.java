package se.delaktig.invitation.internal.limit;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failures per key in a fixed window, with a lockout once the limit is reached; bounded in size.
 * Not thread-safe: {@link RedemptionLimiter} serialises access.
 */
final class KeyedCounter {

    private static final class Entry {
        Instant windowStart;
        int failures;
        Instant lockedUntil = Instant.MIN;
        Instant lastSeen;
    }

    private final int limit;
    private final Duration window;
    private final Duration lockout;
    private final int maxKeys;
    /** Access order: the first entries are the least recently used. */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

    KeyedCounter(int limit, Duration window, Duration lockout, int maxKeys) {
        if (limit < 1 || window.isNegative() || window.isZero() || lockout.isNegative() || maxKeys < 1) {
            throw new IllegalArgumentException("limit, window and size must be positive, lockout not negative");
        }
        this.limit = limit;
        this.window = window;
        this.lockout = lockout;
        this.maxKeys = maxKeys;
    }

    /** @return until when the key is locked, or {@code null} when it is not */
    Instant lockedUntil(String key, Instant now) {
        Entry e = entries.get(key);
        return e != null && now.isBefore(e.lockedUntil) ? e.lockedUntil : null;
    }

    /**
     * Counts a failure.
     *
     * @return whether the key was tracked; {@code false} when the table is full of locked keys
     */
    boolean fail(String key, Instant now) {
        Entry e = entries.get(key);
        if (e == null) {
            if (entries.size() >= maxKeys && !makeRoom(now)) {
                return false;
            }
            e = new Entry();
            e.windowStart = now;
            entries.put(key, e);
        }
        e.lastSeen = now;
        if (!now.isBefore(e.windowStart.plus(window))) {
            e.windowStart = now;
            e.failures = 0;
        }
        e.failures++;
        if (e.failures >= limit) {
            e.lockedUntil = now.plus(lockout);
            e.failures = 0;
            e.windowStart = e.lockedUntil;
        }
        return true;
    }

    /** @return whether the key is held or there is (or can be made) room for it */
    boolean canTrack(String key, Instant now) {
        return entries.containsKey(key) || entries.size() < maxKeys || makeRoom(now);
    }

    /** Forgets a key, after a success. */
    void reset(String key) {
        entries.remove(key);
    }

    /** Removes every entry whose window and lockout are over. */
    void purge(Instant now) {
        entries.values().removeIf(e -> expired(e, now));
    }

    /** @return the number of keys held */
    int size() {
        return entries.size();
    }

    private boolean expired(Entry e, Instant now) {
        return !now.isBefore(e.lockedUntil) && !now.isBefore(e.windowStart.plus(window));
    }

    /** Drops expired entries, then the least recently used unlocked ones; never a locked one. */
    private boolean makeRoom(Instant now) {
        purge(now);
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (entries.size() >= maxKeys && it.hasNext()) {
            if (!now.isBefore(it.next().getValue().lockedUntil)) {
                it.remove();
            }
        }
        return entries.size() < maxKeys;
    }
}
