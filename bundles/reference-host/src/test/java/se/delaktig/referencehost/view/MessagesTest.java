package se.delaktig.referencehost.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void swedishAndEnglishHaveTheSameKeys() {
        assertEquals(new TreeSet<>(Messages.load("sv", loader).keys()), new TreeSet<>(Messages.load("en", loader).keys()));
    }

    @Test
    void loadsEachLanguageWhateverTheJvmLocale() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertEquals("Logga in", Messages.load("sv", loader).get("login.title"));
            assertEquals("Sign in", Messages.load("en", loader).get("login.title"));
            assertEquals("sv", Messages.load("xx", loader).language());
            assertEquals("Case AB-12", Messages.load("en", loader).format("case.title", "AB-12"));
            assertFalse(Messages.load("en", loader).get("case.name").contains("''"));
        } finally {
            Locale.setDefault(previous);
        }
    }
}
