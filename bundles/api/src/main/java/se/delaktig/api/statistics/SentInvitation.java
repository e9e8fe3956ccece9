package se.delaktig.api.statistics;

import java.time.Instant;
import java.util.Objects;

/**
 * An invitation that reached a child (it was sent, printed or handed over), for the response rate.
 *
 * @param invitationId         the invitation; for the anonymised extract of an erased case, a random id
 *                             that names nothing else
 * @param caseId               its case, only to ask the host for unit, gender and age; {@code null} for
 *                             the anonymised extract of an erased case, which always has {@code recorded}
 *                             facts
 * @param questionnaireId      the questionnaire
 * @param questionnaireVersion the pinned version
 * @param sentAt               when it was first sent (or created, when it was handed over in person); for
 *                             the extract of an erased case, the start (00:00 Europe/Stockholm) of that
 *                             calendar month
 * @param answered             whether the child sent the answers
 * @param recorded             the unit, gender and age band statistics recorded when they first counted
 *                             this invitation, or {@code null} when none were recorded yet
 * @since 1.1 ({@code recorded}); 1.2 ({@code caseId} may be {@code null} when {@code recorded} is not)
 */
public record SentInvitation(String invitationId, String caseId, String questionnaireId, String questionnaireVersion,
        Instant sentAt, boolean answered, RecordedFacts recorded) {
    /** Checks the components; an invitation without a case needs recorded facts. */
    public SentInvitation {
        Objects.requireNonNull(invitationId, "invitationId");
        if (caseId == null && recorded == null) {
            throw new NullPointerException("caseId: an invitation without a case needs recorded facts");
        }
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** An invitation without recorded facts (the 1.0 constructor). */
    public SentInvitation(String invitationId, String caseId, String questionnaireId, String questionnaireVersion,
            Instant sentAt, boolean answered) {
        this(invitationId, caseId, questionnaireId, questionnaireVersion, sentAt, answered, null);
    }

    /**
     * @return whether this is the anonymised extract of an invitation whose case was erased (no case id)
     * @since 1.2
     */
    public boolean erasedCase() {
        return caseId == null;
    }

    /** The case id is not for logs. */
    @Override
    public String toString() {
        return "SentInvitation[" + invitationId + ", " + sentAt + ", answered=" + answered + "]";
    }
}
