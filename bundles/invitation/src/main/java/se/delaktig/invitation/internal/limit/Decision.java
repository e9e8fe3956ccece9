package se.delaktig.invitation.internal.limit;

import java.time.Instant;

/**
 * Whether a redemption attempt may go ahead. The caller shows a refused attempt exactly like a
 * wrong code, so an attacker learns nothing about which limit applied.
 *
 * @param allowed    whether to check the code at all
 * @param retryAfter when trying again can help, or {@code null} when allowed
 * @param limit      which limit refused ({@code "code"}, {@code "client"}, {@code "global"},
 *                   {@code "capacity"}), for metrics and logs; {@code null} when allowed
 */
public record Decision(boolean allowed, Instant retryAfter, String limit) {

    static final Decision ALLOWED = new Decision(true, null, null);

    static Decision refused(String limit, Instant retryAfter) {
        return new Decision(false, retryAfter, limit);
    }
}
