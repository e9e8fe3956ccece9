package se.delaktig.web.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A bundle's translated texts: one {@code <baseName>_<language>.properties} file (UTF-8) per
 * language, read through the bundle's class loader. A language is supported when its file exists,
 * so adding a file adds a language. There is deliberately no fallback to the JVM's default locale
 * (it differs between machines) and no root file: asking for an unsupported language fails, and
 * {@link #best} picks a supported one explicitly.
 *
 * <pre>{@code
 * MessageCatalog catalog = MessageCatalog.of(getClass().getClassLoader(), "i18n/messages");
 * Messages texts = catalog.best(request.getLocales(), "sv");
 * String title = texts.get("page.title");
 * }</pre>
 */
public final class MessageCatalog {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ClassLoader loader;
    private final String baseName;
    private final List<String> languages;

    private MessageCatalog(ClassLoader loader, String baseName, List<String> languages) {
        this.loader = loader;
        this.baseName = baseName;
        this.languages = languages;
    }

    /**
     * @param loader   the class loader holding the files, normally the calling bundle's
     * @param baseName the path of the files without language and extension, such as
     *                 {@code "i18n/messages"} for {@code i18n/messages_sv.properties}
     * @return the catalog; it finds its languages once, here
     */
    public static MessageCatalog of(ClassLoader loader, String baseName) {
        Objects.requireNonNull(loader, "loader");
        String path = baseName.replace('.', '/');
        List<String> found = new ArrayList<>();
        for (String language : Locale.getISOLanguages()) {
            if (loader.getResource(path + "_" + language + ".properties") != null) {
                found.add(language);
            }
        }
        found.sort(null);
        return new MessageCatalog(loader, path, List.copyOf(found));
    }

    /** @return the supported language codes (ISO 639), sorted, such as {@code [en, sv]} */
    public List<String> languages() {
        return languages;
    }

    /**
     * @param language an ISO 639 language code such as {@code "sv"}
     * @return the texts of that language
     * @throws IllegalArgumentException when the language is not supported
     */
    public Messages messages(String language) {
        if (!languages.contains(language)) {
            throw new IllegalArgumentException("Language '" + language + "' is not supported by "
                    + baseName + "; supported: " + languages);
        }
        Locale locale = Locale.forLanguageTag(language);
        return new Messages(baseName, locale, ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK));
    }

    /**
     * @param language an ISO 639 language code, or {@code null}
     * @param fallback the language to use when {@code language} is not supported; must itself be
     * @return the texts of {@code language} if supported, else of {@code fallback}
     * @since 1.1.0
     */
    public Messages messagesOr(String language, String fallback) {
        return messages(language != null && languages.contains(language) ? language : fallback);
    }

    /**
     * @param preferred the languages in order of preference, such as the request's Accept-Language
     * @param fallback  the language to use when none is supported; must itself be supported
     * @return the texts of the first supported language
     */
    public Messages best(Iterable<Locale> preferred, String fallback) {
        for (Locale locale : preferred) {
            if (languages.contains(locale.getLanguage())) {
                return messages(locale.getLanguage());
            }
        }
        return messages(fallback);
    }
}
