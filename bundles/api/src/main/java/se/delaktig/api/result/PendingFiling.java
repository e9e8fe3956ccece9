package se.delaktig.api.result;

import java.time.Instant;
import java.util.Objects;

/**
 * A summary waiting to be filed on a case record.
 *
 * @param responseId    the response summarised (also the entry's {@code sourceId})
 * @param caseId        the case whose record takes it
 * @param attempts      failed attempts so far
 * @param nextAttemptAt when to try next
 */
public record PendingFiling(String responseId, String caseId, int attempts, Instant nextAttemptAt) {
    /** Checks the components. */
    public PendingFiling {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }
}
