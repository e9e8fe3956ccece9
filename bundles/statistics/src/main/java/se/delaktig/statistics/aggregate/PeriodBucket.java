package se.delaktig.statistics.aggregate;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A calendar month, quarter or year in the municipality's time zone.
 *
 * @param granularity month, quarter or year
 * @param first       the first month of the bucket
 */
public record PeriodBucket(Granularity granularity, YearMonth first) implements Comparable<PeriodBucket> {
    /** Checks that {@code first} starts a bucket of the granularity. */
    public PeriodBucket {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(first, "first");
        if ((first.getMonthValue() - 1) % granularityMonths(granularity) != 0) {
            throw new IllegalArgumentException(first + " does not start a " + granularity);
        }
    }

    /** @param granularity the cut @param month a month @return the bucket holding the month */
    public static PeriodBucket containing(Granularity granularity, YearMonth month) {
        int size = granularityMonths(granularity);
        int firstMonth = (month.getMonthValue() - 1) / size * size + 1;
        return new PeriodBucket(granularity, YearMonth.of(month.getYear(), firstMonth));
    }

    /** @param granularity the cut @return months per bucket */
    public static int granularityMonths(Granularity granularity) {
        return switch (granularity) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case YEAR -> 12;
        };
    }

    /** @return the last month of the bucket */
    public YearMonth last() {
        return first.plusMonths(granularityMonths(granularity) - 1L);
    }

    /** @param month a month @return whether the bucket holds it */
    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last());
    }

    /** @return the next bucket */
    public PeriodBucket next() {
        return new PeriodBucket(granularity, first.plusMonths(granularityMonths(granularity)));
    }

    /** @return {@code 2024-03}, {@code 2024-Q1} or {@code 2024} */
    public String code() {
        return switch (granularity) {
            case MONTH -> first.toString();
            case QUARTER -> first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(first.getYear());
        };
    }

    @Override
    public int compareTo(PeriodBucket other) {
        return first.compareTo(other.first);
    }

    @Override
    public String toString() {
        return code();
    }
}
