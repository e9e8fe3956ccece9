package se.delaktig.api.operations;

import java.time.Instant;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Counts over the plugin's own tables for health checks. Each call is one small aggregate query;
 * database failures are unchecked exceptions. Implemented by the store bundle.
 */
@ProviderType
public interface OperationalFigures {

    /**
     * @param since the start of the period, such as 24 hours ago
     * @return how many invitations are in {@code DELIVERY_FAILED} now and got there at or after
     *         {@code since} (a failed delivery resent successfully no longer counts)
     */
    int deliveriesFailedSince(Instant since);

    /** @return the summaries queued for the host's case record and not yet filed */
    FilingBacklog filingBacklog();
}
