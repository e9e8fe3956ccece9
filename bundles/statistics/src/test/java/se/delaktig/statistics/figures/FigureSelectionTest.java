package se.delaktig.statistics.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
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
import se.delaktig.statistics.exchange.ExportDocument;
import se.delaktig.statistics.exchange.PooledFileGenerator;
import se.delaktig.statistics.exchange.PooledTotal;
import se.delaktig.statistics.host.PluginFigures;
import se.delaktig.statistics.publish.Publication;
import se.delaktig.statistics.publish.PublishedSnapshot;
import se.delaktig.statistics.publish.PublishedTable;
import se.delaktig.statistics.publish.Window;
import se.delaktig.web.render.Messages;

/** The contributor's selection: only published cells, never a new crossing, suppression kept, access kept. */
class FigureSelectionTest {
    static final int K = 5;
    static final List<Window> WINDOWS = List.of(Window.year(2025, Granularity.QUARTER), Window.year(2026, Granularity.QUARTER));
    static final QuestionnaireRef Q = QuestionnaireRef.of("barn-8-12", "1.0.0");
    static final Messages EN = PluginFigures.texts().messages("en");

    /** A municipality of three units with small and large cells, including a lone child in unit c. */
    static PublishedSnapshot snapshot(long seed) {
        Aggregates aggregates = new Aggregates(Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));
        Random random = new Random(seed);
        String[] units = {"a", "b", "c"};
        for (int i = 0; i < 140; i++) {
            String unit = units[Math.min(2, random.nextInt(5) / 2)];
            LocalDate day = LocalDate.of(2025 + random.nextInt(2), 1 + random.nextInt(10), 1 + random.nextInt(28));
            Gender gender = random.nextInt(10) < 4 ? Gender.GIRL : random.nextInt(10) < 9 ? Gender.BOY : Gender.OTHER;
            AgeBand band = AgeBand.values()[random.nextInt(3)];
            List<CountedAnswer> answers = List.of(CountedAnswer.valued("safe", random.nextInt(4) == 0 ? "no" : "yes", "safety",
                    random.nextInt(4) == 0 ? 1 : 3));
            aggregates.add(new ResponseFacts(UnitId.of(unit), day.atTime(12, 0).toInstant(ZoneOffset.UTC), gender, band, Q, answers));
            aggregates.invitationSent(UnitId.of(unit), day.atTime(10, 0).toInstant(ZoneOffset.UTC), gender, band, Q);
            aggregates.invitationAnswered(UnitId.of(unit), day.atTime(10, 0).toInstant(ZoneOffset.UTC), gender, band, Q);
        }
        aggregates.add(new ResponseFacts(UnitId.of("c"), Instant.parse("2026-05-05T10:00:00Z"), Gender.UNKNOWN,
                AgeBand.AGES_5_7, Q, List.of(CountedAnswer.of("safe", "no"))));
        return PublishedSnapshot.take(aggregates.freeze(), WINDOWS, K);
    }

    static Pool pool(PublishedSnapshot own) {
        List<ExportDocument> documents = new ArrayList<>(PooledFileGenerator.generate(3, 2, WINDOWS, Q, K));
        documents.add(ExportDocument.of("9999", "Exempelby", own));
        return new Pool("9999", "Exempelby", 2, PooledTotal.of(documents));
    }

    static List<Filter> filters() {
        List<Filter> filters = new ArrayList<>();
        List<String> units = Arrays.asList(null, "a", "b", "c");
        List<Gender> genders = new ArrayList<>(Arrays.asList(Gender.values()));
        genders.add(null);
        List<AgeBand> bands = new ArrayList<>(Arrays.asList(AgeBand.values()));
        bands.add(null);
        List<LocalDate[]> periods = List.of(new LocalDate[] {LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)},
                new LocalDate[] {LocalDate.of(2026, 2, 10), LocalDate.of(2026, 5, 3)},
                new LocalDate[] {LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)});
        for (String unit : units) {
            for (Gender gender : genders) {
                for (AgeBand band : bands) {
                    for (LocalDate[] period : periods) {
                        filters.add(new Filter(unit, period[0], period[1], gender, band));
                    }
                }
            }
        }
        return filters;
    }

    @Test
    void everyShownCellIsThePublishedCellSoNothingUnderKAndSuppressedStaysSuppressed() {
        for (long seed = 1; seed <= 6; seed++) {
            PublishedSnapshot snapshot = snapshot(seed);
            Pool pool = pool(snapshot);
            FigureSelection selection = new FigureSelection(snapshot, pool, id -> "Unit " + id, u -> true, EN);
            for (Filter filter : filters()) {
                for (ShownTable shown : selection.select(filter, true)) {
                    for (int r = 0; r < shown.rowCodes().size(); r++) {
                        for (int c = 0; c < shown.columnCodes().size(); c++) {
                            FigureCell cell = shown.cells().get(r).get(c);
                            FigureCell source = source(snapshot, pool, shown, r, c);
                            assertEquals(source, cell, shown.id() + " " + shown.rowCodes().get(r) + "/" + shown.columnCodes().get(c));
                            if (!shown.mean() && !shown.columnCodes().get(c).contains("rate") && !shown.columnCodes().get(c).startsWith("domain:")
                                    && cell.value() != null) {
                                BigDecimal v = cell.value();
                                assertTrue(v.signum() == 0 || v.compareTo(BigDecimal.valueOf(K)) >= 0, shown.id() + " shows " + v);
                            }
                        }
                    }
                }
            }
        }
    }

    /** The published cell a shown cell must be: same table, same row code, same column code. */
    private static FigureCell source(PublishedSnapshot snapshot, Pool pool, ShownTable shown, int r, int c) {
        String id = shown.id().replace(":pooled", "");
        String window = id.substring(id.lastIndexOf('@') + 1);
        String row = shown.rowCodes().get(r);
        String column = shown.columnCodes().get(c);
        if (shown.id().endsWith(":pooled")) {
            String kind = id.substring(0, id.lastIndexOf('@'));
            return pool.tables(window).stream().filter(t -> t.kind().code().equals(kind)).findFirst().orElseThrow().cell(row, column);
        }
        Publication publication = snapshot.publications().stream().filter(p -> p.window().code().equals(window)).findFirst().orElseThrow();
        if (id.startsWith("compare@")) {
            if (column.equals("children")) {
                return publication.table("unit-by-gender").orElseThrow().cell(row, PublishedTable.TOTAL);
            }
            if (column.equals("rate-percent")) {
                return publication.table("response-rate").orElseThrow().cell(row, column);
            }
            return publication.table("domain-index").orElseThrow().cell(row, column.substring("domain:".length()));
        }
        return publication.table(id.substring(0, id.lastIndexOf('@'))).orElseThrow().cell(row, column);
    }

    @Test
    void aUnitGenderAndAgeBandTogetherIsNeverANewCrossingButTheNearestTablesWithANote() {
        PublishedSnapshot snapshot = snapshot(1);
        FigureSelection selection = new FigureSelection(snapshot, Pool.empty("9999", "Exempelby"), id -> id, u -> true, EN);
        List<ShownTable> shown = selection.select(new Filter("a", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Gender.GIRL, AgeBand.AGES_8_12), true);
        assertFalse(shown.isEmpty());
        for (ShownTable table : shown) {
            boolean byGender = table.columnCodes().contains("girl") || table.rowCodes().contains("girl");
            boolean byAge = table.columnCodes().contains("8-12");
            boolean unitRow = table.rowCodes().contains("a");
            assertFalse(byGender && byAge && unitRow, "a unit x gender x age crossing in " + table.id());
        }
        ShownTable gender = shown.stream().filter(t -> t.id().startsWith("unit-by-gender@")).findFirst().orElseThrow();
        assertEquals(List.of("girl", "total"), gender.columnCodes());
        assertEquals(List.of("a", "total"), gender.rowCodes());
        assertTrue(gender.notes().contains(EN.get("note.notByAgeBand")), gender.notes().toString());
        assertTrue(gender.notes().contains(EN.get("note.noCrossing")), gender.notes().toString());
        ShownTable both = shown.stream().filter(t -> t.id().startsWith("gender-by-age-band@")).findFirst().orElseThrow();
        assertEquals(List.of("girl", "total"), both.rowCodes());
        assertTrue(both.notes().contains(EN.get("note.municipalityOnly")));
        ShownTable period = shown.stream().filter(t -> t.id().startsWith("unit-by-period@")).findFirst().orElseThrow();
        assertTrue(period.notes().contains(EN.get("note.notByGender")) && period.notes().contains(EN.get("note.notByAgeBand")));
    }

    @Test
    void periodsSelectBucketsAndWindowsAndSayWhenAWholeWindowIsShown() {
        FigureSelection selection = new FigureSelection(snapshot(2), Pool.empty("9999", "E"), id -> id, u -> true, EN);
        List<ShownTable> shown = selection.select(new Filter(null, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 5, 3), null, null), false);
        assertTrue(shown.stream().allMatch(t -> t.id().contains("2026-01..2026-12")), "only the 2026 window");
        ShownTable period = shown.stream().filter(t -> t.id().startsWith("unit-by-period@")).findFirst().orElseThrow();
        assertEquals(List.of("2026-Q1", "2026-Q2", "total"), period.columnCodes());
        assertTrue(shown.stream().noneMatch(t -> t.id().startsWith("unit-by-answer")), "answer tables only on the manager page");
        assertTrue(selection.select(new Filter(null, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 1), null, null), true).isEmpty());
    }

    @Test
    void unitsThePersonMayNotSeeAndTheMunicipalityWhenNotAllowedStayOut() {
        PublishedSnapshot snapshot = snapshot(3);
        Predicate<String> onlyB = u -> "b".equals(u);
        FigureSelection selection = new FigureSelection(snapshot, pool(snapshot), id -> id, onlyB, EN);
        List<ShownTable> shown = selection.select(new Filter(null, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), null, null), true);
        assertFalse(shown.isEmpty());
        for (ShownTable table : shown) {
            assertEquals(List.of("b"), table.rowCodes(), table.id());
        }
        assertTrue(selection.select(new Filter("a", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), null, null), true).isEmpty());
    }

    @Test
    void hostTablesCarryTheMethodNoteAndSwedishTitles() {
        PublishedSnapshot snapshot = snapshot(4);
        FigureSelection selection = new FigureSelection(snapshot, pool(snapshot), id -> "Enhet " + id, u -> true,
                PluginFigures.texts().messages("sv"));
        List<ShownTable> shown = selection.select(new Filter("a", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null), false);
        FigureTable figure = shown.get(0).figure(selection.methodNote());
        assertTrue(figure.title().startsWith("Barn som svarat per enhet"), figure.title());
        assertTrue(figure.note().contains("färre än 5 barn"), figure.note());
        assertEquals("Enhet a", figure.rows().get(0).heading());
        assertEquals("Hela kommunen", figure.rows().get(1).heading());
        assertTrue(shown.stream().anyMatch(t -> t.id().startsWith("compare@")), "the unit against the municipality");
        assertTrue(shown.stream().anyMatch(t -> t.id().endsWith(":pooled")), "the municipality against the pool");
    }

    @Test
    void answerTablesAreTitledWithTheQuestionsTextWhenTheDefinitionIsKnown() {
        QuestionTexts texts = (questionnaire, linkId, language) -> questionnaire.equals("barn-8-12@1.0.0") && linkId.equals("safe")
                ? java.util.Optional.of("Do you feel safe?") : java.util.Optional.empty();
        FigureSelection selection = new FigureSelection(snapshot(5), Pool.empty("9999", "E"), id -> id, u -> true, EN, texts);
        ShownTable answers = selection.select(new Filter(null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null), true)
                .stream().filter(t -> t.id().startsWith("unit-by-answer")).findFirst().orElseThrow();
        assertEquals("Answers to question \u201cDo you feel safe?\u201d (barn-8-12@1.0.0), 2026", answers.title());
    }
}
