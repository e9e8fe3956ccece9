package se.delaktig.statistics.aggregate;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A code from a code set: a question's linkId, an option code, a domain code, a questionnaire id or
 * version. Only short tokens without spaces pass, so a child's free text cannot become a statistics
 * key by accident: the aggregates take no other string than codes and unit ids.
 *
 * @param value the token, 1-64 characters of {@code [A-Za-z0-9._-]}, starting with a letter or digit
 */
public record Code(String value) implements Comparable<Code> {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Rejects anything that is not a short token. */
    public Code {
        Objects.requireNonNull(value, "value");
        if (!TOKEN.matcher(value).matches()) {
            throw new IllegalArgumentException("not a code (1-64 of A-Z a-z 0-9 . _ -): '" + shorten(value) + "'");
        }
    }

    /** @param value a token @return the code */
    public static Code of(String value) {
        return new Code(value);
    }

    private static String shorten(String value) {
        // Never echo a long rejected string into a log: it might be a child's text.
        return value.length() <= 16 ? value : value.substring(0, 16) + "...";
    }

    @Override
    public int compareTo(Code other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
