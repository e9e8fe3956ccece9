package se.delaktig.api.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The questionnaire model's own logic: item lookup, texts with a fallback, answers, age ranges. */
class QuestionnaireModelTest {

    private static final Texts SV = new Texts(Map.of("sv", "Text"));

    static Item item(String linkId, ItemType type, List<Item> children, List<AnswerOption> options) {
        return new Item(linkId, type, SV, null, null, null, Map.of(), List.of(), EnableBehavior.ALL, children, options,
                0, 0, false, false, null);
    }

    static Questionnaire questionnaire(List<Item> items) {
        return new Questionnaire("q", SemanticVersion.parse("1.0.0"), SV, null, Respondent.CHILD, new AgeRange(8, 12),
                List.of("sv", "en"), false, null, List.of(), new Review(ReviewStatus.DRAFT, null, null, null), items);
    }

    @Test
    void allItemsAreInReadingOrderAGroupBeforeItsItems() {
        Item home = item("home", ItemType.GROUP, List.of(item("home.1", ItemType.FACES, List.of(), List.of()),
                item("home.2", ItemType.GROUP, List.of(item("home.2.1", ItemType.TEXT, List.of(), List.of())), List.of())),
                List.of());
        Questionnaire q = questionnaire(List.of(item("intro", ItemType.INFO, List.of(), List.of()), home,
                item("last", ItemType.LONG_TEXT, List.of(), List.of())));
        assertEquals(List.of("intro", "home", "home.1", "home.2", "home.2.1", "last"),
                q.allItems().stream().map(Item::linkId).toList());
        assertEquals(Optional.of(ItemType.TEXT), q.item("home.2.1").map(Item::type), "found at any depth");
        assertEquals(Optional.empty(), q.item("nothing"));
        assertEquals("sv", q.defaultLanguage());
    }

    @Test
    void anOptionIsFoundByItsCode() {
        AnswerOption yes = new AnswerOption("yes", SV, 1.0, Attention.NONE, null, Map.of(), null);
        AnswerOption no = new AnswerOption("no", SV, 0.0, Attention.NEEDS_ATTENTION, null, Map.of(), null);
        Item question = item("safe", ItemType.YES_NO, List.of(), List.of(yes, no));
        assertEquals(no, question.option("no"));
        assertNull(question.option("maybe"));
    }

    @Test
    void textsFallBackToTheDefaultLanguageThenToNothing() {
        Texts texts = new Texts(Map.of("sv", "Hemma", "en", "At home"));
        assertEquals("At home", texts.get("en", "sv"));
        assertEquals("Hemma", texts.get("ar", "sv"));
        assertEquals("", texts.get("ar", "fi"));
        assertEquals(Optional.empty(), texts.in("ar"));
    }

    @Test
    void anAnswerIsGivenOnlyWithACodeOrNonBlankText() {
        assertTrue(Answer.ofCodes("q1", "yes").given());
        assertTrue(Answer.ofText("q1", "ok").given());
        assertFalse(Answer.ofText("q1", "  ").given());
        assertFalse(Answer.ofText("q1", null).given());
        assertFalse(Answer.declined("q1").given());
        assertFalse(new Answer("q1", List.of("yes"), null, true, null).given(), "declined wins over a stale code");
        assertEquals(List.of(), new Answer("q1", null, null, false, null).codes());
    }

    @Test
    void anAgeRangeIncludesBothEnds() {
        AgeRange range = new AgeRange(8, 12);
        assertFalse(range.contains(7));
        assertTrue(range.contains(8) && range.contains(12));
        assertFalse(range.contains(13));
        assertEquals(5, range.width());
    }

    @Test
    void onlyQuestionsAreAnswerableAndOnlyChoicesHaveOptions() {
        for (ItemType type : ItemType.values()) {
            assertEquals(type != ItemType.GROUP && type != ItemType.INFO, type.answerable(), type.name());
        }
        assertTrue(ItemType.FACES.choice() && ItemType.YES_NO.choice());
        assertFalse(ItemType.TEXT.choice() || ItemType.LONG_TEXT.choice() || ItemType.GROUP.choice());
    }
}
