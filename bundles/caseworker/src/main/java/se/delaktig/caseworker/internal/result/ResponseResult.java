package se.delaktig.caseworker.internal.result;

import java.time.Instant;
import java.util.List;
import se.delaktig.api.questionnaire.Attention;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.api.response.StoredResponse;

/**
 * One sent response, read with its pinned questionnaire version, answers in the order they are shown.
 *
 * @param response   the stored response
 * @param title      the questionnaire's title in the page's language
 * @param respondent who answered (the child, or the caseworker for the follow-up form)
 * @param rows       the answers, what matters first ({@link ResultOrdering})
 */
public record ResponseResult(StoredResponse response, String title, Respondent respondent, List<AnswerRow> rows) {

    /** Copies the list. */
    public ResponseResult {
        rows = List.copyOf(rows);
    }

    /** @return the response id */
    public String id() {
        return response.id();
    }

    /** @return the pinned version */
    public String version() {
        return response.questionnaireVersion();
    }

    /** @return when it was sent */
    public Instant submittedAt() {
        return response.submittedAt();
    }

    /** @return whether an answer signals danger */
    public boolean signalsDanger() {
        return rows.stream().anyMatch(r -> r.attention() == Attention.SIGNALS_DANGER);
    }

    /** @return whether an answer needs attention (danger included) */
    public boolean needsAttention() {
        return rows.stream().anyMatch(r -> r.attention() != Attention.NONE);
    }

    /** @return whether the child answered it */
    public boolean byChild() {
        return respondent == Respondent.CHILD;
    }
}
