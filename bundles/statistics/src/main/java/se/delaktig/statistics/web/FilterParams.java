package se.delaktig.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.statistics.aggregate.Periods;
import se.delaktig.statistics.figures.Filter;
import se.delaktig.web.api.WebError;

/** Reads the page's filter from query parameters, like the host's page: 400 for anything unknown. */
final class FilterParams {
    private FilterParams() {
    }

    static Filter parse(String unit, String from, String to, String gender, String age, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(Periods.STOCKHOLM));
        LocalDate first = date(from, today.withDayOfYear(1));
        LocalDate last = date(to, today);
        if (last.isBefore(first)) {
            throw new WebError(400, "bad_request", "The period ends before it starts.");
        }
        Gender g = blank(gender) ? null : Gender.ofCode(gender)
                .orElseThrow(() -> new WebError(400, "bad_request", "Unknown gender."));
        AgeBand a = blank(age) ? null : AgeBand.ofCode(age)
                .orElseThrow(() -> new WebError(400, "bad_request", "Unknown age band."));
        return new Filter(blank(unit) ? null : unit, first, last, g, a);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static LocalDate date(String value, LocalDate fallback) {
        if (blank(value)) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new WebError(400, "bad_request", "A date must be written yyyy-mm-dd.");
        }
    }
}
