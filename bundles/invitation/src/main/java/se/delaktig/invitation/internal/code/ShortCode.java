package se.delaktig.invitation.internal.code;

import java.util.Objects;
import java.util.Optional;

/** A 12-character code a child can type, from an alphabet without look-alike characters; toString redacts. */
public final class ShortCode {

    /**
     * 21 characters (12 of them: 52.7 bits). Both members of every look-alike pair are left out,
     * so a misread character is rejected, never silently another code: 0 O, 1 I L, 2 Z, 5 S, 8 B,
     * 6 G, U V.
     */
    public static final String ALPHABET = "ACDEFHJKMNPQRTWXY3479";
    /** Number of characters in a code. */
    public static final int LENGTH = 12;
    /** Characters per group in the display form. */
    public static final int GROUP = 4;

    private final String canonical;

    private ShortCode(String canonical) {
        this.canonical = canonical;
    }

    /** @return a code from 12 characters of {@link #ALPHABET}; for the generator */
    static ShortCode of(String canonical) {
        if (canonical.length() != LENGTH || !canonical.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not a short code");
        }
        return new ShortCode(canonical);
    }

    /**
     * Reads a code as a child typed it: case does not matter, and spaces, hyphens, dots and
     * underscores anywhere are ignored.
     *
     * @param typed the input, may be {@code null}
     * @return the code, or empty when the input cannot be a code (the caller answers it like an
     *         unknown code)
     */
    public static Optional<ShortCode> parse(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == ' ' || c == '-' || c == '.' || c == '_' || c == '\u00a0' || c == '\u2010' || c == '\u2013') {
                continue;
            }
            char upper = Character.toUpperCase(c);
            if (upper > 127 || ALPHABET.indexOf(upper) < 0 || b.length() == LENGTH) {
                return Optional.empty();
            }
            b.append(upper);
        }
        return b.length() == LENGTH ? Optional.of(new ShortCode(b.toString())) : Optional.empty();
    }

    /** @return the 12 characters without separators, the form that is hashed */
    public String canonical() {
        return canonical;
    }

    /** @return the code grouped for reading, such as {@code K7XP-M4QA-9FHT} */
    public String display() {
        StringBuilder b = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                b.append('-');
            }
            b.append(canonical.charAt(i));
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShortCode s && s.canonical.equals(canonical);
    }

    @Override
    public int hashCode() {
        return Objects.hash(canonical);
    }

    /** Never the code: it must not reach a log line. */
    @Override
    public String toString() {
        return "ShortCode[redacted]";
    }
}
