package se.delaktig.api.statistics;

import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A read-only, coded view of the plugin's responses and invitations for the statistics bundle.
 * Implemented by the store bundle; database failures are unchecked exceptions.
 *
 * <p>It never reads a text answer, a "tell me more" text or a declined answer: those columns are not
 * selected at all.
 */
@ProviderType
public interface StatisticsSource {

    /**
     * Streams every sent response, oldest first, without holding them all in memory.
     *
     * @param each called once per sent response
     * @return how many were streamed
     */
    long forEachSubmitted(Consumer<CodedResponse> each);

    /**
     * @param responseId a response
     * @return the response when it exists and has been sent
     */
    Optional<CodedResponse> submitted(String responseId);

    /**
     * Streams every invitation that reached a child (any status after sending, including answered,
     * expired and revoked), oldest first.
     *
     * @param each called once per invitation
     * @return how many were streamed
     */
    long forEachSent(Consumer<SentInvitation> each);
}
