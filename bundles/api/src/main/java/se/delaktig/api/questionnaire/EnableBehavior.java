package se.delaktig.api.questionnaire;

/** How several enableWhen conditions combine. */
public enum EnableBehavior {
    /** Every condition holds ({@code "all"}). */
    ALL("all"),
    /** At least one condition holds ({@code "any"}). */
    ANY("any");

    private final String code;

    EnableBehavior(String code) {
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
    public static EnableBehavior ofCode(String code) {
        for (EnableBehavior value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        return null;
    }
}
