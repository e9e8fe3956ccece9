package se.delaktig.api.questionnaire;

import java.util.Objects;

/**
 * One condition for showing an item.
 *
 * @param question     linkId of an earlier answerable item
 * @param operator     the comparison
 * @param answerCode   the option code compared with, for {@code =} and {@code !=}; {@code null} for {@code exists}
 * @param answerExists for {@code exists}: whether an answer must exist ({@code true}) or must not; ignored otherwise
 */
public record EnableWhen(String question, Operator operator, String answerCode, boolean answerExists) {
    /** Checks the components. */
    public EnableWhen {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(operator, "operator");
    }
}
