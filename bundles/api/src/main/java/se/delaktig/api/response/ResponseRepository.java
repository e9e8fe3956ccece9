package se.delaktig.api.response;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import se.delaktig.api.questionnaire.Answer;

/**
 * Responses and their answers (tables {@code delaktig_response}, {@code delaktig_response_answer}).
 * Implemented by the store bundle; database failures are unchecked exceptions. Every write is
 * durable when the method returns: an answer the portal acknowledged survives a crash.
 */
@ProviderType
public interface ResponseRepository {

    /**
     * The response of an invitation, started now if there is none yet (at most one per invitation,
     * also when two devices start at the same moment).
     *
     * @param invitationId         the invitation
     * @param questionnaireId      the questionnaire of the invitation
     * @param questionnaireVersion the version pinned by the invitation
     * @param now                  the start time if it is new
     * @return the response (an existing one keeps its own pinned version)
     */
    StoredResponse startOrFind(String invitationId, String questionnaireId, String questionnaireVersion, Instant now);

    /** @param responseId an id @return the response, if any */
    Optional<StoredResponse> find(String responseId);

    /** @param invitationId an invitation id @return its response, if any */
    Optional<StoredResponse> findByInvitation(String invitationId);

    /**
     * Saves one answer; a later save to the same question replaces the earlier one ("the later save
     * wins") and increments its revision. Refused once the response is submitted.
     *
     * @param responseId the response
     * @param answer     a checked answer
     * @param now        the time of saving
     * @return the saved answer, or empty when the response does not exist or is submitted
     */
    Optional<StoredAnswer> saveAnswer(String responseId, Answer answer, Instant now);

    /** @param responseId the response @return its answers in the order they were first given */
    List<StoredAnswer> answers(String responseId);

    /**
     * Deletes answers that no longer belong to the response: answers to questions that a later
     * answer hid (their {@code enableWhen} no longer holds), so that what is stored is exactly what
     * the child is shown, and what the caseworker and the statistics read.
     *
     * <p>Each answer is deleted only while it is still the save the caller read: same linkId, same
     * {@link StoredAnswer#revision() revision} and same {@link StoredAnswer#updatedAt() time of
     * saving}. An answer saved again meanwhile (by another device) is kept: the later save wins and
     * nothing is lost silently. Answers already gone are skipped, so the call is idempotent. All
     * deletions happen in one transaction, durable when the method returns.
     *
     * <p>Unlike {@link #saveAnswer}, this also works on a sent response: after
     * {@link #markSubmitted} no answer can be saved any more, so the sending flow reads the final
     * answers then and removes what a save racing the send on another device may have left behind.
     * The caller decides what is hidden; this method never judges answers itself.
     *
     * @param responseId the response
     * @param asRead     the answers to delete, as returned by {@link #answers(String)} or
     *                   {@link #saveAnswer} (other responses' answers cannot be named here)
     * @return how many answers were deleted
     * @since 1.1
     */
    int deleteAnswers(String responseId, Collection<StoredAnswer> asRead);

    /**
     * @param responseId the response
     * @param linkId     the page the child is on
     */
    void setPosition(String responseId, String linkId);

    /**
     * Marks the response sent; happens once.
     *
     * @param responseId the response
     * @param now        the time of sending
     * @return whether this call sent it (false when unknown or already sent)
     */
    boolean markSubmitted(String responseId, Instant now);

    /**
     * Marks whether the child answered together with the caseworker (for the caseworker side).
     *
     * @param responseId the response
     * @param together   the flag
     */
    void setAnsweredTogether(String responseId, boolean together);
}
