package se.delaktig.host.api.codes;

import java.util.Arrays;
import java.util.Optional;

/**
 * A child's gender as the host records it. The plugin never asks the child; it only breaks
 * statistics down by what the host records, so gender-equality analysis is possible.
 */
public enum Gender {
    /** Flicka. */
    GIRL("girl"),
    /** Pojke. */
    BOY("boy"),
    /** Another gender recorded by the host (annat). */
    OTHER("other"),
    /** Not recorded or unknown (okänt). */
    UNKNOWN("unknown");

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    /** @return the stable code: {@code girl, boy, other, unknown} */
    public String code() {
        return code;
    }

    /**
     * @param code a code such as {@code "girl"}
     * @return the gender, or empty for an unknown code
     */
    public static Optional<Gender> ofCode(String code) {
        return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
    }
}
