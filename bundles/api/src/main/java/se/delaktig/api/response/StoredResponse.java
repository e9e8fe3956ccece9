package se.delaktig.api.response;

import java.time.Instant;
import java.util.Objects;

/**
 * One child's response to one invitation, pinned to the questionnaire version of the invitation.
 *
 * @param id                   random id
 * @param invitationId         the invitation (at most one response per invitation)
 * @param questionnaireId      the questionnaire answered
 * @param questionnaireVersion the exact version answered, whatever is published meanwhile
 * @param startedAt            when the child first opened it
 * @param submittedAt          when the child sent the answers, or {@code null} while answering
 * @param answeredTogether     whether the child answered together with the caseworker (set later by
 *                             the caseworker side; the portal writes {@code false})
 * @param position             linkId of the page the child was last on, or {@code null}
 */
public record StoredResponse(String id, String invitationId, String questionnaireId, String questionnaireVersion,
        Instant startedAt, Instant submittedAt, boolean answeredTogether, String position) {

    /** Checks the components. */
    public StoredResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(invitationId, "invitationId");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** @return whether the answers have been sent (then nothing may change any more) */
    public boolean submitted() {
        return submittedAt != null;
    }
}
