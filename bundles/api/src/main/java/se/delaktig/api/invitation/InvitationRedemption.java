package se.delaktig.api.invitation;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns what a child presents (a short code typed in the portal, or the token of a personal link)
 * into a grant to answer: the service the portal builds its pages on. Implemented by the
 * invitation bundle.
 *
 * <p>Every refusal looks the same: an unknown, mistyped, expired, answered or revoked code, a
 * locked code, a locked client address and the global limit all answer {@link Optional#empty()},
 * after the same kind of work (one rate-limit check and one keyed-hash lookup), so neither the
 * answer nor its timing tells them apart. Wrong attempts count against the code, the client
 * address and a global budget, with a lockout (the invitation bundle's rate-limit configuration).
 * Client addresses are kept in memory only, as keyed hashes.
 *
 * <p>A code stays usable while the invitation is live (created, sent, delivery failed, opened, in
 * progress) and not past its expiry, so a child can come back to unfinished answers; after
 * {@link #markAnswered(String)} it is dead. Codes never appear in logs.
 */
@ProviderType
public interface InvitationRedemption {

    /**
     * @param typed         the short code as the child typed it (case, spaces and hyphens do not matter)
     * @param clientAddress the client's address as the request shows it (for rate limiting only)
     * @return the grant, or empty for every kind of refusal; a grant moves the invitation to
     *         {@link InvitationStatus#OPENED} unless it was already opened or in progress
     */
    Optional<AnsweringGrant> redeemShortCode(String typed, String clientAddress);

    /**
     * @param token         the token from the personal link
     * @param clientAddress the client's address as the request shows it (for rate limiting only)
     * @return the grant, or empty for every kind of refusal (as {@link #redeemShortCode})
     */
    Optional<AnsweringGrant> redeemLinkToken(String token, String clientAddress);

    /**
     * Whether a grant still holds: the invitation is live and not expired. The portal asks before
     * saving answers, so a revocation (case closed) or expiry takes effect in an open session.
     *
     * @param invitationId {@link AnsweringGrant#invitationId()}
     * @return whether answers may still be given
     */
    boolean stillValid(String invitationId);

    /**
     * Records that the child gave a first answer: {@link InvitationStatus#OPENED} becomes
     * {@link InvitationStatus#IN_PROGRESS}; already in progress is a no-op.
     *
     * @param invitationId {@link AnsweringGrant#invitationId()}
     * @throws InvitationException {@code NOT_FOUND}, or {@code NOT_ALLOWED_IN_STATE} when the
     *         invitation is not opened or in progress (revoked, expired, answered)
     */
    void markInProgress(String invitationId) throws InvitationException;

    /**
     * Records that the child sent the answers: the invitation becomes
     * {@link InvitationStatus#ANSWERED}, its codes are dead and its address is erased. Already
     * answered is a no-op.
     *
     * @param invitationId {@link AnsweringGrant#invitationId()}
     * @throws InvitationException {@code NOT_FOUND}, or {@code NOT_ALLOWED_IN_STATE} when the
     *         invitation is not opened or in progress (revoked, expired)
     */
    void markAnswered(String invitationId) throws InvitationException;
}
