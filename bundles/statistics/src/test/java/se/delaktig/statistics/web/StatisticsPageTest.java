package se.delaktig.statistics.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.delaktig.statistics.component.StatisticsService;
import se.delaktig.web.api.WebError;

/** The manager page: escaping, accessible SVG beside each table, filters, access, CSV. */
class StatisticsPageTest {
    private static StatisticsService statistics;
    private final Fakes.Access access = new Fakes.Access();
    private final StatisticsPage page = new StatisticsPage(access, new Fakes.Context(), new Fakes.Cases(), statistics,
            Fakes.pool(statistics, new Fakes.Files(), true), Clock.systemUTC());

    @BeforeAll
    static void start() {
        statistics = Fakes.statistics();
    }

    @Test
    void thePageEscapesHostTextsAndDrawsAccessibleChartsBesideTables() {
        access.current = Fakes.MANAGER;
        String html = page.page(null, null, null, null, null, "en", null);
        assertFalse(html.contains("<script"), "no script at all, and host names escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;=cmd"), "the unit name is escaped");
        assertFalse(html.contains("style="), "no inline styles (CSP)");
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/delaktig/static/statistics/statistics-"));
        int charts = count(html, "<svg ");
        int tables = count(html, "<table>");
        assertTrue(charts > 5, "charts: " + charts);
        assertEquals(charts, tables, "a data table beside every chart");
        Matcher svg = Pattern.compile("<svg[^>]*role=\"img\" aria-labelledby=\"(\\S+)-title \\1-desc\"[^>]*>\\s*<title id=\"\\1-title\">[^<]+</title>\\s*<desc id=\"\\1-desc\">[^<]+</desc>")
                .matcher(html);
        int accessible = 0;
        while (svg.find()) {
            accessible++;
        }
        assertEquals(charts, accessible, "every chart has role=img, a title and a description it is labelled by");
        assertTrue(html.contains("class=\"suppressed\""), "suppressed values drawn as empty bars");
        assertTrue(html.contains("<td>..</td>"), "suppressed cells as ..");
        assertFalse(html.contains("Västra"), "a unit the manager may not see is not offered or shown");
        assertTrue(html.contains("/delaktig/api/statistics/exchange/export.json"));
    }

    @Test
    void swedishIsTheDefaultAndFiltersAreChecked() {
        access.current = Fakes.MANAGER;
        String html = page.page("south", "2020-01-01", "2030-12-31", "girl", "8-12", "sv", null);
        assertTrue(html.contains("<html lang=\"sv\">"));
        assertTrue(html.contains("Enhet × kön × åldersgrupp publiceras inte") || html.contains("Enhet x kön"), "the no-crossing note");
        assertEquals(400, assertThrows(WebError.class, () -> page.page(null, "2026-13-01", null, null, null, "sv", null))
                .getResponse().getStatus());
        assertEquals(400, assertThrows(WebError.class, () -> page.page(null, null, null, "dragon", null, "sv", null))
                .getResponse().getStatus());
        assertEquals(403, assertThrows(WebError.class, () -> page.page("west", null, null, null, null, "sv", null))
                .getResponse().getStatus());
    }

    @Test
    void strangersAndCaseworkersAreRefused() {
        access.current = null;
        assertEquals(401, assertThrows(WebError.class, () -> page.page(null, null, null, null, null, "sv", null))
                .getResponse().getStatus());
        access.current = Fakes.CASEWORKER;
        assertEquals(403, assertThrows(WebError.class, () -> page.page(null, null, null, null, null, "sv", null))
                .getResponse().getStatus());
    }

    @Test
    void eachTableDownloadsAsCsvWithSuppressedCellsAsDotsAndFormulaSafeHeadings() {
        access.current = Fakes.MANAGER;
        String html = page.page(null, null, null, null, null, "en", null);
        Matcher link = Pattern.compile("table\\.csv\\?id=(unit-by-gender%40[^&]+)&").matcher(html);
        assertTrue(link.find());
        String id = java.net.URLDecoder.decode(link.group(1), java.nio.charset.StandardCharsets.UTF_8);
        Response response = page.csv(id, null, null, null, null, null, "en", null);
        String csv = (String) response.getEntity();
        assertTrue(csv.startsWith("\"Children who answered by unit and gender"), csv);
        assertTrue(csv.contains("'<script>alert(1)</script>=cmd,") || csv.contains("<script>alert(1)</script>=cmd,"), csv);
        assertTrue(csv.contains(",..,") || csv.contains(",..\r\n"), "suppressed cells as ..: " + csv);
        assertTrue(response.getHeaderString("Content-Disposition").startsWith("attachment; filename=\"unit-by-gender_"));
        assertEquals(404, assertThrows(WebError.class, () -> page.csv("no-such-table", null, null, null, null, null, "en", null))
                .getResponse().getStatus());
        assertEquals("'=1+1", TableCsv.field("=1+1"));
        assertEquals("\"a,\"\"b\"\"\"", TableCsv.field("a,\"b\""));
    }

    @Test
    void answerTablesShowTheOptionsTextsInThePageLanguageAndTheCsvKeepsTheCodesInAColumn() {
        access.current = Fakes.MANAGER;
        page.catalog = Fakes.catalog();
        String en = page.page(null, null, null, null, null, "en", null);
        assertTrue(en.contains("Answers to question \u201cDo you feel safe?\u201d"), "the question's text");
        String table = answerTable(en);
        assertTrue(table.contains("<th scope=\"col\">Yes</th>"), table);
        assertTrue(table.contains("<th scope=\"col\">No</th>"), table);
        assertTrue(table.contains("<th scope=\"col\">No answer</th>"), table);
        assertFalse(table.contains(">yes<") || table.contains(">no<"), "no option codes for people: " + table);
        assertTrue(table.indexOf(">Yes<") < table.indexOf(">No<"), "the questionnaire's order (yes, no), not the codes'");
        assertTrue(table.indexOf(">No<") < table.indexOf(">No answer<"), "options the questionnaire names first");
        String sv = answerTable(page.page(null, null, null, null, null, "sv", null));
        assertTrue(sv.contains("<th scope=\"col\">Ja</th>") && sv.contains("<th scope=\"col\">Nej</th>"), sv);

        Matcher link = Pattern.compile("table\\.csv\\?id=(unit-by-answer[^&]+)&").matcher(en);
        assertTrue(link.find());
        String id = java.net.URLDecoder.decode(link.group(1), java.nio.charset.StandardCharsets.UTF_8);
        String csv = (String) page.csv(id, null, null, null, null, null, "en", null).getEntity();
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].startsWith("Code,\"Answers to question"), csv);
        assertTrue(lines[0].endsWith(",Whole municipality") || lines[0].contains(",Whole"), csv);
        assertTrue(csv.contains("\r\nno,No,"), csv);
        assertTrue(csv.contains("\r\nyes,Yes,"), csv);
        assertTrue(csv.contains("\r\n~none,No answer,"), csv);
        assertTrue(csv.contains("\r\ntotal,Total,"), csv);
        assertTrue(csv.indexOf("\r\nyes,") < csv.indexOf("\r\nno,"), "the CSV in the questionnaire's order too");
        String svCsv = (String) page.csv(id, null, null, null, null, null, "sv", null).getEntity();
        assertTrue(svCsv.startsWith("Kod,") && svCsv.contains("\r\nyes,Ja,"), svCsv);

        page.catalog = null;
        String codes = answerTable(page.page(null, null, null, null, null, "en", null));
        assertTrue(codes.contains("<th scope=\"col\">yes</th>"), "without the catalog the codes stand in");
        assertTrue(codes.indexOf(">no<") < codes.indexOf(">yes<"), "and keep the published order");
    }

    private static String answerTable(String html) {
        int at = html.indexOf("Answers to question");
        if (at < 0) {
            at = html.indexOf("Svar på frågan");
        }
        assertTrue(at >= 0, html);
        int table = html.indexOf("<table>", at);
        return html.substring(table, html.indexOf("</table>", table));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
