package se.delaktig.statistics.component;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import se.delaktig.statistics.aggregate.Periods;

/** A daily time in Stockholm; works out the next refresh after an instant, summer time included. */
record SnapshotSchedule(LocalTime at) {

    /** @param text {@code HH:mm} @return the schedule @throws IllegalArgumentException when not a time */
    static SnapshotSchedule parse(String text) {
        try {
            return new SnapshotSchedule(LocalTime.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("refresh.time must be HH:mm, not '" + text + "'");
        }
    }

    /**
     * @param now an instant
     * @return the first refresh strictly after it; on the spring-forward night a time that does not
     *         exist moves forward by the gap, on the autumn night an ambiguous time is the first one
     */
    Instant nextAfter(Instant now) {
        ZonedDateTime local = now.atZone(Periods.STOCKHOLM);
        ZonedDateTime candidate = local.toLocalDate().atTime(at).atZone(Periods.STOCKHOLM);
        if (!candidate.toInstant().isAfter(now)) {
            candidate = local.toLocalDate().plusDays(1).atTime(at).atZone(Periods.STOCKHOLM);
        }
        return candidate.toInstant();
    }
}
