package se.delaktig.invitation.internal.limit;

import java.time.Clock;
import java.util.Map;
import se.delaktig.invitation.internal.Configs;

/** A limiter on a test clock, for tests in other packages. */
public final class LimiterTestAccess {

    private LimiterTestAccess() {
    }

    public static RedemptionLimiter limiter(Clock clock, int perCodeFailures, int perClientFailures) {
        RedemptionLimiter l = new RedemptionLimiter(clock);
        l.configure(Configs.of(RedemptionLimiterConfiguration.class, Map.of("per_code_failures", perCodeFailures,
                "per_client_failures", perClientFailures)));
        return l;
    }
}
