package se.delaktig.api.invitation;

import java.time.Instant;
import java.util.Objects;

/**
 * Permission to answer one questionnaire, given by {@link InvitationRedemption} for a valid code.
 * It names no case and no child: the portal needs only what to show.
 *
 * @param invitationId         the invitation (for {@link InvitationRedemption#markInProgress} and
 *                             {@link InvitationRedemption#markAnswered}, and to file the answers)
 * @param questionnaireId      the questionnaire's id
 * @param questionnaireVersion the version pinned when the invitation was created
 * @param language             the language the caseworker chose
 * @param expiresAt            when the invitation expires
 * @param status               the status after this redemption ({@link InvitationStatus#OPENED}
 *                             or {@link InvitationStatus#IN_PROGRESS})
 */
public record AnsweringGrant(String invitationId, String questionnaireId, String questionnaireVersion,
        String language, Instant expiresAt, InvitationStatus status) {

    /** Checks the components. */
    public AnsweringGrant {
        Objects.requireNonNull(invitationId, "invitationId");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(status, "status");
    }
}
