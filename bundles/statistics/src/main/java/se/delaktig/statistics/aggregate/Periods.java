package se.delaktig.statistics.aggregate;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/** Puts instants into the municipality's calendar months (Europe/Stockholm, summer time included). */
public final class Periods {
    /** The municipality's time zone. */
    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private Periods() {
    }

    /** @param instant when something happened @return the calendar month in Stockholm */
    public static YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(STOCKHOLM));
    }

    /** @param instant when @param granularity the cut @return the bucket in Stockholm */
    public static PeriodBucket bucketOf(Instant instant, Granularity granularity) {
        return PeriodBucket.containing(granularity, monthOf(instant));
    }
}
