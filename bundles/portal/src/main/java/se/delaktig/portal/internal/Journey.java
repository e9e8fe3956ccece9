package se.delaktig.portal.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.AnswerOption;
import se.delaktig.api.questionnaire.Attention;
import se.delaktig.api.questionnaire.EnableWhen;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.ItemType;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.QuestionnaireEngine;

/**
 * The pages of one questionnaire given the answers so far: which items are shown (one per page,
 * groups are headings only), in which order, what comes before and after a page, the progress
 * count, and where a child who comes back continues. Pure logic over the engine's rules.
 */
final class Journey {

    private final Questionnaire questionnaire;
    private final List<Item> pages;
    private final Map<String, Item> parents;
    private final Map<String, Answer> answers;

    Journey(Questionnaire questionnaire, QuestionnaireEngine engine, Collection<Answer> answers) {
        this.questionnaire = questionnaire;
        this.answers = new HashMap<>();
        answers.forEach(a -> this.answers.put(a.linkId(), a));
        Set<String> enabled = engine.enabledItems(questionnaire, answers);
        this.pages = questionnaire.allItems().stream()
                .filter(i -> i.type() != ItemType.GROUP && enabled.contains(i.linkId())).toList();
        this.parents = new HashMap<>();
        collectParents(questionnaire.items(), null);
    }

    private void collectParents(List<Item> level, Item parent) {
        for (Item item : level) {
            if (parent != null) {
                parents.put(item.linkId(), parent);
            }
            collectParents(item.items(), item);
        }
    }

    Questionnaire questionnaire() {
        return questionnaire;
    }

    /** @return the shown pages in reading order */
    List<Item> pages() {
        return pages;
    }

    /** @return the page with this linkId if it is shown now */
    Optional<Item> page(String linkId) {
        return pages.stream().filter(p -> p.linkId().equals(linkId)).findFirst();
    }

    Optional<Item> next(String linkId) {
        int i = indexOf(linkId);
        return i >= 0 && i + 1 < pages.size() ? Optional.of(pages.get(i + 1)) : Optional.empty();
    }

    Optional<Item> previous(String linkId) {
        int i = indexOf(linkId);
        return i > 0 ? Optional.of(pages.get(i - 1)) : Optional.empty();
    }

    private int indexOf(String linkId) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).linkId().equals(linkId)) {
                return i;
            }
        }
        return -1;
    }

    /** @return the shown items that take an answer */
    List<Item> questions() {
        return pages.stream().filter(p -> p.type().answerable()).toList();
    }

    /** @return 1-based number of the question among the shown questions, or 0 for an information page */
    int number(String linkId) {
        List<Item> questions = questions();
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).linkId().equals(linkId)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** @return the saved answer to a shown question, if any */
    Optional<Answer> answer(String linkId) {
        return page(linkId).map(p -> answers.get(linkId));
    }

    /** @return the answers to the shown questions, in page order (answers to hidden items are left out) */
    List<Answer> shownAnswers() {
        List<Answer> shown = new ArrayList<>();
        for (Item p : pages) {
            Answer a = answers.get(p.linkId());
            if (a != null && p.type().answerable()) {
                shown.add(a);
            }
        }
        return shown;
    }

    /** @return the group a page belongs to (for its heading), if any */
    Optional<Item> group(String linkId) {
        return Optional.ofNullable(parents.get(linkId));
    }

    /**
     * Where a child who comes back continues: the page after the latest saved answer that is still
     * shown, or the first page. Empty means every page is behind: go to the review.
     *
     * @param latestLinkId the linkId of the most recently saved answer, or null
     */
    Optional<Item> resume(String latestLinkId) {
        if (latestLinkId == null || page(latestLinkId).isEmpty()) {
            return pages.stream().findFirst();
        }
        return next(latestLinkId);
    }

    /** @return whether the answer chose an option marked signals-danger */
    static boolean signalsDanger(Item item, Answer answer) {
        return attention(item, answer, Attention.SIGNALS_DANGER);
    }

    static boolean attention(Item item, Answer answer, Attention level) {
        if (answer == null || answer.declined()) {
            return false;
        }
        for (String code : answer.codes()) {
            AnswerOption option = item.option(code);
            if (option != null && option.attention() == level) {
                return true;
            }
        }
        return false;
    }

    /**
     * The questionnaire's own help page for a danger answer: the next page when it is an
     * information page shown because of this very question (e.g. "Thank you for telling ... BRIS").
     */
    Optional<Item> ownHelpAfter(String linkId) {
        return next(linkId).filter(n -> n.type() == ItemType.INFO
                && n.enableWhen().stream().map(EnableWhen::question).anyMatch(linkId::equals));
    }
}
