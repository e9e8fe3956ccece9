package se.delaktig.questionnaire.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.questionnaire.internal.Defs;

class AnswerCheckTest {

    private final Questionnaire example = Defs.parse(Defs.EXAMPLE);
    private final Questionnaire followUp = Defs.parse(Defs.FOLLOW_UP);

    private static List<String> check(Questionnaire q, Answer a) {
        return AnswerCheck.check(q, a).stream().map(Problem::toString).toList();
    }

    @Test
    void acceptsValidAnswers() {
        assertEquals(List.of(), check(example, Answer.ofCodes("home-how", "sad")));
        assertEquals(List.of(), check(example, Answer.declined("home-safe")));
        assertEquals(List.of(), check(example, new Answer("home-how", List.of("happy"), null, false, "We moved.")));
        assertEquals(List.of(), check(followUp, Answer.ofCodes("goals", "school", "home")));
        assertEquals(List.of(), check(example, Answer.ofText("own-words-know", "Hej\nrad två")));
    }

    @Test
    void rejectsWrongValues() {
        assertEquals(List.of("codes[0]: not an option of this item"), check(example, Answer.ofCodes("home-how", "angry")));
        assertEquals(List.of("codes: only one option may be chosen"), check(example, Answer.ofCodes("home-safe", "yes", "no")));
        assertEquals(List.of("codes[1]: chosen twice"), check(followUp, Answer.ofCodes("goals", "home", "home")));
        assertEquals(List.of("codes: missing: choose an option"), check(example, Answer.ofCodes("home-how")));
        assertEquals(List.of("linkId: not an item of this questionnaire"), check(example, Answer.ofCodes("nope", "x")));
        assertEquals(List.of("linkId: a info takes no answer"), check(example, Answer.ofCodes("who-reads", "x")));
        assertEquals(List.of("text: a short text is one line"), check(followUp, Answer.ofText("why-not", "a\nb")));
    }

    @Test
    void enforcesDeclineTellMoreAndLengths() {
        assertEquals(List.of("declined: this item cannot be declined"), check(followUp, Answer.declined("goals")));
        assertEquals(List.of("tellMore: this item offers no \"tell me more\""),
                check(example, new Answer("home-safe", List.of("yes"), null, false, "x")));
        assertEquals(List.of("text: longer than 50 characters"), check(followUp, Answer.ofText("why-not", "x".repeat(51))));
        assertEquals(List.of(), check(followUp, Answer.ofText("why-not", "😀".repeat(50))), "counted in code points");
        assertTrue(check(example, Answer.ofText("own-words-know", "a\u0000b")).contains("text: contains control characters"));
        assertEquals(List.of("tellMore: longer than 1000 characters"),
                check(example, new Answer("home-how", List.of("sad"), null, false, "x".repeat(1001))));
    }
}
