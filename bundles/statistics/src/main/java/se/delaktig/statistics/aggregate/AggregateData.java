package se.delaktig.statistics.aggregate;

import java.time.Instant;
import java.util.Map;

/**
 * A frozen copy of the aggregates at one moment: what a published snapshot is computed from.
 *
 * @param takenAt        when the copy was made
 * @param responses      children's responses per group
 * @param answers        counted answers per group (several per response)
 * @param questions      responses that answered a question, per group and question
 * @param options        responses that chose an option, per group, question and option
 * @param domains        domain index sums per group and domain
 * @param invitations    invitations sent per group (month of sending)
 * @param answeredInvitations invitations answered per group (month of sending, so the rate is per cohort)
 */
public record AggregateData(Instant takenAt,
                            Map<GroupKey, Long> responses,
                            Map<GroupKey, Long> answers,
                            Map<GroupKey.Question, Long> questions,
                            Map<GroupKey.Option, Long> options,
                            Map<GroupKey.Domain, DomainTally> domains,
                            Map<GroupKey, Long> invitations,
                            Map<GroupKey, Long> answeredInvitations) {
    /** Copies every map. */
    public AggregateData {
        responses = Map.copyOf(responses);
        answers = Map.copyOf(answers);
        questions = Map.copyOf(questions);
        options = Map.copyOf(options);
        domains = Map.copyOf(domains);
        invitations = Map.copyOf(invitations);
        answeredInvitations = Map.copyOf(answeredInvitations);
    }
}
