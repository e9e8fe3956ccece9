package se.delaktig.referencehost.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times for the pages, in the page language and the server's time zone. */
public final class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private final DateTimeFormatter time;
    private final ZoneId zone;

    public Formats(Locale locale, ZoneId zone) {
        this.zone = zone;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", locale);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String time(Instant instant) {
        return instant == null ? "" : time.format(instant.atZone(zone));
    }
}
