package se.delaktig.invitation.internal.code;

import java.util.Objects;
import java.util.Optional;

/** The secret in an invitation link: 192 random bits, URL-safe base64 without padding; toString redacts. */
public final class LinkToken {

    /** Random bytes per token (192 bits, above the 128 the issue asks for; 32 characters, no padding). */
    public static final int BYTES = 24;
    /** Characters of the encoded token. */
    public static final int LENGTH = 32;

    private final String value;

    private LinkToken(String value) {
        this.value = value;
    }

    /**
     * @param text a token as found in a link, may be {@code null}
     * @return the token, or empty when the text cannot be one
     */
    public static Optional<LinkToken> parse(String text) {
        if (text == null || text.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                return Optional.empty();
            }
        }
        return Optional.of(new LinkToken(text));
    }

    /** @return the token as it goes into the link */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkToken t && t.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Never the token: it must not reach a log line. */
    @Override
    public String toString() {
        return "LinkToken[redacted]";
    }
}
