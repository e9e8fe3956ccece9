package se.delaktig.api.questionnaire;

import java.util.Objects;

/**
 * An SVG picture shown with an item or option.
 *
 * @param file path of the file inside the definition's resource bundle, e.g. {@code pictures/home.svg}
 * @param alt  the picture described in every language, for screen readers
 */
public record Picture(String file, Texts alt) {
    /** Checks the components. */
    public Picture {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(alt, "alt");
    }
}
