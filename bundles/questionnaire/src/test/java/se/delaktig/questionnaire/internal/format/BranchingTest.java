package se.delaktig.questionnaire.internal.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.questionnaire.internal.Defs;

/** Load-time rejection of bad enableWhen: unknown, later, self, enclosing group, non-answerable, cycles. */
class BranchingTest {

    private static List<String> problems(Consumer<ObjectNode> edit) {
        return DefinitionReader.read(Defs.edited(Defs.EXAMPLE, edit), (b, f) -> true).problems().stream()
                .map(Problem::toString).toList();
    }

    private static void assertProblem(String expected, Consumer<ObjectNode> edit) {
        List<String> found = problems(edit);
        assertTrue(found.contains(expected), () -> "expected " + expected + " in " + found);
    }

    private static ObjectNode condition(ObjectNode item, String question, String operator, Object answer) {
        ArrayNode list = item.withArray("enableWhen");
        ObjectNode c = list.addObject().put("question", question).put("operator", operator);
        if (answer instanceof Boolean b) {
            c.put("answer", b);
        } else {
            c.put("answer", (String) answer);
        }
        return item;
    }

    @Test
    void rejectsAnUnknownItem() {
        assertProblem("items[3].enableWhen[0].question: \"nobody\" is not an item of this questionnaire",
                root -> condition(Defs.at(root, "items.3"), "nobody", "exists", true));
    }

    @Test
    void rejectsALaterItem() {
        assertProblem("items[0].enableWhen[0].question: \"own-words-know\" comes later in the questionnaire; conditions may only name earlier items",
                root -> condition(Defs.at(root, "items.0"), "own-words-know", "exists", true));
    }

    @Test
    void rejectsSelfReferenceAndTheEnclosingGroup() {
        assertProblem("items[3].enableWhen[0].question: an item cannot depend on itself (cycle)",
                root -> condition(Defs.at(root, "items.3"), "own-words-know", "exists", true));
        assertProblem("items[2].items[0].enableWhen[0].question: \"home\" is a group containing this item (cycle)",
                root -> condition(Defs.at(root, "items.2.items.0"), "home", "exists", true));
    }

    @Test
    void rejectsACycleThroughAForwardReference() {
        List<String> found = problems(root -> {
            condition(Defs.at(root, "items.0"), "own-words-know", "exists", true);
            condition(Defs.at(root, "items.3"), "practice-weather", "=", "sun");
        });
        assertTrue(found.stream().anyMatch(p -> p.contains("branching cycle: ")), found::toString);
    }

    @Test
    void rejectsConditionsOnItemsWithoutAnswersOrCodes() {
        assertProblem("items[3].enableWhen[0].question: \"who-reads\" is a info and takes no answer",
                root -> condition(Defs.at(root, "items.3"), "who-reads", "exists", true));
        assertProblem("items[3].enableWhen[0].answer: \"hail\" is not an option of \"practice-weather\"",
                root -> condition(Defs.at(root, "items.3"), "practice-weather", "=", "hail"));
        assertProblem("items[3].enableWhen[0].operator: \"=\" needs a choice item; \"home-unsafe-why\" is long-text (use \"exists\")",
                root -> condition(Defs.at(root, "items.3"), "home-unsafe-why", "=", "x"));
        assertProblem("items[3].enableWhen[0].answer: must be true or false for \"exists\"",
                root -> condition(Defs.at(root, "items.3"), "practice-weather", "exists", "yes"));
    }

    @Test
    void requiresEnableBehaviorWithSeveralConditions() {
        assertProblem("items[2].items[2].enableBehavior: missing: required with two or more conditions (\"all\" or \"any\")",
                root -> Defs.at(root, "items.2.items.2").remove("enableBehavior"));
    }
}
