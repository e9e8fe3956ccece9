package se.delaktig.api.response;

import java.time.Instant;
import java.util.Objects;

/**
 * A child's session in the portal, backed by a database row so that a restart or a second node
 * loses nothing. The cookie value itself is never stored, only its hash.
 *
 * @param idHash       the SHA-256 (base64url) of the random cookie value
 * @param invitationId the invitation answered in this session
 * @param responseId   the response being answered
 * @param language     the language the child chose ({@code "sv"}, {@code "en"})
 * @param createdAt    when the code was redeemed (for the absolute timeout)
 * @param lastSeenAt   the last request (for the idle timeout)
 */
public record PortalSession(String idHash, String invitationId, String responseId, String language,
        Instant createdAt, Instant lastSeenAt) {

    /** Checks the components. */
    public PortalSession {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(invitationId, "invitationId");
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    }

    /** The hash identifies a session: redacted. */
    @Override
    public String toString() {
        return "PortalSession[invitation=" + invitationId + ", response=" + responseId + ", language=" + language
                + ", created=" + createdAt + ", lastSeen=" + lastSeenAt + "]";
    }
}
