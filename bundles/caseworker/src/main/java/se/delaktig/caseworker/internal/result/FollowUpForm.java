package se.delaktig.caseworker.internal.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.AnswerOption;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.ItemType;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.QuestionnaireEngine;

/**
 * The caseworker's follow-up form ({@code uppfoljning-handlaggare}) on one page without scripts:
 * every item shown (conditional ones marked), posted values read into answers; items that the
 * engine says are not enabled by the other answers are dropped; a choice item that is enabled and
 * has no answer is an error unless it allows declining (then it is recorded as declined).
 */
public final class FollowUpForm {

    /** The questionnaire the caseworker fills in. */
    public static final String QUESTIONNAIRE = "uppfoljning-handlaggare";

    /** One option, with whether it is chosen. */
    public record Option(String code, String label, boolean checked) { }

    /** One item for the template; {@code kind} is {@code radio}, {@code checkbox} or {@code text}. */
    public record Field(String linkId, String question, String kind, List<Option> options, String text,
            boolean error, boolean conditional, int maxLength) { }

    /** A group of fields with its heading. */
    public record Section(String title, List<Field> fields) { }

    /** What a post gives: the answers to store, or the sections with errors to show again. */
    public record Result(List<Answer> answers, List<Section> sections, int errors) { }

    private FollowUpForm() {
    }

    /** @return the empty form */
    public static List<Section> empty(Questionnaire q, String language) {
        return sections(q, language, Map.of(), Set.of());
    }

    /**
     * @param posted the form's fields: linkId to its values
     * @return the answers, or (errors &gt; 0) the form to show again
     */
    public static Result read(Questionnaire q, QuestionnaireEngine engine, String language,
            Map<String, List<String>> posted) {
        List<Answer> given = new ArrayList<>();
        for (Item item : q.allItems()) {
            if (!item.type().answerable()) {
                continue;
            }
            List<String> values = posted.getOrDefault(item.linkId(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).toList();
            if (values.isEmpty()) {
                continue;
            }
            if (isText(item)) {
                given.add(Answer.ofText(item.linkId(), values.get(0).strip()));
            } else {
                given.add(new Answer(item.linkId(), List.copyOf(values), null, false, null));
            }
        }
        Set<String> enabled = engine.enabledItems(q, given);
        List<Answer> answers = new ArrayList<>();
        Set<String> wrong = new java.util.HashSet<>();
        for (Answer a : given) {
            if (!enabled.contains(a.linkId())) {
                continue;
            }
            List<Problem> problems = engine.validateAnswer(q, a);
            if (problems.isEmpty()) {
                answers.add(a);
            } else {
                wrong.add(a.linkId());
            }
        }
        for (Item item : q.allItems()) {
            boolean answered = answers.stream().anyMatch(a -> a.linkId().equals(item.linkId()));
            if (!item.type().answerable() || !enabled.contains(item.linkId()) || answered || isText(item)
                    || wrong.contains(item.linkId())) {
                continue;
            }
            if (item.declineAllowed()) {
                answers.add(Answer.declined(item.linkId()));
            } else {
                wrong.add(item.linkId());
            }
        }
        if (wrong.isEmpty()) {
            return new Result(answers, List.of(), 0);
        }
        return new Result(List.of(), sections(q, language, posted, wrong), wrong.size());
    }

    private static List<Section> sections(Questionnaire q, String language, Map<String, List<String>> posted,
            Set<String> wrong) {
        List<Section> out = new ArrayList<>();
        List<Field> loose = new ArrayList<>();
        for (Item item : q.items()) {
            if (item.type() == ItemType.GROUP) {
                List<Field> fields = new ArrayList<>();
                for (Item child : item.items()) {
                    field(child, language, posted, wrong).ifPresent(fields::add);
                }
                out.add(new Section(item.text().get(language, q.defaultLanguage()), fields));
            } else {
                field(item, language, posted, wrong).ifPresent(loose::add);
            }
        }
        if (!loose.isEmpty()) {
            out.add(0, new Section("", loose));
        }
        return out;
    }

    private static java.util.Optional<Field> field(Item item, String language, Map<String, List<String>> posted,
            Set<String> wrong) {
        if (!item.type().answerable()) {
            return java.util.Optional.empty();
        }
        List<String> values = posted.getOrDefault(item.linkId(), List.of());
        String question = item.text().get(language, item.text().byLanguage().values().iterator().next());
        if (isText(item)) {
            return java.util.Optional.of(new Field(item.linkId(), question, "text", List.of(),
                    values.isEmpty() || values.get(0) == null ? "" : values.get(0), wrong.contains(item.linkId()),
                    !item.enableWhen().isEmpty(), item.maxLength() > 0 ? item.maxLength() : 2000));
        }
        Map<String, Option> options = new LinkedHashMap<>();
        for (AnswerOption o : item.answerOption()) {
            options.put(o.code(), new Option(o.code(), o.text().get(language, o.code()), values.contains(o.code())));
        }
        return java.util.Optional.of(new Field(item.linkId(), question,
                item.type() == ItemType.MULTIPLE_CHOICE ? "checkbox" : "radio", List.copyOf(options.values()), "",
                wrong.contains(item.linkId()), !item.enableWhen().isEmpty(), 0));
    }

    private static boolean isText(Item item) {
        return item.type() == ItemType.TEXT || item.type() == ItemType.LONG_TEXT;
    }
}
