package se.delaktig.invitation.internal.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which (invitation, delivery count) a panel's <i>Send again</i> has already been pressed for: the
 * second post of a double click, or a second tab with the same page, finds its claim taken and sends
 * nothing. In memory, bounded, forgotten after {@link #TTL}; the delivery count the form carries
 * covers the rest (once the first resend is recorded, the old count no longer matches).
 */
final class ResendClaims {

    static final Duration TTL = Duration.ofMinutes(10);
    static final int MAX_ENTRIES = 10_000;

    private final Clock clock;
    private final Map<String, Instant> claims = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    ResendClaims(Clock clock) {
        this.clock = clock;
    }

    /** @return {@code true} for the first claim of this invitation at this delivery count */
    synchronized boolean claim(String invitationId, int sendCount) {
        Instant now = clock.instant();
        String key = sendCount + ":" + invitationId;
        Instant until = claims.get(key);
        if (until != null && until.isAfter(now)) {
            return false;
        }
        claims.remove(key);
        claims.put(key, now.plus(TTL));
        return true;
    }

    /** Gives the claim back when the resend was refused before anything was sent, so it can be tried again. */
    synchronized void release(String invitationId, int sendCount) {
        claims.remove(sendCount + ":" + invitationId);
    }
}
