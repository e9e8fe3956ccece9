package se.delaktig.api.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import se.delaktig.host.api.Staff;

/**
 * What a caseworker does with invitations on a child's case: the service behind the invitation
 * panel and the REST API. Implemented by the invitation bundle.
 *
 * <p>Every method takes the acting {@link Staff} (as resolved by the host's
 * {@code StaffContext.currentStaff}) and asks the host on every call whether that person may see
 * the case ({@code StaffContext.maySeeCase}); changing methods also need the
 * {@link se.delaktig.host.api.StaffRole#CASEWORKER} role. Every create, send, resend, revoke and
 * extend is written to the host's audit trail <em>before</em> it takes effect; when the audit
 * trail refuses, the action does not happen ({@link InvitationException.Reason#AUDIT_UNAVAILABLE}).
 *
 * <p>Codes are stored only as keyed hashes. The service therefore never returns a code in an
 * {@link InvitationView}; a channel that hands the code over through the caseworker (print, in
 * person) gets it back <em>once</em>, in {@link SendResult#handOver()}, to show or print now. Since
 * the codes cannot be read back, a resend issues fresh codes and the earlier link and short code
 * stop working.
 *
 * <p>Failures are {@link InvitationException}s with a {@link InvitationException.Reason} a REST
 * resource maps to a status code. Database failures are unchecked exceptions.
 */
@ProviderType
public interface InvitationService {

    /**
     * What the panel offers for a case: the questionnaires that fit the child's age today (the
     * preselected one first), the channels, and whether the case has a protected identity.
     *
     * @param staff    the acting staff member
     * @param caseId   an opaque case id
     * @param language the caseworker's language for titles and channel labels ({@code "sv"}, {@code "en"})
     * @return the options
     * @throws InvitationException {@code CASE_NOT_FOUND}, {@code NOT_PERMITTED}
     */
    InvitationOptions options(Staff staff, String caseId, String language) throws InvitationException;

    /**
     * Creates an invitation and sends it through its channel.
     *
     * <p>Order: the case is checked with the host (exists, visible to {@code staff}, open), the
     * questionnaire is chosen or checked against the child's age on today's date (respondent
     * child), the address is checked by the channel, the protected-identity rule is applied, the
     * audit event {@code invitation.create} is recorded, the invitation is stored as
     * {@link InvitationStatus#CREATED} (durably), then delivered, then stored as
     * {@link InvitationStatus#SENT} or {@link InvitationStatus#DELIVERY_FAILED} with the
     * channel's reason. A failed delivery is not an exception: the result says so, and
     * {@link #resend} retries.
     *
     * <p>Idempotent per ({@code staff}, {@link NewInvitation#idempotencyKey()}): a second call with
     * the same key returns the first invitation with {@link SendResult#created()} {@code false},
     * sends nothing and has no hand-over.
     *
     * @param staff   the acting caseworker
     * @param request what to create
     * @return the invitation as stored after the delivery attempt, and the hand-over for
     *         print/in-person channels
     * @throws InvitationException {@code INVALID_REQUEST}, {@code CASE_NOT_FOUND},
     *         {@code NOT_PERMITTED}, {@code CASE_CLOSED}, {@code AGE_UNKNOWN},
     *         {@code NO_QUESTIONNAIRE_FITS}, {@code QUESTIONNAIRE_NOT_FOUND},
     *         {@code QUESTIONNAIRE_DOES_NOT_FIT}, {@code LANGUAGE_NOT_SUPPORTED},
     *         {@code UNKNOWN_CHANNEL}, {@code CHANNEL_UNAVAILABLE}, {@code INVALID_ADDRESS},
     *         {@code PROTECTED_IDENTITY_CONFIRMATION_REQUIRED}, {@code IDEMPOTENCY_CONFLICT},
     *         {@code AUDIT_UNAVAILABLE}
     */
    SendResult create(Staff staff, NewInvitation request) throws InvitationException;

    /**
     * @param staff  the acting staff member
     * @param caseId an opaque case id
     * @return every invitation of the case, newest first (statuses past their expiry shown as
     *         {@link InvitationStatus#EXPIRED})
     * @throws InvitationException {@code NOT_PERMITTED}
     */
    List<InvitationView> list(Staff staff, String caseId) throws InvitationException;

    /**
     * @param staff        the acting staff member
     * @param invitationId an invitation id
     * @return the invitation, or empty when there is none or {@code staff} may not see its case
     */
    Optional<InvitationView> find(Staff staff, String invitationId);

    /**
     * Sends the invitation again through its channel, with fresh codes (the earlier ones stop
     * working). Allowed while {@link InvitationStatus#canSend()} (created, sent, delivery failed)
     * and the address is still kept. Audited as {@code invitation.resend}.
     *
     * @param staff        the acting caseworker
     * @param invitationId an invitation id
     * @return the invitation after the attempt, and the hand-over for print/in-person channels
     * @throws InvitationException {@code NOT_FOUND}, {@code NOT_PERMITTED}, {@code CASE_CLOSED},
     *         {@code NOT_ALLOWED_IN_STATE}, {@code UNKNOWN_CHANNEL}, {@code CHANNEL_UNAVAILABLE},
     *         {@code AUDIT_UNAVAILABLE}
     */
    SendResult resend(Staff staff, String invitationId) throws InvitationException;

    /**
     * Revokes the invitation: its codes die at once and its address is erased. Revoking a revoked
     * invitation answers it unchanged. Audited as {@code invitation.revoke}.
     *
     * @param staff        the acting caseworker
     * @param invitationId an invitation id
     * @return the revoked invitation
     * @throws InvitationException {@code NOT_FOUND}, {@code NOT_PERMITTED},
     *         {@code NOT_ALLOWED_IN_STATE} (answered or expired), {@code AUDIT_UNAVAILABLE}
     */
    InvitationView revoke(Staff staff, String invitationId) throws InvitationException;

    /**
     * Moves the expiry of a live invitation later (not earlier, and at most the configured
     * maximum extension after now). The codes stay the same. Audited as {@code invitation.extend}.
     *
     * @param staff        the acting caseworker
     * @param invitationId an invitation id
     * @param newExpiry    the new expiry
     * @return the invitation with its new expiry
     * @throws InvitationException {@code NOT_FOUND}, {@code NOT_PERMITTED}, {@code CASE_CLOSED},
     *         {@code NOT_ALLOWED_IN_STATE} (final or past expiry), {@code INVALID_EXPIRY},
     *         {@code AUDIT_UNAVAILABLE}
     */
    InvitationView extend(Staff staff, String invitationId, Instant newExpiry) throws InvitationException;
}
