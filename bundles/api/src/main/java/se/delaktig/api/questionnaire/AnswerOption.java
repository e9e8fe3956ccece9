package se.delaktig.api.questionnaire;

import java.util.Map;
import java.util.Objects;

/**
 * One option of a choice, faces or yes-no item.
 *
 * @param code        what an answer records, unique within the item
 * @param text        the label in every language
 * @param value       numeric value for domain indices, or {@code null} when the option does not count
 * @param attention   what choosing it means for the caseworker's attention
 * @param picture     a picture, or {@code null}
 * @param audio       recorded read-aloud per language (file paths in the resource bundle); may be empty
 * @param explanation plain-language explanation, or {@code null}
 */
public record AnswerOption(String code, Texts text, Double value, Attention attention, Picture picture,
                           Map<String, String> audio, Texts explanation) {
    /** Checks the components and copies the audio map. */
    public AnswerOption {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(attention, "attention");
        audio = Map.copyOf(audio);
    }
}
