package se.delaktig.api.result;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import se.delaktig.api.response.StoredResponse;

/**
 * What the result view keeps and asks about responses by case (tables {@code delaktig_result_*}
 * and the invitation and response tables). Implemented by the store bundle; database failures are
 * unchecked exceptions; every write is durable when the method returns. These methods check no
 * access: the caseworker bundle asks the host first.
 */
@ProviderType
public interface ResultRepository {

    /**
     * @param caseId an opaque case id
     * @return the case's <em>sent</em> responses (the child's through the case's invitations, and
     *         follow-up forms linked by {@link #linkStaffResponse}), oldest sent first
     */
    List<StoredResponse> submittedForCase(String caseId);

    /**
     * @param responseId a response id
     * @return the case the response belongs to, if any
     */
    Optional<String> caseOf(String responseId);

    /**
     * Links a response that a member of staff filled in (a follow-up form, which has no invitation)
     * to a case. Linking the same response again changes nothing.
     *
     * @param responseId the response
     * @param caseId     the case
     * @param staffId    who filled it in
     * @param now        when
     */
    void linkStaffResponse(String responseId, String caseId, String staffId, Instant now);

    /**
     * Queues the summary of a response for filing.
     *
     * @param responseId the response
     * @param caseId     its case
     * @param now        when; also the first attempt's time
     * @return {@code false} when the response was queued (or filed) before
     */
    boolean queueFiling(String responseId, String caseId, Instant now);

    /**
     * @param now the time now
     * @param max the most to return
     * @return unfiled summaries due at or before {@code now}, oldest first
     */
    List<PendingFiling> dueFilings(Instant now, int max);

    /**
     * @param responseId  the response
     * @param hostEntryId the host's id of the entry
     * @param now         when
     */
    void markFiled(String responseId, String hostEntryId, Instant now);

    /**
     * @param responseId  the response
     * @param nextAttempt when to try again
     */
    void markFilingFailed(String responseId, Instant nextAttempt);

    /**
     * @param responseId a response
     * @return whether its summary has been filed
     */
    boolean filed(String responseId);

    /**
     * Claims the one danger alert of a response.
     *
     * @param responseId the response
     * @param caseId     its case
     * @param now        when
     * @return {@code true} only for the first claim: then the caller raises the alert
     */
    boolean claimAlert(String responseId, String caseId, Instant now);

    /**
     * Forgets a claim whose alert the host refused, so that it is raised again later.
     *
     * @param responseId the response
     */
    void releaseAlert(String responseId);

    /**
     * @param caseId a case
     * @return the responses of the case whose alert the host accepted
     */
    List<String> alertedResponses(String caseId);

    /**
     * Remembers that a caseworker opened an invitation on the device in front of them, so that its
     * response is marked answered together when it is sent.
     *
     * @param invitationId the invitation
     * @param staffId      the caseworker
     * @param now          when
     */
    void markTogether(String invitationId, String staffId, Instant now);

    /**
     * @param invitationId an invitation
     * @return whether it was opened for answering together
     */
    boolean together(String invitationId);
}
