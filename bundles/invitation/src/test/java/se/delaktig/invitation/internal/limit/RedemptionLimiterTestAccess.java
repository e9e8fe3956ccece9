package se.delaktig.invitation.internal.limit;

import java.time.Instant;
import java.util.Map;
import se.delaktig.invitation.internal.Configs;
import se.delaktig.invitation.internal.MutableClock;

/** Drives a limiter into code, client and global lockouts for tests in other packages. */
public final class RedemptionLimiterTestAccess {

    private RedemptionLimiterTestAccess() {
    }

    public static void lockOut(String codeKey, String client) {
        RedemptionLimiter l = new RedemptionLimiter(new MutableClock(Instant.parse("2026-11-22T10:00:00Z")));
        l.configure(Configs.of(RedemptionLimiterConfiguration.class, Map.of("per_code_failures", 2,
                "per_client_failures", 2, "global_failures", 3)));
        for (int i = 0; i < 4; i++) {
            l.check(codeKey, client);
            l.failed(codeKey, client);
        }
    }
}
