package se.delaktig.portal.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.ItemType;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.QuestionnaireEngine;

/**
 * Turns a posted question form into an {@link Answer} and checks it with the engine. Nothing the
 * browser sends is trusted: codes must be the item's, text must fit, decline must be offered.
 */
final class AnswerForm {

    /** What the form asked for. */
    enum Action { NEXT, BACK, DECLINE }

    /**
     * @param answer  the answer to save, or null when the child gave none (skipping is allowed)
     * @param problem a message key for the child when the post cannot be saved, or null
     */
    record Parsed(Answer answer, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    static Action action(String value) {
        if ("back".equals(value)) {
            return Action.BACK;
        }
        return "decline".equals(value) ? Action.DECLINE : Action.NEXT;
    }

    /**
     * @param form   the posted fields (choice may repeat)
     * @param action what the child pressed
     */
    static Parsed parse(Questionnaire q, QuestionnaireEngine engine, Item item, Map<String, List<String>> form,
            Action action) {
        if (!item.type().answerable()) {
            return new Parsed(null, null);
        }
        String tellMore = blankToNull(first(form, "tellmore"));
        if (tellMore != null && !item.tellMore()) {
            return new Parsed(null, "error.tampered");
        }
        if (tellMore != null && tellMore.codePointCount(0, tellMore.length()) > Item.TELL_MORE_MAX_LENGTH) {
            return new Parsed(null, "error.tellmore.long");
        }
        Answer answer;
        if (action == Action.DECLINE) {
            if (!item.declineAllowed()) {
                return new Parsed(null, "error.tampered");
            }
            answer = new Answer(item.linkId(), List.of(), null, true, null);
        } else if (item.type().choice()) {
            List<String> codes = List.copyOf(new LinkedHashSet<>(form.getOrDefault("choice", List.of())));
            if (codes.isEmpty()) {
                return new Parsed(null, tellMore == null ? null : "error.tellmore.alone");
            }
            if (item.type() != ItemType.MULTIPLE_CHOICE && codes.size() > 1) {
                return new Parsed(null, "error.tampered");
            }
            answer = new Answer(item.linkId(), codes, null, false, tellMore);
        } else {
            String text = blankToNull(first(form, "text"));
            if (text == null) {
                return new Parsed(null, tellMore == null ? null : "error.tellmore.alone");
            }
            if (item.maxLength() > 0 && text.codePointCount(0, text.length()) > item.maxLength()) {
                return new Parsed(null, "error.text.long");
            }
            answer = new Answer(item.linkId(), List.of(), text.replace("\r\n", "\n"), false, tellMore);
        }
        List<Problem> problems = engine.validateAnswer(q, answer);
        return problems.isEmpty() ? new Parsed(answer, null) : new Parsed(null, "error.tampered");
    }

    static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().replace("\r\n", "\n");
    }

    private AnswerForm() {
    }
}
