package se.delaktig.statistics.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.host.api.statistics.FigureCell;
import se.delaktig.statistics.aggregate.Granularity;
import se.delaktig.statistics.aggregate.QuestionnaireRef;
import se.delaktig.statistics.aggregate.ResponseFacts;
import se.delaktig.statistics.aggregate.UnitId;
import se.delaktig.statistics.publish.PublishedTable;

class StatisticsServiceTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static StatisticsConfiguration config(int k, String time) {
        return new StatisticsConfiguration() {
            @Override public Class<? extends Annotation> annotationType() { return StatisticsConfiguration.class; }
            @Override public int k() { return k; }
            @Override public String refresh_time() { return time; }
            @Override public int years() { return 2; }
            @Override public Granularity granularity() { return Granularity.QUARTER; }
            @Override public String municipality_id() { return "0999"; }
            @Override public String municipality_name() { return "Testkommun"; }
        };
    }

    @Test
    void publishesOnlyAtTheConfiguredTime() {
        // 2024-06-10 12:00 CEST
        TestClock clock = new TestClock(Instant.parse("2024-06-10T10:00:00Z"));
        StatisticsService service = new StatisticsService(config(5, "03:00"), clock, null);
        assertEquals(Instant.parse("2024-06-11T01:00:00Z"), service.nextRefresh(), "03:00 CEST");
        for (int i = 0; i < 6; i++) {
            service.aggregates().add(new ResponseFacts(UnitId.of("north"), clock.now, Gender.GIRL, AgeBand.AGES_8_12,
                    QuestionnaireRef.of("w", "1.0.0"), List.of()));
        }
        var before = service.snapshot();
        clock.now = Instant.parse("2024-06-11T00:59:59Z");
        service.refreshIfDue();
        assertSame(before, service.snapshot(), "not yet");
        clock.now = Instant.parse("2024-06-11T01:00:00Z");
        service.refreshIfDue();
        assertNotSame(before, service.snapshot());
        PublishedTable table = service.snapshot().publications().get(1).table("unit-by-gender").orElseThrow();
        assertEquals(FigureCell.of(6), table.cell("north", "girl"));
        assertEquals(Instant.parse("2024-06-12T01:00:00Z"), service.nextRefresh());
        assertEquals(List.of("2023-01..2023-12", "2024-01..2024-12"),
                service.snapshot().publications().stream().map(p -> p.window().code()).toList());
        assertEquals("0999", service.export().municipalityId());
    }

    @Test
    void scheduleAcrossSummerTimeChanges() {
        SnapshotSchedule at0230 = SnapshotSchedule.parse("02:30");
        // 31 March 2024: 02:30 does not exist in Stockholm; it becomes 03:30 CEST = 01:30 UTC
        assertEquals(Instant.parse("2024-03-31T01:30:00Z"), at0230.nextAfter(Instant.parse("2024-03-30T12:00:00Z")));
        // 27 October 2024: 02:30 happens twice; the first (CEST) one is used, once
        assertEquals(Instant.parse("2024-10-27T00:30:00Z"), at0230.nextAfter(Instant.parse("2024-10-26T12:00:00Z")));
        assertEquals(Instant.parse("2024-10-28T01:30:00Z"), at0230.nextAfter(Instant.parse("2024-10-27T00:30:00Z")));
        assertEquals(Instant.parse("2024-01-16T02:00:00Z"), SnapshotSchedule.parse("03:00").nextAfter(Instant.parse("2024-01-15T02:00:00Z")));
    }

    @Test
    void rejectsBadConfiguration() {
        TestClock clock = new TestClock(Instant.parse("2024-06-10T10:00:00Z"));
        assertThrows(IllegalArgumentException.class, () -> new StatisticsService(config(3, "03:00"), clock, null));
        assertThrows(IllegalArgumentException.class, () -> new StatisticsService(config(5, "nightly"), clock, null));
    }
}
