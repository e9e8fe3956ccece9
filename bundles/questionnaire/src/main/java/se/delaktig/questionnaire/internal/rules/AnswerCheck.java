package se.delaktig.questionnaire.internal.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.ItemType;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.api.questionnaire.Questionnaire;

/** Checks one answer against its item; never throws on bad input. */
public final class AnswerCheck {

    private AnswerCheck() {
    }

    /**
     * @param questionnaire the version being answered
     * @param answer        the answer (may be {@code null})
     * @return every fault; empty when valid
     */
    public static List<Problem> check(Questionnaire questionnaire, Answer answer) {
        List<Problem> problems = new ArrayList<>();
        if (answer == null) {
            problems.add(new Problem("", "no answer"));
            return problems;
        }
        Optional<Item> found = questionnaire.item(answer.linkId());
        if (found.isEmpty()) {
            problems.add(new Problem("linkId", "not an item of this questionnaire"));
            return problems;
        }
        Item item = found.get();
        if (!item.type().answerable()) {
            problems.add(new Problem("linkId", "a " + item.type().code() + " takes no answer"));
            return problems;
        }
        if (answer.tellMore() != null) {
            if (!item.tellMore()) {
                problems.add(new Problem("tellMore", "this item offers no \"tell me more\""));
            } else {
                text(answer.tellMore(), Item.TELL_MORE_MAX_LENGTH, "tellMore", problems);
            }
        }
        if (answer.declined()) {
            if (!item.declineAllowed()) {
                problems.add(new Problem("declined", "this item cannot be declined"));
            }
            if (!answer.codes().isEmpty() || answer.text() != null) {
                problems.add(new Problem("declined", "a declined answer has no codes and no text"));
            }
            return problems;
        }
        if (item.type().choice()) {
            choice(item, answer, problems);
        } else {
            if (!answer.codes().isEmpty()) {
                problems.add(new Problem("codes", "a " + item.type().code() + " item takes text, not codes"));
            }
            if (answer.text() == null || answer.text().isBlank()) {
                problems.add(new Problem("text", "missing"));
            } else {
                text(answer.text(), item.maxLength(), "text", problems);
                if (item.type() == ItemType.TEXT && (answer.text().contains("\n") || answer.text().contains("\r"))) {
                    problems.add(new Problem("text", "a short text is one line"));
                }
            }
        }
        return problems;
    }

    private static void choice(Item item, Answer answer, List<Problem> problems) {
        if (answer.text() != null) {
            problems.add(new Problem("text", "a " + item.type().code() + " item takes codes, not text"));
        }
        List<String> codes = answer.codes();
        if (codes.isEmpty()) {
            problems.add(new Problem("codes", "missing: choose an option"));
            return;
        }
        if (item.type() != ItemType.MULTIPLE_CHOICE && codes.size() > 1) {
            problems.add(new Problem("codes", "only one option may be chosen"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || item.option(code) == null) {
                problems.add(new Problem("codes[" + i + "]", "not an option of this item"));
            } else if (!seen.add(code)) {
                problems.add(new Problem("codes[" + i + "]", "chosen twice"));
            }
        }
    }

    private static void text(String text, int max, String path, List<Problem> problems) {
        if (text.codePointCount(0, text.length()) > max) {
            problems.add(new Problem(path, "longer than " + max + " characters"));
        }
        boolean bad = text.codePoints().anyMatch(c -> (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                || (Character.getType(c) == Character.SURROGATE));
        if (bad) {
            problems.add(new Problem(path, "contains control characters"));
        }
    }
}
