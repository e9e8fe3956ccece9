package se.delaktig.api.statistics;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A coded view of the plugin's responses and invitations for the statistics bundle, and the one
 * thing statistics write about them: the {@link RecordedFacts} (unit, gender, age band) as the host
 * knew them when a response or invitation was first counted, kept in the statistics' own tables
 * (never on the child's response or invitation rows, and without a case id). Implemented by the
 * store bundle; database failures are unchecked exceptions.
 *
 * <p>It never reads a text answer, a "tell me more" text or a declined answer: those columns are not
 * selected at all. Responses and invitations carry their recorded facts, when there are any.
 *
 * <p>Since 1.2 the streams also hold the <em>anonymised statistical extract</em> of cases the host
 * deleted ({@link se.delaktig.api.retention.CaseErasure}): coded responses and invitations with
 * recorded facts, a random id, no case id ({@code erasedCase()}), and the start of the month instead
 * of the time, so that figures stay the same when a case is erased and the aggregates are rebuilt.
 */
@ProviderType
public interface StatisticsSource {

    /**
     * Streams every sent response, oldest first, without holding them all in memory; then the
     * responses kept in the anonymised extract of erased cases, by month (since 1.2).
     *
     * @param each called once per sent response
     * @return how many were streamed
     */
    long forEachSubmitted(Consumer<CodedResponse> each);

    /**
     * @param responseId a response
     * @return the response when it exists and has been sent (never one of the extract of erased cases)
     */
    Optional<CodedResponse> submitted(String responseId);

    /**
     * Streams every invitation that reached a child (any status after sending, including answered,
     * expired and revoked), oldest first; then the invitations kept in the anonymised extract of
     * erased cases, by month (since 1.2).
     *
     * @param each called once per invitation
     * @return how many were streamed
     */
    long forEachSent(Consumer<SentInvitation> each);

    /**
     * @param invitationId an invitation
     * @return the invitation when it exists and has reached a child (the same rule as {@link #forEachSent})
     * @since 1.1
     */
    Optional<SentInvitation> sent(String invitationId);

    /**
     * Records the facts of responses the first time statistics count them. A response that already has
     * recorded facts keeps them (the first record wins); an id that is no response is skipped. Durable
     * when the method returns.
     *
     * @param facts by response id
     * @return how many were recorded
     * @since 1.1
     */
    int recordResponses(Map<String, RecordedFacts> facts);

    /**
     * Records the facts of invitations the first time statistics count them, as
     * {@link #recordResponses} does for responses.
     *
     * @param facts by invitation id
     * @return how many were recorded
     * @since 1.1
     */
    int recordInvitations(Map<String, RecordedFacts> facts);
}
