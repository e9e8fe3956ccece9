package se.delaktig.referencehost.view;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-facing texts of one language, from {@code i18n/messages_<lang>.properties} in our bundle. */
public final class Messages {
    /** The languages the pages are written in, the first being the fallback. */
    public static final List<String> LANGUAGES = List.of("sv", "en");
    static final String BASE_NAME = "i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Loads a language without falling back to the JVM's default locale. */
    public static Messages load(String language, ClassLoader loader) {
        Locale locale = Locale.forLanguageTag(language != null && LANGUAGES.contains(language) ? language : LANGUAGES.get(0));
        return new Messages(ResourceBundle.getBundle(BASE_NAME, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    /** @return the text, or the key in brackets when missing (visible, never a crash) */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** @return the text with {@link MessageFormat} arguments filled in */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** Keys of the bundle, for the test that sv and en match. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
