package se.delaktig.api.questionnaire;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Draft/review state of a definition. The shipped questionnaires are drafts for the municipality's
 * professionals to review before use.
 *
 * @param status     draft or reviewed
 * @param note       what must be reviewed, or {@code null}
 * @param reviewedBy who reviewed it (role or organisation), {@code null} for drafts
 * @param reviewedOn when, {@code null} for drafts
 */
public record Review(ReviewStatus status, Texts note, String reviewedBy, LocalDate reviewedOn) {
    /** Checks the components. */
    public Review {
        Objects.requireNonNull(status, "status");
    }
}
