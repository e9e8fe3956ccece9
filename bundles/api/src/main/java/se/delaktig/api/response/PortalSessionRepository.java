package se.delaktig.api.response;

import java.time.Instant;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The portal's sessions (table {@code delaktig_portal_session}). Implemented by the store bundle;
 * database failures are unchecked exceptions. Every write is durable when the method returns.
 */
@ProviderType
public interface PortalSessionRepository {

    /** @param session a new session; its hash must be fresh */
    void create(PortalSession session);

    /**
     * @param idHash the hash of the cookie value
     * @return the session, or empty when there is none (never created, ended, swept)
     */
    Optional<PortalSession> find(String idHash);

    /**
     * @param idHash the hash of the cookie value
     * @param now    the time of the request
     */
    void touch(String idHash, Instant now);

    /**
     * @param idHash   the hash of the cookie value
     * @param language the newly chosen language
     */
    void setLanguage(String idHash, String language);

    /** @param idHash ends this session (quick exit, timeout) */
    void delete(String idHash);

    /**
     * Ends every session of an invitation, on every device (after sending).
     *
     * @param invitationId the invitation
     * @return how many sessions ended
     */
    int deleteForInvitation(String invitationId);

    /**
     * Sweeps sessions past either timeout, and sessions of a response already sent (the sending
     * flow ends those at once; this catches one left behind by a failure in between). One
     * statement; run on a schedule by the portal and whenever an expired session is used.
     *
     * @param idleBefore    sessions last seen before this are ended
     * @param createdBefore sessions created before this are ended
     * @return how many sessions ended
     */
    int deleteExpired(Instant idleBefore, Instant createdBefore);
}
