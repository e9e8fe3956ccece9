package se.delaktig.api.questionnaire;

/** The area of a child's life an item belongs to; answers with a numeric option value count in that domain's index. */
public enum Domain {
    /** Home and family ({@code "home"}). */
    HOME("home"),
    /** School ({@code "school"}). */
    SCHOOL("school"),
    /** Leisure ({@code "leisure"}). */
    LEISURE("leisure"),
    /** Health, body and feelings ({@code "health"}). */
    HEALTH("health"),
    /** Safety ({@code "safety"}). */
    SAFETY("safety"),
    /** Friends and network ({@code "network"}). */
    NETWORK("network"),
    /** Contact with social services ({@code "social-services"}). */
    SOCIAL_SERVICES("social-services"),
    /** The child's own words ({@code "own-words"}). */
    OWN_WORDS("own-words");

    private final String code;

    Domain(String code) {
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
    public static Domain ofCode(String code) {
        for (Domain value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        return null;
    }
}
