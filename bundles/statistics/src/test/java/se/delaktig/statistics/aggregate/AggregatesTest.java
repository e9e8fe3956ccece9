package se.delaktig.statistics.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;

class AggregatesTest {
    static final QuestionnaireRef Q = QuestionnaireRef.of("wellbeing", "1.0.0");
    static final Instant MARCH = Instant.parse("2024-03-10T10:00:00Z");

    private final Aggregates aggregates = new Aggregates(Clock.fixed(Instant.parse("2024-04-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void countsChildrenApartFromAnswers() {
        aggregates.add(response(Gender.GIRL, CountedAnswer.of("q1", "yes"), CountedAnswer.of("q2", "no")));
        aggregates.add(response(Gender.GIRL, CountedAnswer.of("q1", "no")));
        AggregateData data = aggregates.freeze();
        GroupKey group = new GroupKey(UnitId.of("u1"), YearMonth.of(2024, 3), Gender.GIRL, AgeBand.AGES_8_12, Q);
        assertEquals(2L, data.responses().get(group));
        assertEquals(3L, data.answers().get(group));
        assertEquals(2L, data.questions().get(new GroupKey.Question(group, Code.of("q1"))));
        assertEquals(1L, data.options().get(new GroupKey.Option(group, Code.of("q1"), Code.of("yes"))));
    }

    @Test
    void multipleChoiceCountsTheChildOncePerQuestionAndOption() {
        aggregates.add(response(Gender.BOY, CountedAnswer.of("q1", "a"), CountedAnswer.of("q1", "b"), CountedAnswer.of("q1", "a")));
        AggregateData data = aggregates.freeze();
        GroupKey group = new GroupKey(UnitId.of("u1"), YearMonth.of(2024, 3), Gender.BOY, AgeBand.AGES_8_12, Q);
        assertEquals(1L, data.questions().get(new GroupKey.Question(group, Code.of("q1"))));
        assertEquals(1L, data.options().get(new GroupKey.Option(group, Code.of("q1"), Code.of("a"))));
        assertEquals(1L, data.options().get(new GroupKey.Option(group, Code.of("q1"), Code.of("b"))));
    }

    @Test
    void domainIndexSumsExactly() {
        aggregates.add(response(Gender.GIRL, CountedAnswer.valued("q1", "3", "home", 3), CountedAnswer.valued("q2", "5", "home", 5)));
        aggregates.add(response(Gender.GIRL, CountedAnswer.valued("q1", "1", "home", 1)));
        DomainTally tally = aggregates.freeze().domains().values().iterator().next();
        assertEquals(2, tally.children());
        assertEquals(3, tally.answers());
        assertEquals(3.0, tally.mean(), 1e-9);
        assertFalse(tally.homogeneous());
        assertTrue(new DomainTally(4, 4, 8000, 16_000_000).homogeneous());
    }

    @Test
    void invitationsCountBySendingMonth() {
        UnitId unit = UnitId.of("u1");
        aggregates.invitationSent(unit, MARCH, Gender.GIRL, AgeBand.AGES_5_7, Q);
        aggregates.invitationSent(unit, MARCH, Gender.GIRL, AgeBand.AGES_5_7, Q);
        aggregates.invitationAnswered(unit, MARCH, Gender.GIRL, AgeBand.AGES_5_7, Q);
        AggregateData data = aggregates.freeze();
        assertEquals(2L, data.invitations().values().iterator().next());
        assertEquals(1L, data.answeredInvitations().values().iterator().next());
    }

    @Test
    void freeTextCannotBecomeAKey() {
        assertThrows(IllegalArgumentException.class, () -> Code.of("I am scared at home"));
        assertThrows(IllegalArgumentException.class, () -> Code.of(""));
        assertThrows(IllegalArgumentException.class, () -> Code.of("x".repeat(65)));
        assertThrows(IllegalArgumentException.class, () -> UnitId.of("Enhet Norr"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Code.of("my dad hits me when he drinks"));
        assertFalse(e.getMessage().contains("drinks"), "a rejected text is not echoed whole");
    }

    @Test
    void theInputTypesHaveNoPlainStringField() {
        for (Class<?> type : List.of(ResponseFacts.class, CountedAnswer.class, QuestionnaireRef.class, GroupKey.class)) {
            for (RecordComponent component : type.getRecordComponents()) {
                assertFalse(component.getType() == String.class, type.getSimpleName() + "." + component.getName());
            }
        }
    }

    @Test
    void freezeIsACopy() {
        aggregates.add(response(Gender.GIRL));
        AggregateData before = aggregates.freeze();
        aggregates.add(response(Gender.GIRL));
        assertEquals(1L, before.responses().values().iterator().next());
        assertEquals(2L, aggregates.freeze().responses().values().iterator().next());
    }

    static ResponseFacts response(Gender gender, CountedAnswer... answers) {
        return new ResponseFacts(UnitId.of("u1"), MARCH, gender, AgeBand.AGES_8_12, Q, List.of(answers));
    }
}
