package se.delaktig.statistics.aggregate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;

/**
 * What statistics learn from one child's sent response: where, when, who in coded terms, and the
 * chosen options. No case id, no child id and no text: the type has no field that could hold them.
 *
 * @param unit          the unit the case belonged to when the child answered
 * @param sentAt        when the child sent the response
 * @param gender        the gender the host records
 * @param ageBand       the age band on the answering day
 * @param questionnaire the questionnaire version answered
 * @param answers       the counted answers
 */
public record ResponseFacts(UnitId unit, Instant sentAt, Gender gender, AgeBand ageBand,
                            QuestionnaireRef questionnaire, List<CountedAnswer> answers) {
    /** Checks the components and copies the answers. */
    public ResponseFacts {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(ageBand, "ageBand");
        Objects.requireNonNull(questionnaire, "questionnaire");
        answers = List.copyOf(answers);
    }
}
