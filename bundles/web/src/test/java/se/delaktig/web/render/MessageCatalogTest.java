package se.delaktig.web.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Uses the texts this bundle ships (se/delaktig/web/i18n/messages_*.properties). */
class MessageCatalogTest {

    private static final String BASE = "se/delaktig/web/i18n/messages";
    private final Locale jvmDefault = Locale.getDefault();
    private final MessageCatalog catalog = MessageCatalog.of(getClass().getClassLoader(), BASE);

    @AfterEach
    void restoreDefault() {
        Locale.setDefault(jvmDefault);
    }

    @Test
    void listsTheLanguagesThatHaveAFile() {
        assertEquals(List.of("en", "sv"), catalog.languages());
    }

    @Test
    void swedishAndEnglishWhateverTheJvmDefault() {
        Locale.setDefault(Locale.GERMANY);
        assertEquals("Något gick fel", catalog.messages("sv").get("error.title"));
        assertEquals("Something went wrong", catalog.messages("en").get("error.title"));
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("Något gick fel", catalog.messages("sv").get("error.title"));
        Locale.setDefault(Locale.forLanguageTag("sv-SE"));
        assertEquals("Something went wrong", catalog.messages("en").get("error.title"));
    }

    @Test
    void noFallbackForAnUnsupportedLanguage() {
        Locale.setDefault(Locale.ENGLISH);
        assertThrows(IllegalArgumentException.class, () -> catalog.messages("fi"));
        Messages chosen = catalog.best(List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("en-GB")), "sv");
        assertEquals("en", chosen.language());
        assertEquals("sv", catalog.best(List.of(Locale.GERMAN), "sv").language());
    }

    @Test
    void aNamedFallbackOnlyWhenTheLanguageIsNotSupported() {
        assertEquals("sv", catalog.messagesOr("sv", "en").language());
        assertEquals("en", catalog.messagesOr("fi", "en").language());
        assertEquals("en", catalog.messagesOr(null, "en").language());
        assertThrows(IllegalArgumentException.class, () -> catalog.messagesOr("fi", "de"), "the fallback must be supported");
    }

    @Test
    void formatsArgumentsAndFailsClearlyOnAMissingKey() {
        Messages en = catalog.messages("en");
        assertTrue(en.get("error.internal_error", "abc123").endsWith(": abc123"));
        MissingResourceException e = assertThrows(MissingResourceException.class, () -> en.get("no.such.key"));
        assertTrue(e.getMessage().contains("no.such.key") && e.getMessage().contains("en"), e.getMessage());
        assertFalse(en.has("no.such.key"));
    }

    @Test
    void everyShippedLanguageHasTheSameKeysAsEnglish() throws Exception {
        URL folder = getClass().getClassLoader().getResource("se/delaktig/web/i18n/");
        Path dir = Path.of(folder.toURI());
        Properties english = load(dir.resolve("messages_en.properties"));
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().matches("messages_.+\\.properties")).toList();
        }
        assertTrue(files.size() >= 2, "sv and en at least");
        for (Path file : files) {
            assertEquals(english.keySet(), load(file).keySet(), file.getFileName() + " differs from messages_en");
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
