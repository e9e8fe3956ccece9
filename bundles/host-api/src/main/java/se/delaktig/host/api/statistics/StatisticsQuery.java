package se.delaktig.host.api.statistics;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;

/**
 * The filter the host's statistics page applies to every figure on it.
 *
 * @param staff   who asks; the host has checked that they may see statistics for {@code unitId}
 * @param unitId  one unit, or {@code null} for the whole municipality
 * @param from    first day of the period, inclusive
 * @param to      last day of the period, inclusive
 * @param gender  one gender, or {@code null} for all
 * @param ageBand one age band, or {@code null} for all
 * @param locale  the language for titles and headings
 */
public record StatisticsQuery(Staff staff, String unitId, LocalDate from, LocalDate to,
                              Gender gender, AgeBand ageBand, Locale locale) {
    /** Checks the components. */
    public StatisticsQuery {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(locale, "locale");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
    }

    /** @return the unit, or empty for the whole municipality */
    public Optional<String> unit() {
        return Optional.ofNullable(unitId);
    }

    /** @return the gender filter, or empty for all */
    public Optional<Gender> genderFilter() {
        return Optional.ofNullable(gender);
    }

    /** @return the age band filter, or empty for all */
    public Optional<AgeBand> ageBandFilter() {
        return Optional.ofNullable(ageBand);
    }
}
