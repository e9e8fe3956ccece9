package se.delaktig.api.statistics;

import java.time.Instant;
import java.util.Objects;

/**
 * An invitation that reached a child (it was sent, printed or handed over), for the response rate.
 *
 * @param invitationId         the invitation
 * @param caseId               its case, only to ask the host for unit, gender and age
 * @param questionnaireId      the questionnaire
 * @param questionnaireVersion the pinned version
 * @param sentAt               when it was first sent (or created, when it was handed over in person)
 * @param answered             whether the child sent the answers
 * @param recorded             the unit, gender and age band statistics recorded when they first counted
 *                             this invitation, or {@code null} when none were recorded yet
 * @since 1.1 ({@code recorded})
 */
public record SentInvitation(String invitationId, String caseId, String questionnaireId, String questionnaireVersion,
        Instant sentAt, boolean answered, RecordedFacts recorded) {
    /** Checks the components. */
    public SentInvitation {
        Objects.requireNonNull(invitationId, "invitationId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** An invitation without recorded facts (the 1.0 constructor). */
    public SentInvitation(String invitationId, String caseId, String questionnaireId, String questionnaireVersion,
            Instant sentAt, boolean answered) {
        this(invitationId, caseId, questionnaireId, questionnaireVersion, sentAt, answered, null);
    }

    /** The case id is not for logs. */
    @Override
    public String toString() {
        return "SentInvitation[" + invitationId + ", " + sentAt + ", answered=" + answered + "]";
    }
}
