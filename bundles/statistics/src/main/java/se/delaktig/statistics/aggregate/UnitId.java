package se.delaktig.statistics.aggregate;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The host's opaque id of a unit (enhet), as the host reports it for a case. Restricted to a token
 * so that no free text can reach the aggregates through it.
 *
 * @param value 1-64 characters of {@code [A-Za-z0-9._:-]}
 */
public record UnitId(String value) implements Comparable<UnitId> {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    /** Rejects anything that is not a short token. */
    public UnitId {
        Objects.requireNonNull(value, "value");
        if (!TOKEN.matcher(value).matches()) {
            throw new IllegalArgumentException("not a unit id (1-64 of A-Z a-z 0-9 . _ : -)");
        }
    }

    /** @param value a host unit id @return the unit id */
    public static UnitId of(String value) {
        return new UnitId(value);
    }

    @Override
    public int compareTo(UnitId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
