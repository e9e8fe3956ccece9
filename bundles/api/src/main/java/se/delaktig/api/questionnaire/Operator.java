package se.delaktig.api.questionnaire;

/** The comparison of an enableWhen condition. */
public enum Operator {
    /** The answer includes the code ({@code "="}). */
    EQUALS("="),
    /** The item is answered and the answer does not include the code ({@code "!="}). */
    NOT_EQUALS("!="),
    /** The item is answered (or, with answer false, is not) ({@code "exists"}). */
    EXISTS("exists");

    private final String code;

    Operator(String code) {
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
    public static Operator ofCode(String code) {
        for (Operator value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        return null;
    }
}
