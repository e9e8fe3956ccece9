package se.delaktig.statistics.aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;

/**
 * The internal, always current aggregates: counts by unit x month x gender x age band x questionnaire
 * version (x question x option, x domain). Adding a response costs O(its answers). Thread-safe; a
 * {@link #freeze()} copy is what gets published.
 */
public final class Aggregates {
    private final Clock clock;
    private final Map<GroupKey, Long> responses = new HashMap<>();
    private final Map<GroupKey, Long> answers = new HashMap<>();
    private final Map<GroupKey.Question, Long> questions = new HashMap<>();
    private final Map<GroupKey.Option, Long> options = new HashMap<>();
    private final Map<GroupKey.Domain, DomainTally> domains = new HashMap<>();
    private final Map<GroupKey, Long> invitations = new HashMap<>();
    private final Map<GroupKey, Long> answeredInvitations = new HashMap<>();

    /** @param clock the clock that stamps frozen copies */
    public Aggregates(Clock clock) {
        this.clock = clock;
    }

    /** @param response a child's sent response; counted once */
    public synchronized void add(ResponseFacts response) {
        GroupKey group = new GroupKey(response.unit(), Periods.monthOf(response.sentAt()), response.gender(),
                response.ageBand(), response.questionnaire());
        responses.merge(group, 1L, Long::sum);
        answers.merge(group, (long) response.answers().size(), Long::sum);
        Set<Code> answered = new HashSet<>();
        Set<GroupKey.Option> chosen = new HashSet<>();
        Map<Code, DomainTally> byDomain = new HashMap<>();
        for (CountedAnswer answer : response.answers()) {
            if (answered.add(answer.question())) {
                questions.merge(new GroupKey.Question(group, answer.question()), 1L, Long::sum);
            }
            GroupKey.Option option = new GroupKey.Option(group, answer.question(), answer.option());
            if (chosen.add(option)) {
                options.merge(option, 1L, Long::sum);
            }
            if (answer.valueMillis() != null) {
                long v = answer.valueMillis();
                byDomain.merge(answer.domain(), new DomainTally(0, 1, v, v * v), DomainTally::plus);
            }
        }
        byDomain.forEach((domain, tally) -> domains.merge(new GroupKey.Domain(group, domain),
                tally.plus(new DomainTally(1, 0, 0, 0)), DomainTally::plus));
    }

    /**
     * @param unit the unit @param sentAt when the invitation was sent @param gender gender
     * @param ageBand age band @param questionnaire the questionnaire it invites to
     */
    public synchronized void invitationSent(UnitId unit, Instant sentAt, Gender gender, AgeBand ageBand,
                                            QuestionnaireRef questionnaire) {
        invitations.merge(new GroupKey(unit, Periods.monthOf(sentAt), gender, ageBand, questionnaire), 1L, Long::sum);
    }

    /**
     * Counts an answered invitation in the month it was <em>sent</em>, so the response rate compares
     * like with like.
     *
     * @param unit the unit @param sentAt when the invitation was sent @param gender gender
     * @param ageBand age band @param questionnaire the questionnaire
     */
    public synchronized void invitationAnswered(UnitId unit, Instant sentAt, Gender gender, AgeBand ageBand,
                                                QuestionnaireRef questionnaire) {
        answeredInvitations.merge(new GroupKey(unit, Periods.monthOf(sentAt), gender, ageBand, questionnaire),
                1L, Long::sum);
    }

    /** @return a consistent frozen copy, stamped with the clock's instant */
    public synchronized AggregateData freeze() {
        return new AggregateData(clock.instant(), responses, answers, questions, options, domains,
                invitations, answeredInvitations);
    }
}
