package se.delaktig.api.invitation;

import java.time.Instant;
import java.util.Objects;

/**
 * What an {@link InvitationListener} hears: which invitation, its status after the change, and when.
 * No case, no address, no code: listeners read what they may through their own services.
 *
 * @param invitationId         the invitation
 * @param questionnaireId      its questionnaire
 * @param questionnaireVersion the pinned version
 * @param status               the status after the change
 * @param at                   when it changed
 * @since 1.2
 */
public record InvitationEvent(String invitationId, String questionnaireId, String questionnaireVersion,
        InvitationStatus status, Instant at) {
    /** Checks the components. */
    public InvitationEvent {
        Objects.requireNonNull(invitationId, "invitationId");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }
}
