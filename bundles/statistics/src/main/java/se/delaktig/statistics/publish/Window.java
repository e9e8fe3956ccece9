package se.delaktig.statistics.publish;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.delaktig.statistics.aggregate.Granularity;
import se.delaktig.statistics.aggregate.PeriodBucket;

/**
 * The period one publication covers, cut into buckets for the unit-by-period table. The other
 * tables count the whole window. Windows of one snapshot never overlap, so no two publications can
 * be subtracted from each other.
 *
 * @param from        first month, starting a bucket
 * @param to          last month, ending a bucket
 * @param granularity how the unit-by-period table cuts the window
 */
public record Window(YearMonth from, YearMonth to, Granularity granularity) implements Comparable<Window> {
    /** Checks that the window is whole buckets. */
    public Window {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(granularity, "granularity");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends before it starts");
        }
        if (!PeriodBucket.containing(granularity, from).first().equals(from)
                || !PeriodBucket.containing(granularity, to).last().equals(to)) {
            throw new IllegalArgumentException("window " + from + ".." + to + " is not whole " + granularity + "s");
        }
    }

    /** @param year a calendar year @param granularity the cut @return the year as a window */
    public static Window year(int year, Granularity granularity) {
        return new Window(YearMonth.of(year, 1), YearMonth.of(year, 12), granularity);
    }

    /** @return the buckets, in order */
    public List<PeriodBucket> buckets() {
        List<PeriodBucket> buckets = new ArrayList<>();
        for (PeriodBucket b = PeriodBucket.containing(granularity, from); !b.first().isAfter(to); b = b.next()) {
            buckets.add(b);
        }
        return buckets;
    }

    /** @param month a month @return whether the window holds it */
    public boolean contains(YearMonth month) {
        return !month.isBefore(from) && !month.isAfter(to);
    }

    /** @param other another window @return whether they share a month */
    public boolean overlaps(Window other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    /** @return {@code 2024-01..2024-12} */
    public String code() {
        return from + ".." + to;
    }

    /**
     * @param code a code from {@link #code()} @param granularity the cut
     * @return the window
     */
    public static Window parse(String code, Granularity granularity) {
        String[] parts = code.split("\\.\\.", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a window: " + code);
        }
        return new Window(YearMonth.parse(parts[0]), YearMonth.parse(parts[1]), granularity);
    }

    @Override
    public int compareTo(Window other) {
        return from.compareTo(other.from);
    }
}
