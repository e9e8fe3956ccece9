package se.delaktig.api.questionnaire;

/** The kind of an item of a questionnaire; see docs/questionnaire-authoring.md. */
public enum ItemType {
    /** Holds further items; takes no answer ({@code "group"}). */
    GROUP("group"),
    /** An information page; takes no answer ({@code "info"}). */
    INFO("info"),
    /** Exactly one option ({@code "single-choice"}). */
    SINGLE_CHOICE("single-choice"),
    /** One or more distinct options ({@code "multiple-choice"}). */
    MULTIPLE_CHOICE("multiple-choice"),
    /** A 3- or 5-step scale drawn as faces ({@code "faces"}). */
    FACES("faces"),
    /** Yes, no and optionally don't know ({@code "yes-no"}). */
    YES_NO("yes-no"),
    /** A short free text ({@code "text"}). */
    TEXT("text"),
    /** A longer free text ({@code "long-text"}). */
    LONG_TEXT("long-text");

    private final String code;

    ItemType(String code) {
        this.code = code;
    }

    /** @return the code used in definition documents */
    public String code() {
        return code;
    }

    /** @return whether items of this type take an answer (all but group and info) */
    public boolean answerable() {
        return this != GROUP && this != INFO;
    }

    /** @return whether the answer is one or more option codes (choice, faces, yes-no) */
    public boolean choice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == FACES || this == YES_NO;
    }

    /**
     * @param code a code from a document
     * @return the constant, or {@code null} when the code is unknown
     */
    public static ItemType ofCode(String code) {
        for (ItemType value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        return null;
    }
}
