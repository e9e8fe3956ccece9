package se.delaktig.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.QuestionnaireEngine;
import se.delaktig.questionnaire.internal.osgi.EngineComponent;

/** Navigation, branching, back, progress and validation on the shipped barn-5-7 with the real engine. */
class JourneyTest {
    private final QuestionnaireEngine engine = new EngineComponent();
    private final Questionnaire q = Shipped.read("barn-5-7");

    @Test
    void thePracticeQuestionComesFirstAndGroupsAreNotPages() {
        Journey j = new Journey(q, engine, List.of());
        assertEquals("practice-weather", j.pages().get(0).linkId());
        assertTrue(j.page("home").isEmpty(), "a group is a heading, not a page");
        assertEquals("home", j.group("home-how").orElseThrow().linkId());
        assertEquals(1, j.number("practice-weather"));
        assertEquals(0, j.number("about"), "information pages are not counted");
        assertEquals("practice-weather", j.resume(null).orElseThrow().linkId());
    }

    @Test
    void followUpsAppearOnlyWhenCalledForAndBackGoesToThePreviousShownPage() {
        Journey happy = new Journey(q, engine, List.of(Answer.ofCodes("home-how", "happy")));
        assertTrue(happy.page("home-afraid").isEmpty());
        Journey sad = new Journey(q, engine, List.of(Answer.ofCodes("home-how", "sad")));
        assertEquals("home-afraid", sad.next("home-how").orElseThrow().linkId());
        assertEquals("home-how", sad.previous("home-afraid").orElseThrow().linkId());
        assertTrue(sad.questions().size() > happy.questions().size());

        Journey afraid = new Journey(q, engine, List.of(Answer.ofCodes("home-how", "sad"), Answer.ofCodes("home-afraid", "yes")));
        Item item = q.item("home-afraid").orElseThrow();
        assertTrue(Journey.signalsDanger(item, Answer.ofCodes("home-afraid", "yes")));
        assertFalse(Journey.signalsDanger(item, Answer.declined("home-afraid")));
        assertEquals("home-afraid-help", afraid.ownHelpAfter("home-afraid").orElseThrow().linkId(),
                "the questionnaire's own help page is the safety net");
    }

    @Test
    void aChildWhoComesBackContinuesAfterTheLatestAnswer() {
        Journey j = new Journey(q, engine, List.of(Answer.ofCodes("practice-weather", "sun")));
        assertEquals("about", j.resume("practice-weather").orElseThrow().linkId());
        Item last = j.pages().get(j.pages().size() - 1);
        assertTrue(j.resume(last.linkId()).isEmpty(), "all behind: the review");
        assertEquals(List.of(Answer.ofCodes("practice-weather", "sun")), j.shownAnswers());
    }

    @Test
    void hiddenAnswersAreLeftOutOfTheReview() {
        Journey j = new Journey(q, engine, List.of(Answer.ofCodes("home-how", "happy"), Answer.ofCodes("home-afraid", "yes")));
        assertEquals(List.of("home-how"), j.shownAnswers().stream().map(Answer::linkId).toList());
        assertTrue(j.answer("home-afraid").isEmpty());
    }

    @Test
    void formsAreCheckedAgainstTheItem() {
        Item faces = q.item("home-how").orElseThrow();
        var next = AnswerForm.Action.NEXT;
        assertEquals(Answer.ofCodes("home-how", "sad"),
                AnswerForm.parse(q, engine, faces, Map.of("choice", List.of("sad")), next).answer());
        assertEquals("error.tampered", AnswerForm.parse(q, engine, faces, Map.of("choice", List.of("evil")), next).problem());
        assertEquals("error.tampered",
                AnswerForm.parse(q, engine, faces, Map.of("choice", List.of("sad", "happy")), next).problem());
        assertEquals(null, AnswerForm.parse(q, engine, faces, Map.of(), next).answer(), "skipping saves nothing");
        assertTrue(AnswerForm.parse(q, engine, faces, Map.of(), AnswerForm.Action.DECLINE).answer().declined());
        String long1001 = "a".repeat(1001);
        assertEquals("error.tellmore.long", AnswerForm.parse(q, engine, faces,
                Map.of("choice", List.of("sad"), "tellmore", List.of(long1001)), next).problem());
        assertEquals("We moved.", AnswerForm.parse(q, engine, faces,
                Map.of("choice", List.of("sad"), "tellmore", List.of(" We moved. ")), next).answer().tellMore());
        Item noTell = q.item("practice-weather").orElseThrow();
        assertEquals("error.tampered", AnswerForm.parse(q, engine, noTell,
                Map.of("choice", List.of("sun"), "tellmore", List.of("x")), next).problem());
        Item info = q.item("about").orElseThrow();
        assertTrue(AnswerForm.parse(q, engine, info, Map.of("choice", List.of("x")), next).ok());
        assertEquals(null, AnswerForm.parse(q, engine, info, Map.of("choice", List.of("x")), next).answer());
    }
}
