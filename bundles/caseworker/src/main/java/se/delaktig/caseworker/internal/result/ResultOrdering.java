package se.delaktig.caseworker.internal.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.AnswerOption;
import se.delaktig.api.questionnaire.Attention;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.ItemType;
import se.delaktig.api.questionnaire.Questionnaire;

/** Turns answers into rows and orders them: signals danger, needs attention, the child's own words, the rest by domain. */
public final class ResultOrdering {

    /** Within a group: domain (in the {@code Domain} order, none last), then reading order. */
    static final Comparator<AnswerRow> ORDER = Comparator.comparingInt(AnswerRow::group)
            .thenComparingInt(r -> r.group() == 3 ? (r.domain() == null ? Integer.MAX_VALUE : r.domain().ordinal()) : 0)
            .thenComparingInt(AnswerRow::order);

    private ResultOrdering() {
    }

    /**
     * @param rows rows in any order
     * @return a new list, what matters first
     */
    public static List<AnswerRow> order(List<AnswerRow> rows) {
        List<AnswerRow> sorted = new ArrayList<>(rows);
        sorted.sort(ORDER);
        return sorted;
    }

    /**
     * @param questionnaire the pinned version answered
     * @param answers       the answers given (answers to items the version does not have are left out)
     * @param language      the page's language
     * @return the rows in reading order
     */
    public static List<AnswerRow> rows(Questionnaire questionnaire, List<Answer> answers, String language) {
        List<Item> all = questionnaire.allItems();
        List<AnswerRow> rows = new ArrayList<>();
        for (Answer answer : answers) {
            Item item = null;
            int order = 0;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).linkId().equals(answer.linkId())) {
                    item = all.get(i);
                    order = i;
                    break;
                }
            }
            if (item == null || !item.type().answerable()) {
                continue;
            }
            rows.add(row(questionnaire, item, order, answer, language));
        }
        rows.sort(Comparator.comparingInt(AnswerRow::order));
        return rows;
    }

    private static AnswerRow row(Questionnaire q, Item item, int order, Answer answer, String language) {
        String fallback = q.defaultLanguage();
        String question = item.text().get(language, fallback);
        if (answer.declined()) {
            return new AnswerRow(item.linkId(), order, question, item.domain(), null, true, null, false,
                    Attention.NONE, null);
        }
        Attention attention = Attention.NONE;
        List<String> labels = new ArrayList<>();
        double sum = 0;
        int counted = 0;
        for (String code : answer.codes()) {
            AnswerOption option = item.option(code);
            if (option == null) {
                labels.add(code);
                continue;
            }
            labels.add(option.text().get(language, fallback));
            if (option.attention().ordinal() > attention.ordinal()) {
                attention = option.attention();
            }
            if (option.value() != null) {
                sum += option.value();
                counted++;
            }
        }
        boolean freeText = item.type() == ItemType.TEXT || item.type() == ItemType.LONG_TEXT;
        String shown = freeText ? answer.text() : String.join(", ", labels);
        String tellMore = answer.tellMore() == null || answer.tellMore().isBlank() ? null : answer.tellMore();
        return new AnswerRow(item.linkId(), order, question, item.domain(), shown, false, tellMore, freeText, attention,
                counted == 0 ? null : sum / counted);
    }
}
