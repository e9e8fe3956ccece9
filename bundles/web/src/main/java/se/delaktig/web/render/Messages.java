package se.delaktig.web.render;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of one language, from a {@link MessageCatalog}. A missing key is a programming error
 * and fails loudly rather than showing the key to a child.
 */
public final class Messages {

    private final String baseName;
    private final Locale locale;
    private final ResourceBundle bundle;

    Messages(String baseName, Locale locale, ResourceBundle bundle) {
        this.baseName = baseName;
        this.locale = locale;
        this.bundle = bundle;
    }

    /** @return the language of these texts */
    public Locale locale() {
        return locale;
    }

    /** @return the language code of these texts, such as {@code "sv"} (for the HTML lang attribute) */
    public String language() {
        return locale.getLanguage();
    }

    /** @return whether a text exists for {@code key} */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * @param key  the text's key
     * @param args values for {@code {0}}, {@code {1}}...; with arguments the text is a
     *             {@link MessageFormat} pattern (write {@code ''} for an apostrophe), without
     *             arguments it is returned as written
     * @return the text
     * @throws MissingResourceException when the language has no text for {@code key}
     */
    public String get(String key, Object... args) {
        if (!bundle.containsKey(key)) {
            throw new MissingResourceException("No text '" + key + "' in " + baseName + " for language "
                    + locale.getLanguage(), baseName + "_" + locale.getLanguage(), key);
        }
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }
}
