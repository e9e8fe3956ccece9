package se.delaktig.questionnaire.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.questionnaire.internal.Defs;

class EnablementTest {

    private final Questionnaire example = Defs.parse(Defs.EXAMPLE);
    private final Questionnaire followUp = Defs.parse(Defs.FOLLOW_UP);

    @Test
    void anyBehaviourShowsTheFollowUpForEitherAnswer() {
        assertFalse(Enablement.enabled(example, List.of()).contains("home-unsafe-why"));
        assertFalse(Enablement.enabled(example, List.of(Answer.ofCodes("home-safe", "yes"))).contains("home-unsafe-why"));
        assertTrue(Enablement.enabled(example, List.of(Answer.ofCodes("home-safe", "no"))).contains("home-unsafe-why"));
        assertTrue(Enablement.enabled(example, List.of(Answer.ofCodes("home-safe", "dont-know"))).contains("home-unsafe-why"));
    }

    @Test
    void declinedCountsAsNoAnswer() {
        assertFalse(Enablement.enabled(example, List.of(Answer.declined("home-safe"))).contains("home-unsafe-why"));
        assertFalse(Enablement.enabled(followUp, List.of(Answer.declined("goals"))).contains("details"));
    }

    @Test
    void existsAndEqualsOnMultipleChoiceAndGroups() {
        var none = Enablement.enabled(followUp, List.of(Answer.ofCodes("goals", "school", "none")));
        assertTrue(none.containsAll(List.of("why-not", "details", "mood")));
        var some = Enablement.enabled(followUp, List.of(Answer.ofCodes("goals", "school")));
        assertFalse(some.contains("why-not"));
        assertTrue(some.contains("mood"));
        var nothing = Enablement.enabled(followUp, List.of());
        assertEquals(List.of("goals"), List.copyOf(nothing), "a group's items follow the group");
    }

    @Test
    void notEqualsNeedsAnAnswer() {
        var c = new se.delaktig.api.questionnaire.EnableWhen("q", se.delaktig.api.questionnaire.Operator.NOT_EQUALS, "a", false);
        assertFalse(Enablement.holds(c, null));
        assertFalse(Enablement.holds(c, Answer.declined("q")));
        assertTrue(Enablement.holds(c, Answer.ofCodes("q", "b")));
        assertFalse(Enablement.holds(c, Answer.ofCodes("q", "a")));
        var notExists = new se.delaktig.api.questionnaire.EnableWhen("q", se.delaktig.api.questionnaire.Operator.EXISTS, null, false);
        assertTrue(Enablement.holds(notExists, Answer.declined("q")));
    }

    @Test
    void answersToHiddenItemsAreIgnored() {
        // why-not is hidden (no "none"), so its answer cannot enable anything; check via exists on a hidden item
        var enabled = Enablement.enabled(followUp, List.of(Answer.ofCodes("goals", "home"), Answer.ofText("why-not", "x")));
        assertFalse(enabled.contains("why-not"));
    }
}
