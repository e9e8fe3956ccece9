package se.delaktig.invitation.internal.text;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes an expiry for people: {@code 14 december 2026 kl. 23:59} or {@code 14 December 2026, 23:59}. */
public final class ExpiryFormat {

    private ExpiryFormat() {
    }

    /** @return the formatter for the language ({@code "en"}, otherwise Swedish) in the zone */
    public static DateTimeFormatter formatter(String language, ZoneId zone) {
        return "en".equals(language)
                ? DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH).withZone(zone)
                : DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("sv")).withZone(zone);
    }

    /** @return the expiry written in the language and zone */
    public static String format(Instant expires, String language, ZoneId zone) {
        return formatter(language, zone).format(expires);
    }
}
