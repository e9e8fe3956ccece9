package se.delaktig.statistics.aggregate;

import java.time.YearMonth;
import java.util.Objects;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;

/**
 * The finest group the aggregates count: unit, calendar month, gender, age band, questionnaire version.
 *
 * @param unit          the unit
 * @param month         the month in Stockholm
 * @param gender        the gender
 * @param ageBand       the age band
 * @param questionnaire the questionnaire version
 */
public record GroupKey(UnitId unit, YearMonth month, Gender gender, AgeBand ageBand, QuestionnaireRef questionnaire) {
    /** Checks the components. */
    public GroupKey {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(ageBand, "ageBand");
        Objects.requireNonNull(questionnaire, "questionnaire");
    }

    /** A question within a group. @param group the group @param question the linkId */
    public record Question(GroupKey group, Code question) {
    }

    /** An option of a question within a group. @param group the group @param question the linkId @param option the code */
    public record Option(GroupKey group, Code question, Code option) {
    }

    /** A domain within a group. @param group the group @param domain the domain code */
    public record Domain(GroupKey group, Code domain) {
    }
}
