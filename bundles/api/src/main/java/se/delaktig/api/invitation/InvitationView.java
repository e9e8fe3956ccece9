package se.delaktig.api.invitation;

import java.time.Instant;
import java.util.Objects;

/**
 * An invitation as a caseworker sees it. Never carries a code, a link or the full address.
 *
 * @param id                   the invitation's opaque id (also the loggable reference)
 * @param caseId               the case it belongs to
 * @param questionnaireId      the questionnaire's id
 * @param questionnaireVersion the version pinned at creation
 * @param channelId            the channel's {@link DeliveryChannel#id()}
 * @param maskedAddress        the address with most characters hidden (such as
 *                             {@code +46 7•• ••• •67} or {@code a•••@example.se}); {@code null}
 *                             when the channel needs none or the address has been erased
 * @param language             the language of message and questionnaire
 * @param status               the status now; past its expiry a live invitation shows
 *                             {@link InvitationStatus#EXPIRED}
 * @param createdBy            the creating staff member's id
 * @param createdAt            when it was created
 * @param expiresAt            when its codes stop working
 * @param lastSentAt           the last delivery attempt, or {@code null}
 * @param sendCount            how many delivery attempts were made (create, resends, reminder)
 * @param lastFailure          the channel's reason for the last failed attempt (no code, link
 *                             or address in it), or {@code null} when the last attempt succeeded
 * @param reminderSentAt       when the one reminder was sent, or {@code null}
 * @param canResend            whether {@link InvitationService#resend} is allowed now
 * @param canRevoke            whether {@link InvitationService#revoke} is allowed now
 * @param canExtend            whether {@link InvitationService#extend} is allowed now
 */
public record InvitationView(String id, String caseId, String questionnaireId, String questionnaireVersion,
        String channelId, String maskedAddress, String language, InvitationStatus status, String createdBy,
        Instant createdAt, Instant expiresAt, Instant lastSentAt, int sendCount, String lastFailure,
        Instant reminderSentAt, boolean canResend, boolean canRevoke, boolean canExtend) {

    /** Checks the required components. */
    public InvitationView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
