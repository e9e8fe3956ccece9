package se.delaktig.questionnaire.internal.rules;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.EnableBehavior;
import se.delaktig.api.questionnaire.EnableWhen;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.Questionnaire;

/**
 * Evaluates enableWhen in reading order. Conditions only name earlier items (checked at load), so
 * one pass decides every item; an answer to an item not shown counts as no answer.
 */
public final class Enablement {

    private Enablement() {
    }

    /**
     * @param questionnaire the version
     * @param answers       answers so far (a later duplicate for a linkId wins)
     * @return linkIds of enabled items, in reading order
     */
    public static Set<String> enabled(Questionnaire questionnaire, Collection<Answer> answers) {
        Map<String, Answer> byId = new HashMap<>();
        for (Answer a : answers) {
            if (a != null) {
                byId.put(a.linkId(), a);
            }
        }
        Set<String> enabled = new LinkedHashSet<>();
        walk(questionnaire.items(), byId, enabled);
        return enabled;
    }

    private static void walk(List<Item> items, Map<String, Answer> answers, Set<String> enabled) {
        for (Item item : items) {
            if (holds(item, answers, enabled)) {
                enabled.add(item.linkId());
                walk(item.items(), answers, enabled);
            }
        }
    }

    private static boolean holds(Item item, Map<String, Answer> answers, Set<String> enabled) {
        if (item.enableWhen().isEmpty()) {
            return true;
        }
        boolean any = item.enableBehavior() == EnableBehavior.ANY;
        for (EnableWhen c : item.enableWhen()) {
            boolean h = holds(c, enabled.contains(c.question()) ? answers.get(c.question()) : null);
            if (any && h) {
                return true;
            }
            if (!any && !h) {
                return false;
            }
        }
        return !any;
    }

    static boolean holds(EnableWhen c, Answer answer) {
        boolean given = answer != null && answer.given();
        return switch (c.operator()) {
            case EXISTS -> given == c.answerExists();
            case EQUALS -> given && answer.codes().contains(c.answerCode());
            case NOT_EQUALS -> given && !answer.codes().contains(c.answerCode());
        };
    }
}
