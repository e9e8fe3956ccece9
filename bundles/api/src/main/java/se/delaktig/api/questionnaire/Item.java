package se.delaktig.api.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An item of a questionnaire: a group, an information page or a question. Fields that do not
 * apply to the type are {@code null}, empty or their default.
 *
 * @param linkId         unique within the questionnaire
 * @param type           the kind of item
 * @param text           question, heading or information text in every language
 * @param domain         the domain after inheritance from enclosing groups, or {@code null}
 * @param explanation    plain-language explanation, or {@code null}
 * @param picture        a picture, or {@code null}
 * @param audio          recorded read-aloud of {@code text} per language; may be empty
 * @param enableWhen     conditions for showing the item; empty when always shown
 * @param enableBehavior how the conditions combine ({@link EnableBehavior#ALL} when fewer than two)
 * @param items          a group's items; empty for other types
 * @param answerOption   options of choice, faces and yes-no items; empty for other types
 * @param scale          3 or 5 for faces, otherwise 0
 * @param maxLength      largest text answer in code points for text and long-text, otherwise 0
 * @param declineAllowed whether "I don't want to answer" is offered (answerable items)
 * @param tellMore       whether a "tell me more" free text is offered after the answer
 * @param tellMorePrompt replaces the standard "tell me more" prompt, or {@code null}
 */
public record Item(String linkId, ItemType type, Texts text, Domain domain, Texts explanation, Picture picture,
                   Map<String, String> audio, List<EnableWhen> enableWhen, EnableBehavior enableBehavior,
                   List<Item> items, List<AnswerOption> answerOption, int scale, int maxLength,
                   boolean declineAllowed, boolean tellMore, Texts tellMorePrompt) {

    /** Largest "tell me more" text in code points. */
    public static final int TELL_MORE_MAX_LENGTH = 1000;

    /** Checks the components and copies the collections. */
    public Item {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(enableBehavior, "enableBehavior");
        audio = Map.copyOf(audio);
        enableWhen = List.copyOf(enableWhen);
        items = List.copyOf(items);
        answerOption = List.copyOf(answerOption);
    }

    /**
     * @param code an option code
     * @return the option with that code, or {@code null}
     */
    public AnswerOption option(String code) {
        for (AnswerOption option : answerOption) {
            if (option.code().equals(code)) {
                return option;
            }
        }
        return null;
    }
}
