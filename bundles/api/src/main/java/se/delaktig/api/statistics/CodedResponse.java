package se.delaktig.api.statistics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A sent response as statistics see it.
 *
 * @param responseId           the response (to feed each response once); for the anonymised extract of
 *                             an erased case, a random id that names nothing else
 * @param caseId               the case of its invitation, only to ask the host for unit, gender and
 *                             age; never stored in the statistics. {@code null} for the anonymised
 *                             extract of an erased case, which always has {@code recorded} facts
 * @param questionnaireId      the questionnaire
 * @param questionnaireVersion the version answered
 * @param submittedAt          when the child sent it; for the extract of an erased case, the start
 *                             (00:00 Europe/Stockholm) of the calendar month it was sent in
 * @param answers              the coded answers, in the order first given
 * @param recorded             the unit, gender and age band statistics recorded when they first counted
 *                             this response, or {@code null} when none were recorded yet
 * @since 1.1 ({@code recorded}); 1.2 ({@code caseId} may be {@code null} when {@code recorded} is not)
 */
public record CodedResponse(String responseId, String caseId, String questionnaireId, String questionnaireVersion,
        Instant submittedAt, List<CodedAnswer> answers, RecordedFacts recorded) {
    /** Checks the components and copies the answers; a response without a case needs recorded facts. */
    public CodedResponse {
        Objects.requireNonNull(responseId, "responseId");
        if (caseId == null && recorded == null) {
            throw new NullPointerException("caseId: a response without a case needs recorded facts");
        }
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

    /**
     * @return whether this is the anonymised extract of a response whose case was erased (no case id)
     * @since 1.2
     */
    public boolean erasedCase() {
        return caseId == null;
    }

    /** The case id is not for logs. */
    @Override
    public String toString() {
        return "CodedResponse[" + responseId + ", " + questionnaireId + "@" + questionnaireVersion + ", " + submittedAt
                + ", " + answers.size() + " answers" + (recorded == null ? "" : ", recorded") + "]";
    }
}
