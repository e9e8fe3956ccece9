package se.delaktig.api.statistics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A sent response as statistics see it.
 *
 * @param responseId           the response (to feed each response once)
 * @param caseId               the case of its invitation, only to ask the host for unit, gender and
 *                             age; never stored in the statistics
 * @param questionnaireId      the questionnaire
 * @param questionnaireVersion the version answered
 * @param submittedAt          when the child sent it
 * @param answers              the coded answers, in the order first given
 * @param recorded             the unit, gender and age band statistics recorded when they first counted
 *                             this response, or {@code null} when none were recorded yet
 * @since 1.1 ({@code recorded})
 */
public record CodedResponse(String responseId, String caseId, String questionnaireId, String questionnaireVersion,
        Instant submittedAt, List<CodedAnswer> answers, RecordedFacts recorded) {
    /** Checks the components and copies the answers. */
    public CodedResponse {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        Objects.requireNonNull(submittedAt, "submittedAt");
        answers = List.copyOf(answers);
    }

    /** A response without recorded facts (the 1.0 constructor). */
    public CodedResponse(String responseId, String caseId, String questionnaireId, String questionnaireVersion,
            Instant submittedAt, List<CodedAnswer> answers) {
        this(responseId, caseId, questionnaireId, questionnaireVersion, submittedAt, answers, null);
    }

    /** The case id is not for logs. */
    @Override
    public String toString() {
        return "CodedResponse[" + responseId + ", " + questionnaireId + "@" + questionnaireVersion + ", " + submittedAt
                + ", " + answers.size() + " answers" + (recorded == null ? "" : ", recorded") + "]";
    }
}
