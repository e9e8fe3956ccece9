package se.delaktig.statistics.publish;

/** The fixed set of published tables; nothing else is ever published. */
public enum TableKind {
    /** Children per unit and period bucket. */
    UNIT_BY_PERIOD("unit-by-period"),
    /** Children per unit and gender. */
    UNIT_BY_GENDER("unit-by-gender"),
    /** Children per unit and age band. */
    UNIT_BY_AGE_BAND("unit-by-age-band"),
    /** Children in the municipality per gender and age band. */
    GENDER_BY_AGE_BAND("gender-by-age-band"),
    /** Children per unit and questionnaire version. */
    UNIT_BY_QUESTIONNAIRE("unit-by-questionnaire"),
    /** Children per unit and chosen option of one question (with "no answer"). */
    UNIT_BY_ANSWER("unit-by-answer"),
    /** Invitations per unit: answered, not answered, sent, and the rate. */
    RESPONSE_RATE("response-rate"),
    /** Mean domain index per unit and domain. */
    DOMAIN_INDEX("domain-index");

    private final String code;

    TableKind(String code) {
        this.code = code;
    }

    /** @return the stable code used in table ids and exports */
    public String code() {
        return code;
    }

    /** @param code a code @return the kind @throws IllegalArgumentException for an unknown code */
    public static TableKind ofCode(String code) {
        for (TableKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown table kind: " + code);
    }
}
