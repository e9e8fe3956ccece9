package se.delaktig.api.questionnaire;

/** Whether the municipality's professionals have reviewed a definition. */
public enum ReviewStatus {
    /** Not yet reviewed ({@code "draft"}). */
    DRAFT("draft"),
    /** Reviewed ({@code "reviewed"}). */
    REVIEWED("reviewed");

    private final String code;

    ReviewStatus(String code) {
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
    public static ReviewStatus ofCode(String code) {
        for (ReviewStatus value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        return null;
    }
}
