package se.delaktig.statistics.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.host.api.statistics.FigureCell;
import se.delaktig.host.api.statistics.FigureTable;
import se.delaktig.statistics.aggregate.Aggregates;
import se.delaktig.statistics.aggregate.CountedAnswer;
import se.delaktig.statistics.aggregate.Granularity;
import se.delaktig.statistics.aggregate.QuestionnaireRef;
import se.delaktig.statistics.aggregate.ResponseFacts;
import se.delaktig.statistics.aggregate.UnitId;

class PublisherTest {
    static final QuestionnaireRef Q = QuestionnaireRef.of("wellbeing", "1.0.0");
    static final Window Y2024 = Window.year(2024, Granularity.QUARTER);

    private final Aggregates aggregates = new Aggregates(Clock.fixed(Instant.parse("2025-01-01T02:00:00Z"), ZoneOffset.UTC));

    private void add(String unit, String day, Gender gender, AgeBand band, int count, CountedAnswer... answers) {
        for (int i = 0; i < count; i++) {
            aggregates.add(new ResponseFacts(UnitId.of(unit), Instant.parse(day + "T10:00:00Z"), gender, band, Q, List.of(answers)));
        }
    }

    private Publication publish() {
        Publication publication = new Publisher(5).publish(aggregates.freeze(), Y2024);
        assertEquals(List.of(), publication.suppression().verify());
        for (PublishedTable table : publication.tables()) {
            if (table.kind() != TableKind.DOMAIN_INDEX) {
                for (List<FigureCell> row : table.cells()) {
                    for (int c = 0; c < row.size(); c++) {
                        BigDecimal v = row.get(c).value();
                        boolean rate = table.columns().get(c).equals("rate-percent");
                        assertFalse(!rate && v != null && v.signum() > 0 && v.compareTo(BigDecimal.valueOf(5)) < 0, table.id() + " " + v);
                    }
                }
            }
        }
        return publication;
    }

    private static PublishedTable table(Publication p, String id) {
        return p.table(id).orElseThrow(() -> new AssertionError("no table " + id + " in " + p.tables().stream().map(PublishedTable::id).toList()));
    }

    @Test
    void theFixedTablesWithSharedUnitTotals() {
        add("north", "2024-02-10", Gender.GIRL, AgeBand.AGES_8_12, 12);
        add("north", "2024-05-10", Gender.BOY, AgeBand.AGES_13_18, 9);
        add("south", "2024-08-10", Gender.GIRL, AgeBand.AGES_13_18, 15);
        add("south", "2024-11-10", Gender.BOY, AgeBand.AGES_8_12, 11);
        Publication p = publish();
        assertEquals(List.of("unit-by-period", "unit-by-gender", "unit-by-age-band", "gender-by-age-band", "unit-by-questionnaire",
                "response-rate", "domain-index"), p.tables().stream().map(PublishedTable::id).toList());
        PublishedTable periods = table(p, "unit-by-period");
        assertEquals(List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "total"), periods.columns());
        assertEquals(FigureCell.of(21), periods.cell("north", "total"));
        assertEquals(periods.cell("north", "total"), table(p, "unit-by-gender").cell("north", "total"));
        assertEquals(FigureCell.of(47), table(p, "gender-by-age-band").cell("total", "total"));
        assertTrue(p.suppression().suppressed().isEmpty());
    }

    @Test
    void oneChildInAUnitIsHiddenEverywhereItsTotalAppears() {
        add("north", "2024-02-10", Gender.GIRL, AgeBand.AGES_8_12, 20);
        add("south", "2024-03-10", Gender.BOY, AgeBand.AGES_13_18, 30);
        add("tiny", "2024-03-10", Gender.GIRL, AgeBand.AGES_5_7, 1);
        Publication p = publish();
        for (String id : List.of("unit-by-period", "unit-by-gender", "unit-by-age-band", "unit-by-questionnaire")) {
            assertTrue(table(p, id).cell("tiny", "total").suppressed(), id);
        }
        assertTrue(table(p, "gender-by-age-band").cell("girl", "5-7").suppressed());
    }

    @Test
    void oneGenderWithOneChild() {
        add("north", "2024-02-10", Gender.GIRL, AgeBand.AGES_8_12, 20);
        add("north", "2024-02-10", Gender.BOY, AgeBand.AGES_8_12, 20);
        add("north", "2024-02-10", Gender.OTHER, AgeBand.AGES_13_18, 1);
        add("south", "2024-02-10", Gender.BOY, AgeBand.AGES_13_18, 25);
        Publication p = publish();
        assertTrue(table(p, "unit-by-gender").cell("total", "other").suppressed());
        assertTrue(table(p, "gender-by-age-band").cell("other", "total").suppressed(), "the same cell in the other table");
    }

    @Test
    void aUnitWhereAllChildrenAreInOneAgeBand() {
        add("north", "2024-02-10", Gender.GIRL, AgeBand.AGES_13_18, 3);
        add("south", "2024-02-10", Gender.BOY, AgeBand.AGES_8_12, 25);
        add("west", "2024-02-10", Gender.BOY, AgeBand.AGES_13_18, 25);
        Publication p = publish();
        assertTrue(table(p, "unit-by-age-band").cell("north", "13-18").suppressed());
        assertTrue(table(p, "unit-by-age-band").cell("north", "total").suppressed());
    }

    @Test
    void everyChildGivingTheSameAnswerIsHidden() {
        add("north", "2024-02-10", Gender.GIRL, AgeBand.AGES_13_18, 8, CountedAnswer.of("safe-home", "no"));
        add("south", "2024-02-10", Gender.BOY, AgeBand.AGES_13_18, 10, CountedAnswer.of("safe-home", "yes"));
        add("south", "2024-02-10", Gender.GIRL, AgeBand.AGES_13_18, 12, CountedAnswer.of("safe-home", "no"));
        Publication p = publish();
        PublishedTable answers = table(p, "unit-by-answer:wellbeing@1.0.0:safe-home");
        assertTrue(answers.cell("north", "no").suppressed(), "all 8 in north said no");
        assertEquals(FigureCell.of(8), answers.cell("north", "total"), "how many answered is not the secret");
        assertEquals(se.delaktig.statistics.disclosure.Reason.COMPLEMENTARY,
                p.suppression().suppressed().get("O|u=south|q=wellbeing@1.0.0|safe-home|o=yes"), "two units: the rectangle closes in south");
    }

    @Test
    void responseRateAndDomainIndex() {
        UnitId north = UnitId.of("north");
        Instant march = Instant.parse("2024-03-01T10:00:00Z");
        for (int i = 0; i < 20; i++) {
            aggregates.invitationSent(north, march, Gender.GIRL, AgeBand.AGES_8_12, Q);
            if (i < 15) {
                aggregates.invitationAnswered(north, march, Gender.GIRL, AgeBand.AGES_8_12, Q);
            }
        }
        for (int i = 0; i < 10; i++) {
            add("north", "2024-03-05", Gender.GIRL, AgeBand.AGES_8_12, 1, CountedAnswer.valued("q1", "f" + (i % 3 + 1), "home", i % 3 + 1));
        }
        add("south", "2024-03-05", Gender.GIRL, AgeBand.AGES_8_12, 6, CountedAnswer.valued("q1", "f2", "home", 2));
        for (int i = 0; i < 7; i++) {
            add("west", "2024-03-05", Gender.BOY, AgeBand.AGES_8_12, 1, CountedAnswer.valued("q1", "f" + (i % 2 * 2 + 1), "home", i % 2 * 2 + 1));
        }
        Publication p = publish();
        PublishedTable rate = table(p, "response-rate");
        assertEquals(FigureCell.of(new BigDecimal("75.0")), rate.cell("north", "rate-percent"));
        PublishedTable index = table(p, "domain-index");
        assertEquals(FigureCell.of(new BigDecimal("1.90")), index.cell("north", "home"));
        assertTrue(index.cell("south", "home").suppressed(), "all six gave 2");
        assertTrue(index.cell("west", "home").suppressed(), "the smallest other unit protects south against the municipality's mean");
    }

    @Test
    void figureTablesForTheHost() {
        add("north", "2024-02-10", Gender.GIRL, AgeBand.AGES_8_12, 12);
        add("south", "2024-02-10", Gender.BOY, AgeBand.AGES_8_12, 2);
        PublishedSnapshot snapshot = PublishedSnapshot.take(aggregates.freeze(), List.of(Y2024), 5);
        List<FigureTable> tables = snapshot.figures(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), Locale.forLanguageTag("sv"), id -> "Enhet " + id);
        FigureTable byGender = tables.stream().filter(t -> t.id().startsWith("unit-by-gender@")).findFirst().orElseThrow();
        assertEquals(List.of("Flickor", "Pojkar", "Annat", "Okänt", "Totalt"), byGender.columnHeadings());
        assertEquals("Enhet south", byGender.rows().get(1).heading());
        assertTrue(byGender.rows().get(1).cells().get(1).suppressed());
        assertEquals(null, byGender.rows().get(1).cells().get(1).value());
        assertTrue(snapshot.figures(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31), Locale.ENGLISH, id -> id).isEmpty());
    }

    @Test
    void snapshotIsFrozenWhileAggregatesMoveOn() {
        add("north", "2024-02-10", Gender.GIRL, AgeBand.AGES_8_12, 12);
        PublishedSnapshot snapshot = PublishedSnapshot.take(aggregates.freeze(), List.of(Y2024), 5);
        add("north", "2024-02-11", Gender.GIRL, AgeBand.AGES_8_12, 1);
        PublishedTable table = snapshot.publications().get(0).table("unit-by-gender").orElseThrow();
        assertEquals(FigureCell.of(12), table.cell("north", "girl"), "one more child does not show until the next snapshot");
    }

    @Test
    void overlappingWindowsAreRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> PublishedSnapshot.take(aggregates.freeze(),
                List.of(Y2024, new Window(java.time.YearMonth.of(2024, 7), java.time.YearMonth.of(2025, 6), Granularity.QUARTER)), 5));
    }

    @Test
    void randomMunicipalitiesNeverLeak() {
        Random random = new Random(99);
        for (int round = 0; round < 40; round++) {
            Aggregates a = new Aggregates(Clock.systemUTC());
            int units = 1 + random.nextInt(5);
            int n = random.nextInt(120);
            for (int i = 0; i < n; i++) {
                List<CountedAnswer> answers = new ArrayList<>();
                answers.add(CountedAnswer.valued("q1", "o" + random.nextInt(3), "home", random.nextInt(3)));
                if (random.nextBoolean()) {
                    answers.add(CountedAnswer.of("q2", random.nextInt(5) == 0 ? "rare" : "common"));
                }
                a.add(new ResponseFacts(UnitId.of("u" + random.nextInt(units)), Instant.parse("2024-01-01T00:00:00Z").plusSeconds(random.nextInt(360 * 86400)),
                        Gender.values()[random.nextInt(4)], AgeBand.values()[random.nextInt(3)], Q, answers));
            }
            Publication p = new Publisher(5).publish(a.freeze(), Window.year(2024, Granularity.MONTH));
            assertEquals(List.of(), p.suppression().verify(), "round " + round);
        }
    }
}
