package se.delaktig.api.questionnaire;

/** Who answers a questionnaire. */
public enum Respondent {
    /** The child, in the portal ({@code "child"}). */
    CHILD("child"),
    /** The caseworker, for a follow-up form ({@code "caseworker"}). */
    CASEWORKER("caseworker");

    private final String code;

    Respondent(String code) {
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
    public static Respondent ofCode(String code) {
        for (Respondent r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        return null;
    }
}
