package se.delaktig.statistics.figures;

import java.time.LocalDate;
import java.util.Objects;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.host.api.statistics.StatisticsQuery;

/**
 * What someone asked to see: the host's filter (unit, period, gender, age band).
 *
 * @param unitId  one unit, or {@code null} for the whole municipality
 * @param from    first day
 * @param to      last day
 * @param gender  one gender, or {@code null}
 * @param ageBand one age band, or {@code null}
 */
public record Filter(String unitId, LocalDate from, LocalDate to, Gender gender, AgeBand ageBand) {
    /** Checks the period. */
    public Filter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
    }

    /** @param query the host's query @return the same filter */
    public static Filter of(StatisticsQuery query) {
        return new Filter(query.unitId(), query.from(), query.to(), query.gender(), query.ageBand());
    }
}
