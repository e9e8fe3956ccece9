package se.delaktig.statistics.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.delaktig.statistics.component.StatisticsService;
import se.delaktig.statistics.exchange.CsvFormat;
import se.delaktig.statistics.exchange.ExportDocument;
import se.delaktig.statistics.exchange.JsonFormat;
import se.delaktig.statistics.figures.Pool;
import se.delaktig.statistics.pool.PooledFiles;
import se.delaktig.web.api.WebError;

/** Export for managers and administrators, import for administrators, 400 with every problem. */
class ExchangeResourceTest {
    private static StatisticsService statistics;
    private final Fakes.Access access = new Fakes.Access();
    private final Fakes.Files files = new Fakes.Files();
    private PooledFiles pool;
    private ExchangeResource resource;

    @BeforeAll
    static void start() {
        statistics = Fakes.statistics();
    }

    private void open(boolean demo) {
        pool = Fakes.pool(statistics, files, demo);
        resource = new ExchangeResource(access, new Fakes.Context(), statistics, pool);
    }

    @Test
    void managersAndAdministratorsExportTheSuppressedSnapshotInBothFormats() throws Exception {
        open(false);
        access.current = Fakes.MANAGER;
        String json = (String) resource.exportJson(null).getEntity();
        ExportDocument document = JsonFormat.read("export", json);
        assertEquals("9999", document.municipalityId());
        assertEquals(3, document.windows().size());
        access.current = Fakes.ADMIN;
        String csv = (String) resource.exportCsv(null).getEntity();
        assertTrue(csv.startsWith(CsvFormat.HEADER));
        assertTrue(csv.contains(",..\n") || csv.contains(",..\r\n"), "suppressed cells as ..");
        ExportDocument fromCsv = CsvFormat.read("csv", csv);
        assertEquals(document.municipalityId(), fromCsv.municipalityId());
        assertEquals(document.windows().size(), fromCsv.windows().size());
        access.current = Fakes.CASEWORKER;
        assertEquals(403, assertThrows(WebError.class, () -> resource.exportJson(null)).getResponse().getStatus());
        access.current = null;
        assertEquals(401, assertThrows(WebError.class, () -> resource.exportCsv(null)).getResponse().getStatus());
    }

    @Test
    void administratorsImportValidFilesAndGetEveryProblemOfABadOne() {
        open(false);
        String other = JsonFormat.write(PooledFilesTestData.other("0180"));
        access.current = Fakes.MANAGER;
        assertEquals(403, assertThrows(WebError.class, () -> resource.importJson(other, null)).getResponse().getStatus());
        access.current = Fakes.ADMIN;
        assertEquals(201, resource.importJson(other, null).getStatus());
        assertEquals(200, resource.importJson(other, null).getStatus(), "a second file of the same municipality replaces it");
        String csv = CsvFormat.write(PooledFilesTestData.other("1480"));
        assertEquals(201, resource.importCsv(csv, null).getStatus());
        assertEquals(2, files.all().size());
        Pool pooled = pool.pool();
        assertEquals(2, pooled.others());

        String bad = other.replace("\"k\" : 5", "\"k\" : 3").replace("\"id\" : \"0180\"", "\"id\" : \"\"");
        Response refused = resource.importJson(bad, null);
        assertEquals(400, refused.getStatus());
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) refused.getEntity();
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) body.get("problems");
        assertTrue(problems.size() >= 2, "every problem: " + problems);
        assertEquals("invalid_file", body.get("error"));
        Response own = resource.importJson(JsonFormat.write(statistics.export()), null);
        assertEquals(400, own.getStatus(), "this municipality's own file is not another's");
        assertEquals(400, resource.importCsv("not,a,file", null).getStatus());

        assertEquals(204, resource.remove("0180", null).getStatus());
        assertEquals(404, assertThrows(WebError.class, () -> resource.remove("0180", null)).getResponse().getStatus());
        assertEquals(1, ((List<?>) resource.imports(null).get("files")).size());
    }

    @Test
    void theDemoFilesStandInOnlyWhileNothingIsImported() {
        open(true);
        assertTrue(pool.demoInUse());
        assertEquals(4, pool.pool().others());
        access.current = Fakes.ADMIN;
        resource.importJson(JsonFormat.write(PooledFilesTestData.other("0180")), null);
        assertEquals(1, pool.pool().others());
        assertEquals(false, resource.imports(null).get("demoFilesInUse"));
    }
}
