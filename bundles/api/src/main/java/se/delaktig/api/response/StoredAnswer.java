package se.delaktig.api.response;

import java.time.Instant;
import java.util.Objects;
import se.delaktig.api.questionnaire.Answer;

/**
 * One saved answer of a response (one row per question).
 *
 * @param answer    the answer as given
 * @param updatedAt when it was last saved
 * @param revision  1 for the first save, one more for each later save (from any device)
 */
public record StoredAnswer(Answer answer, Instant updatedAt, long revision) {

    /** Checks the components. */
    public StoredAnswer {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Answers are the child's words: redacted. */
    @Override
    public String toString() {
        return "StoredAnswer[linkId=" + answer.linkId() + ", revision=" + revision + ", updatedAt=" + updatedAt + "]";
    }
}
