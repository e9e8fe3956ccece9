package se.delaktig.host.api.codes;

import java.util.Arrays;
import java.util.Optional;

/**
 * The age bands of the product: the questionnaires and the statistics are cut by these. The age
 * is computed by the host on the relevant date (for answers: the day the child answered).
 * <p>The 2019-2020 pilot used 6-11 and 12-18; that is a different cut and is not comparable.
 */
public enum AgeBand {
    /** 5-7 years: picture-led questionnaire, read-aloud on by default. */
    AGES_5_7("5-7", 5, 7),
    /** 8-12 years: simpler questionnaire. */
    AGES_8_12("8-12", 8, 12),
    /** 13-18 years: fuller questionnaire. */
    AGES_13_18("13-18", 13, 18);

    private final String code;
    private final int fromAge;
    private final int toAge;

    AgeBand(String code, int fromAge, int toAge) {
        this.code = code;
        this.fromAge = fromAge;
        this.toAge = toAge;
    }

    /** @return the stable code, such as {@code "8-12"} */
    public String code() {
        return code;
    }

    /** @return the youngest age in the band, inclusive */
    public int fromAge() {
        return fromAge;
    }

    /** @return the oldest age in the band, inclusive */
    public int toAge() {
        return toAge;
    }

    /**
     * @param age an age in whole years
     * @return the band the age falls in, or empty outside 5-18
     */
    public static Optional<AgeBand> ofAge(int age) {
        return Arrays.stream(values()).filter(b -> age >= b.fromAge && age <= b.toAge).findFirst();
    }

    /**
     * @param code a code such as {@code "13-18"}
     * @return the band, or empty for an unknown code
     */
    public static Optional<AgeBand> ofCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}
