package se.delaktig.api.response;

import java.time.Instant;
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
