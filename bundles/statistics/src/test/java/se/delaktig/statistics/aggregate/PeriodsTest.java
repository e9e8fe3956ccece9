package se.delaktig.statistics.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodsTest {

    @Test
    void monthEndsAtMidnightStockholmNotUtc() {
        // 2024-01-31 23:30 UTC is 00:30 on 1 February in Stockholm (CET, +01:00)
        assertEquals(YearMonth.of(2024, 2), Periods.monthOf(Instant.parse("2024-01-31T23:30:00Z")));
        assertEquals(YearMonth.of(2024, 1), Periods.monthOf(Instant.parse("2024-01-31T22:59:59Z")));
    }

    @Test
    void yearBoundary() {
        assertEquals(YearMonth.of(2025, 1), Periods.monthOf(Instant.parse("2024-12-31T23:00:00Z")));
        assertEquals(YearMonth.of(2024, 12), Periods.monthOf(Instant.parse("2024-12-31T22:59:59Z")));
        assertEquals("2025", Periods.bucketOf(Instant.parse("2024-12-31T23:00:00Z"), Granularity.YEAR).code());
        assertEquals("2024", Periods.bucketOf(Instant.parse("2024-12-31T22:59:59Z"), Granularity.YEAR).code());
    }

    @Test
    void quarterBoundaryInSummerTime() {
        // 30 June 22:00 UTC is 1 July 00:00 CEST (+02:00): third quarter
        assertEquals("2024-Q3", Periods.bucketOf(Instant.parse("2024-06-30T22:00:00Z"), Granularity.QUARTER).code());
        assertEquals("2024-Q2", Periods.bucketOf(Instant.parse("2024-06-30T21:59:59Z"), Granularity.QUARTER).code());
    }

    @Test
    void springForwardNightEndsMarchInSummerTime() {
        // The clocks go forward on 31 March 2024 at 02:00 local; 31 March 22:00 UTC is 1 April 00:00 CEST
        assertEquals(YearMonth.of(2024, 4), Periods.monthOf(Instant.parse("2024-03-31T22:00:00Z")));
        assertEquals(YearMonth.of(2024, 3), Periods.monthOf(Instant.parse("2024-03-31T21:59:59Z")));
        assertEquals("2024-Q2", Periods.bucketOf(Instant.parse("2024-03-31T22:00:00Z"), Granularity.QUARTER).code());
        // during the skipped hour
        assertEquals(YearMonth.of(2024, 3), Periods.monthOf(Instant.parse("2024-03-31T01:30:00Z")));
    }

    @Test
    void fallBackNightEndsOctoberInWinterTime() {
        // Clocks go back on 27 October 2024; 31 October 23:00 UTC is 1 November 00:00 CET
        assertEquals(YearMonth.of(2024, 11), Periods.monthOf(Instant.parse("2024-10-31T23:00:00Z")));
        assertEquals(YearMonth.of(2024, 10), Periods.monthOf(Instant.parse("2024-10-31T22:59:59Z")));
        // both 02:30s of the repeated hour are October
        assertEquals(YearMonth.of(2024, 10), Periods.monthOf(Instant.parse("2024-10-27T00:30:00Z")));
        assertEquals(YearMonth.of(2024, 10), Periods.monthOf(Instant.parse("2024-10-27T01:30:00Z")));
    }

    @Test
    void bucketsDeriveFromMonths() {
        PeriodBucket q = PeriodBucket.containing(Granularity.QUARTER, YearMonth.of(2024, 11));
        assertEquals(YearMonth.of(2024, 10), q.first());
        assertEquals(YearMonth.of(2024, 12), q.last());
        assertEquals("2025-Q1", q.next().code());
        assertEquals("2024-11", PeriodBucket.containing(Granularity.MONTH, YearMonth.of(2024, 11)).code());
        assertThrows(IllegalArgumentException.class, () -> new PeriodBucket(Granularity.QUARTER, YearMonth.of(2024, 2)));
    }
}
