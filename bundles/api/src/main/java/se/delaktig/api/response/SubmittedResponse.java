package se.delaktig.api.response;

import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link ResponseListener} hears when a child sends the answers: no case, no name, no
 * answer content (listeners read what they may through the repository).
 *
 * @param responseId           the response sent
 * @param invitationId         its invitation (the invitation bundle knows the case)
 * @param questionnaireId      the questionnaire
 * @param questionnaireVersion the exact version answered
 * @param submittedAt          when it was sent
 * @param signalsDanger        whether an answer chose an option marked {@code signals-danger}
 *                             (for a content-free alert)
 * @param needsAttention       whether an answer chose an option marked {@code needs-attention}
 */
public record SubmittedResponse(String responseId, String invitationId, String questionnaireId,
        String questionnaireVersion, Instant submittedAt, boolean signalsDanger, boolean needsAttention) {

    /** Checks the components. */
    public SubmittedResponse {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(invitationId, "invitationId");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
