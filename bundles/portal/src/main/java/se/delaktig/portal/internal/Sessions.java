package se.delaktig.portal.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import se.delaktig.api.response.PortalSession;
import se.delaktig.api.response.PortalSessionRepository;

/**
 * The portal's own sessions: a random cookie value (256 bits) whose SHA-256 names a database row;
 * idle and absolute timeouts; the cookie's attributes (pitfall 20: {@code __Host-} only with TLS).
 */
final class Sessions {

    static final String COOKIE = "delaktig_portal";
    static final String SECURE_COOKIE = "__Host-delaktig_portal";
    static final String PATH = "/delaktig/portal";
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PortalSessionRepository repository;
    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;

    Sessions(PortalSessionRepository repository, Clock clock, Duration idle, Duration absolute) {
        this.repository = repository;
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
    }

    /** A new session. @return the cookie value (never stored) and the session */
    record Started(String cookieValue, PortalSession session) {
    }

    Started start(String invitationId, String responseId, String language) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        PortalSession session = new PortalSession(hash(value), invitationId, responseId, language, now, now);
        repository.create(session);
        return new Started(value, session);
    }

    /**
     * @param cookieValue the cookie's value, or null
     * @return the live session; a session past a timeout is ended and answers empty
     */
    Optional<PortalSession> resolve(String cookieValue) {
        if (cookieValue == null || cookieValue.length() != 43) {
            return Optional.empty();
        }
        String hash = hash(cookieValue);
        Optional<PortalSession> found = repository.find(hash);
        if (found.isEmpty()) {
            return found;
        }
        PortalSession s = found.get();
        Instant now = clock.instant();
        if (expired(s, now)) {
            repository.delete(hash);
            return Optional.empty();
        }
        if (Duration.between(s.lastSeenAt(), now).compareTo(TOUCH_EVERY) >= 0) {
            repository.touch(hash, now);
        }
        return found;
    }

    boolean expired(PortalSession s, Instant now) {
        return s.lastSeenAt().plus(idle).isBefore(now) || s.createdAt().plus(absolute).isBefore(now);
    }

    void end(PortalSession session) {
        repository.delete(session.idHash());
    }

    void endAll(String invitationId) {
        repository.deleteForInvitation(invitationId);
    }

    int sweep() {
        Instant now = clock.instant();
        return repository.deleteExpired(now.minus(idle), now.minus(absolute));
    }

    /** @return the name of the session cookie for a request over TLS or not */
    static String cookieName(boolean secure) {
        return secure ? SECURE_COOKIE : COOKIE;
    }

    /** @return a Set-Cookie header value: the session cookie, or its removal when value is null */
    static String setCookie(String value, boolean secure) {
        StringBuilder b = new StringBuilder(cookieName(secure)).append('=').append(value == null ? "" : value);
        // __Host- demands Path=/ and Secure; over plain HTTP the cookie is scoped to the portal.
        b.append(secure ? "; Path=/; Secure" : "; Path=" + PATH);
        b.append("; HttpOnly; SameSite=Strict");
        if (value == null) {
            b.append("; Max-Age=0");
        }
        return b.toString();
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
