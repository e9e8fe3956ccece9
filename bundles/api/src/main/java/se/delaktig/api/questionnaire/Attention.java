package se.delaktig.api.questionnaire;

/** What an answer option means for the caseworker's attention. */
public enum Attention {
    /** Nothing special ({@code "none"}). */
    NONE("none"),
    /** Listed first in the result view ({@code "needs-attention"}). */
    NEEDS_ATTENTION("needs-attention"),
    /** Listed first and raises a content-free alert ({@code "signals-danger"}). */
    SIGNALS_DANGER("signals-danger");

    private final String code;

    Attention(String code) {
        this.code = code;
    }

    /** @return the code used in definition documents */
    public String code() {
        return code;
    }

    /**
     * @param code a code from a document
     * @return the constant, or {@code null} when the code is unknown
     */
    public static Attention ofCode(String code) {
        for (Attention value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        return null;
    }
}
