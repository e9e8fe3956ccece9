package se.delaktig.statistics.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.delaktig.host.api.statistics.FigureCell;
import se.delaktig.statistics.aggregate.Granularity;
import se.delaktig.statistics.aggregate.QuestionnaireRef;
import se.delaktig.statistics.publish.PublishedTable;
import se.delaktig.statistics.publish.Window;

class ExchangeTest {
    static final List<Window> WINDOWS = List.of(Window.year(2023, Granularity.QUARTER), Window.year(2024, Granularity.QUARTER));
    static final QuestionnaireRef Q = QuestionnaireRef.of("wellbeing", "1.0.0");

    private static List<ExportDocument> generated() {
        return PooledFileGenerator.generate(42L, 4, WINDOWS, Q, 5);
    }

    @Test
    void jsonRoundTrip() throws ImportException {
        ExportDocument document = generated().get(0);
        ExportDocument read = JsonFormat.read("a.json", JsonFormat.write(document));
        assertEquals(document, read);
    }

    @Test
    void csvRoundTrip() throws ImportException {
        ExportDocument document = generated().get(1);
        String csv = CsvFormat.write(document);
        assertTrue(csv.startsWith(CsvFormat.HEADER + "\n"));
        assertTrue(csv.contains(",..\n") || !csv.contains(".."));
        assertEquals(JsonFormat.write(document), JsonFormat.write(CsvFormat.read("a.csv", csv)));
    }

    @Test
    void generatorIsSeededAndItsFilesShowBothPublishedAndSuppressedCells() {
        assertEquals(JsonFormat.write(generated().get(2)), JsonFormat.write(generated().get(2)));
        String json = JsonFormat.write(generated().get(0));
        assertTrue(json.contains("\"..\""), "some cells suppressed");
        assertTrue(json.contains("\"municipality\""));
    }

    @Test
    void pooledTotalSumsTheMunicipalityRows() {
        List<ExportDocument> documents = generated();
        Map<String, List<PublishedTable>> pooled = PooledTotal.of(documents);
        PublishedTable byGender = pooled.get("2024-01..2024-12").stream().filter(t -> t.id().equals("unit-by-gender")).findFirst().orElseThrow();
        assertEquals(List.of("demo-01", "demo-02", "demo-03", "demo-04", "total"), byGender.rows());
        long sum = 0;
        for (ExportDocument d : documents) {
            PublishedTable own = d.windows().get(1).tables().stream().filter(t -> t.id().equals("unit-by-gender")).findFirst().orElseThrow();
            FigureCell cell = own.cell("total", "total");
            sum += cell.value().longValueExact();
        }
        assertEquals(FigureCell.of(sum), byGender.cell("total", "total"));
        assertThrows(IllegalArgumentException.class, () -> PooledTotal.of(List.of(documents.get(0), documents.get(0))));
    }

    @Test
    void refusesAFileThatIsNotOurs() {
        ImportException e = assertThrows(ImportException.class, () -> JsonFormat.read("x.json", "{\"format\":\"other/9\"}"));
        assertTrue(e.getMessage().contains("format"), e.getMessage());
        assertThrows(ImportException.class, () -> JsonFormat.read("x.json", "not json"));
        assertThrows(ImportException.class, () -> CsvFormat.read("x.csv", "a,b\n1,2\n"));
    }

    @Test
    void refusesACellUnderKAndSaysWhere() {
        String json = JsonFormat.write(generated().get(0));
        String tampered = json.replaceFirst("\"cells\" : \\[ \\[ (\\d+|\"\\.\\.\")", "\"cells\" : [ [ 3");
        ImportException e = assertThrows(ImportException.class, () -> JsonFormat.read("tampered.json", tampered));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("under k=5") && p.contains("table unit-by-period")), e.problems().toString());
    }

    @Test
    void refusesALowKRowsThatDoNotAddUpAndBadCells() {
        String json = JsonFormat.write(generated().get(0));
        ImportException lowK = assertThrows(ImportException.class, () -> JsonFormat.read("k.json", json.replace("\"k\" : 5", "\"k\" : 3")));
        assertTrue(lowK.problems().stream().anyMatch(p -> p.startsWith("k: 3")), lowK.problems().toString());
        String csv = CsvFormat.write(generated().get(0));
        String badCell = csv.replaceFirst(",unit-by-period,unit-by-period,(\\S+?),2023-Q1,(\\d+)\n", ",unit-by-period,unit-by-period,$1,2023-Q1,many\n");
        ImportException bad = assertThrows(ImportException.class, () -> CsvFormat.read("c.csv", badCell));
        assertTrue(bad.getMessage().contains("expected a number"), bad.getMessage());
        String wrongSum = csv.replaceFirst("(,unit-by-gender,unit-by-gender,total,total,)(\\d+)\n", "$19999\n");
        ImportException sum = assertThrows(ImportException.class, () -> CsvFormat.read("s.csv", wrongSum));
        assertTrue(sum.getMessage().contains("but the total is 9999"), sum.getMessage());
    }
}
