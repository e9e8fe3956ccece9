package se.delaktig.api.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A text in every language of a questionnaire, e.g. {@code {"sv": "Hemma", "en": "At home"}}.
 *
 * @param byLanguage language code (ISO 639-1) to text, in document order; unmodifiable
 */
public record Texts(Map<String, String> byLanguage) {
    /** Takes an unmodifiable, order-keeping copy. */
    public Texts {
        Objects.requireNonNull(byLanguage, "byLanguage");
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    /**
     * @param language a language code
     * @return the text in that language, if present
     */
    public Optional<String> in(String language) {
        return Optional.ofNullable(byLanguage.get(language));
    }

    /**
     * @param language  the wanted language
     * @param fallback  the language to use when {@code language} is missing (the questionnaire's default)
     * @return the best text, or an empty string when neither exists
     */
    public String get(String language, String fallback) {
        String text = byLanguage.get(language);
        if (text == null) {
            text = byLanguage.get(fallback);
        }
        return text == null ? "" : text;
    }
}
