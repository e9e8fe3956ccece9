package se.delaktig.invitation.internal.rest;

import java.util.List;
import se.delaktig.api.invitation.InvitationView;

/** The JSON shapes of the invitation REST API that are not API records themselves. */
public final class InvitationJson {

    private InvitationJson() {
    }

    /**
     * {@code POST /cases/{caseId}/invitations} with {@code application/json}.
     *
     * @param questionnaireId          a questionnaire id, or null for the selection by the child's age
     * @param questionnaireVersion     an exact version, or null for the newest that fits
     * @param channelId                the channel, such as {@code host-sms} or {@code print}
     * @param address                  the phone number or e-mail address, for this invitation only
     * @param language                 {@code sv} (default) or {@code en}
     * @param idempotencyKey           one key per intended invitation (or the {@code Idempotency-Key} header)
     * @param confirmProtectedIdentity the caseworker confirmed SMS/e-mail for a protected identity
     */
    public record Create(String questionnaireId, String questionnaireVersion, String channelId, String address,
            String language, String idempotencyKey, Boolean confirmProtectedIdentity) {
    }

    /**
     * {@code POST /cases/{caseId}/invitations/{id}/extend}: either a new expiry or a number of days
     * added to the current expiry.
     *
     * @param expiresAt an ISO-8601 instant such as {@code 2026-12-24T23:59:00Z}, or null
     * @param days      days to add to the current expiry, or null
     */
    public record Extend(String expiresAt, Integer days) {
    }

    /**
     * {@code GET /cases/{caseId}/invitations}.
     *
     * @param caseId      the case
     * @param invitations every invitation of the case, newest first
     */
    public record Listing(String caseId, List<InvitationView> invitations) {
    }
}
