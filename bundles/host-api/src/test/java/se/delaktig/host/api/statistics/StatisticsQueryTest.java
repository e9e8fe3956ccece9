package se.delaktig.host.api.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;

class StatisticsQueryTest {

    private static final Staff MANAGER = new Staff("m1", "Maria", Set.of(StaffRole.MANAGER), Set.of("north"));
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void aPeriodMayBeOneDayButNotEndBeforeItStarts() {
        new StatisticsQuery(MANAGER, null, JAN_1, JAN_1, null, null, Locale.ENGLISH);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StatisticsQuery(MANAGER, null, JAN_1, JAN_1.minusDays(1), null, null, Locale.ENGLISH));
        assertEquals("period ends before it starts", e.getMessage());
    }

    @Test
    void whoAndWhenAreRequiredTheFiltersAreNot() {
        StatisticsQuery all = new StatisticsQuery(MANAGER, null, JAN_1, JAN_1.plusMonths(1), null, null, Locale.ENGLISH);
        assertEquals(Optional.empty(), all.unit());
        assertEquals(Optional.empty(), all.genderFilter());
        assertEquals(Optional.empty(), all.ageBandFilter());
        StatisticsQuery narrow = new StatisticsQuery(MANAGER, "north", JAN_1, JAN_1, Gender.OTHER, AgeBand.AGES_8_12,
                Locale.ENGLISH);
        assertEquals(Optional.of("north"), narrow.unit());
        assertEquals(Optional.of(Gender.OTHER), narrow.genderFilter());
        assertEquals(Optional.of(AgeBand.AGES_8_12), narrow.ageBandFilter());
        assertThrows(NullPointerException.class, () -> new StatisticsQuery(null, null, JAN_1, JAN_1, null, null, Locale.ENGLISH));
        assertThrows(NullPointerException.class, () -> new StatisticsQuery(MANAGER, null, null, JAN_1, null, null, Locale.ENGLISH));
        assertThrows(NullPointerException.class, () -> new StatisticsQuery(MANAGER, null, JAN_1, JAN_1, null, null, null));
    }
}
