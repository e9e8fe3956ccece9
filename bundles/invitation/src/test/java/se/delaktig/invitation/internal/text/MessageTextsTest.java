package se.delaktig.invitation.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.AddressKind;
import se.delaktig.invitation.internal.Configs;

class MessageTextsTest {

    private static final Instant EXPIRES = Instant.parse("2026-12-06T22:59:00Z");
    private static final String LINK = "https://kommun.example.se/delaktig/portal/i/AbCdEfGhIjKlMnOpQrStUvWxYz012345";

    private static MessageTexts texts(Map<String, Object> values) {
        MessageTexts t = new MessageTexts();
        t.configure(Configs.of(MessageTextsConfiguration.class, values));
        return t;
    }

    @Test
    void defaultsRenderInSwedishAndEnglish() {
        MessageTexts t = texts(Map.of());
        ComposedMessage sms = t.compose(AddressKind.PHONE, "sv", LINK, "K7XP-M4QA-9FHT", EXPIRES);
        assertEquals("Hej! Här är din länk till frågorna: " + LINK + " Länken gäller till 6 december 2026 kl. 23:59.",
                sms.text());
        ComposedMessage mail = t.compose(AddressKind.EMAIL, "en", LINK, "K7XP-M4QA-9FHT", EXPIRES);
        assertEquals("A few questions for you", mail.subject());
        assertTrue(mail.text().contains(LINK));
        assertTrue(mail.text().contains("K7XP-M4QA-9FHT"));
        assertTrue(mail.text().contains("6 December 2026, 23:59"));
        assertFalse(mail.toString().contains(LINK));
    }

    @Test
    void defaultsAreNeutral() {
        MessageTexts t = texts(Map.of());
        for (String lang : MessageTexts.LANGUAGES) {
            for (AddressKind kind : AddressKind.values()) {
                ComposedMessage m = t.compose(kind, lang, "L", "C", EXPIRES);
                String all = (m.subject() + " " + m.text()).toLowerCase(Locale.ROOT);
                for (String word : new String[] {"social", "ärende", "handläggare", "case", "caseworker", "utredning",
                        "barnavård", "kommun", "namn", "name"}) {
                    assertFalse(all.contains(word), lang + " " + kind + " contains " + word);
                }
            }
        }
    }

    @Test
    void theMunicipalityAppearsOnlyWhenConfigured() {
        MessageTexts t = texts(Map.of("municipality", "Exempelstads kommun"));
        assertTrue(t.compose(AddressKind.PHONE, "sv", LINK, "C", EXPIRES).text().endsWith("Exempelstads kommun"));
    }

    @Test
    void unknownPlaceholdersAreRejectedWithTheProperty() {
        Map<String, Object> values = new HashMap<>();
        values.put("sms_sv", "Hej {namn}! {link}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> texts(values));
        assertEquals("sms_sv: unknown placeholder {namn}; use {link}, {code}, {expires} or {municipality}", e.getMessage());
    }

    @Test
    void loneBracesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> texts(Map.of("email_en", "Open {link} now}")));
        assertTrue(e.getMessage().startsWith("email_en: a '}' at position"), e.getMessage());
    }

    @Test
    void aTextWithoutLinkOrCodeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> texts(Map.of("sms_en", "Hello, see you soon {expires}")));
        assertTrue(e.getMessage().startsWith("sms_en: the text must contain {link} or {code}"));
    }

    @Test
    void aSubjectMayNotCarryTheCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> texts(Map.of("subject_sv", "Din kod {code}")));
        assertTrue(e.getMessage().contains("lock screens"));
    }

    @Test
    void otherLanguagesAndBadZonesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> texts(Map.of()).compose(AddressKind.PHONE, "fi", "L", "C", EXPIRES));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> texts(Map.of("time_zone", "Mars/Olympus")));
        assertTrue(e.getMessage().startsWith("time_zone:"));
    }

    @Test
    void templatesRenderEveryOccurrence() {
        MessageTemplate t = MessageTemplate.parse("x", "{code} and {code} at {link}");
        assertEquals(java.util.Set.of("code", "link"), t.uses());
        assertEquals("A and A at B", t.render(Map.of("code", "A", "link", "B", "expires", "", "municipality", "")));
        assertThrows(IllegalArgumentException.class, () -> MessageTemplate.parse("x", "  "));
    }
}
