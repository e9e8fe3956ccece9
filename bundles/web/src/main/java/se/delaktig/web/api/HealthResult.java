package se.delaktig.web.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import se.delaktig.web.render.MessageCatalog;
import se.delaktig.web.render.Messages;

/**
 * What a {@link HealthCheck} found: a status, a message in plain English (for the JSON report and
 * the log) and the same message in the languages of the status page. The message says what is
 * wrong and what to do, without personal data (see {@link HealthCheck}).
 *
 * @param status  OK, WARNING or CRITICAL
 * @param message the English text
 * @param texts   the text by language code ({@code sv}, {@code en}); may be empty, then
 *                {@code message} is shown in every language
 * @since 1.2
 */
public record HealthResult(Status status, String message, Map<String, String> texts) {

    /** How bad it is. */
    public enum Status {
        /** Works. */
        OK,
        /** Works, but needs a look soon (a backlog, failures of single deliveries). */
        WARNING,
        /** Does not work: children cannot be invited, answers are not filed, data is not reachable. */
        CRITICAL
    }

    public HealthResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        texts = Map.copyOf(texts);
    }

    /**
     * @param status  the status
     * @param message the English text, also shown in every language
     * @return the result
     */
    public static HealthResult of(Status status, String message) {
        return new HealthResult(status, message, Map.of());
    }

    /**
     * A result whose texts come from the checking bundle's own message files: the text of {@code key}
     * in every language of {@code catalog}, English (or the first language) as the message.
     *
     * @param status  the status
     * @param catalog the bundle's texts, e.g. {@code MessageCatalog.of(loader, "i18n/health")}
     * @param key     the key of the text
     * @param args    {@link java.text.MessageFormat} arguments (counts, hours)
     * @return the result
     * @throws java.util.MissingResourceException when a language lacks the key
     */
    public static HealthResult of(Status status, MessageCatalog catalog, String key, Object... args) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : catalog.languages()) {
            Messages m = catalog.messages(language);
            texts.put(language, m.get(key, args));
        }
        String english = texts.containsKey("en") ? texts.get("en") : texts.values().stream().findFirst().orElse(key);
        return new HealthResult(status, english, texts);
    }

    /**
     * @param language a language code
     * @return the text in that language, else the English message
     */
    public String text(String language) {
        return texts.getOrDefault(language, message);
    }
}
