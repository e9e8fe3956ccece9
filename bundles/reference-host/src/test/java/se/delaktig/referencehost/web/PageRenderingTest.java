package se.delaktig.referencehost.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;
import se.delaktig.host.api.Unit;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.host.api.statistics.FigureCell;
import se.delaktig.host.api.statistics.FigureRow;
import se.delaktig.host.api.statistics.FigureTable;
import se.delaktig.referencehost.audit.AdminQueries;
import se.delaktig.referencehost.auth.StaffSession;
import se.delaktig.referencehost.cases.CaseQueries;
import se.delaktig.referencehost.cases.CaseRow;
import se.delaktig.referencehost.view.Messages;
import se.delaktig.referencehost.view.PanelView;
import se.delaktig.referencehost.view.TableView;
import se.delaktig.referencehost.view.Templates;
import se.delaktig.referencehost.view.TrustedHtml;

/** Every page template renders in both languages with hostile sample data, escaped. */
class PageRenderingTest {
    private static final String EVIL = "<script>alert(1)</script>";
    private static final ClassLoader LOADER = PageRenderingTest.class.getClassLoader();
    private static final Renderer RENDERER = new Renderer(new Templates(LOADER), new StaticAssets(LOADER));
    private static final Staff STAFF = new Staff("staff-01", "Anna " + EVIL,
            Set.of(StaffRole.CASEWORKER, StaffRole.MANAGER, StaffRole.ADMINISTRATOR), Set.of("unit-norra"));
    private static final StaffSession SESSION = new StaffSession(STAFF, "csrf-token", null);
    private static final CaseRow CASE = new CaseRow("AB12-CD34", "Alva" + EVIL, "Nilsson", LocalDate.of(2015, 3, 1), 11,
            "girl", false, "unit-norra", "Norra " + EVIL, true, LocalDate.of(2025, 1, 2), null);
    private static final CaseRow PROTECTED = new CaseRow("ZZ99-YY88", "Hemlig", "Person", null, -1, "other", true,
            "unit-norra", "Norra", false, LocalDate.of(2025, 1, 2), LocalDate.of(2026, 1, 2));

    private static String render(String lang, String template, Map<String, Object> model) {
        String html = RENDERER.html(Messages.load(lang, LOADER), "/", SESSION, template, "Titel " + EVIL, model, List.of("/delaktig/static/panel.css"));
        assertFalse(html.contains(EVIL), "unescaped input in " + template);
        assertFalse(html.contains("[") && html.contains("]") && html.matches("(?s).*\\[[a-z]+\\.[A-Za-z.0-9]+\\].*"),
                "missing message key in " + template);
        assertFalse(html.matches("(?s).*\\$[a-zA-Z!{].*"), "unrendered reference in " + template);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"" + lang + "\">"));
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/delaktig/static/panel.css\">"));
        return html;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void caseList(String lang) {
        String html = render(lang, "cases.vm", Map.of("cases", List.of(CASE, PROTECTED),
                "units", List.of(new Unit("unit-norra", "Norra")), "selectedUnit", "unit-norra",
                "away", false, "protectedAccess", true));
        assertFalse(html.contains("Hemlig"), "protected names are masked in lists");
        assertTrue(html.contains("&lt;script&gt;"));
        assertTrue(html.contains("name=\"away\" value=\"true\""));
        String away = render(lang, "cases.vm", Map.of("cases", List.of(), "units", List.of(), "selectedUnit", "",
                "away", true, "protectedAccess", false));
        assertTrue(away.contains("name=\"away\" value=\"false\""), "the switch turns back");
        assertTrue(away.contains("class=\"notice\""), "who lacks protected access is told why cases are missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void casePageWithPanels(String lang) {
        Map<String, Object> model = new HashMap<>();
        model.put("case", CASE);
        model.put("responsible", List.of(new CaseQueries.Responsible("Anna " + EVIL, false),
                new CaseQueries.Responsible("David", true)));
        model.put("entries", List.of(new CaseQueries.Entry("Titel " + EVIL, "Rad 1\n" + EVIL, "delaktig", Instant.now())));
        model.put("interventions", List.of(new CaseQueries.Intervention(1, "Stöd " + EVIL, Instant.now(), null),
                new CaseQueries.Intervention(2, "Klar", Instant.now(), Instant.now())));
        model.put("moveUnits", List.of(new Unit("unit-sodra", "Södra")));
        model.put("panels", List.of(new PanelView("panel-answers", "Svar " + EVIL, new TrustedHtml("<p class=\"ok\">Panel</p>")),
                new PanelView("panel-broken", "Tillägg", null)));
        model.put("maxLabel", 100);
        String html = render(lang, "case.vm", model);
        assertTrue(html.contains("<p class=\"ok\">Panel</p>"), "panel fragments are inserted untouched");
        assertTrue(html.contains("id=\"panel-answers\""));
        assertTrue(html.contains("name=\"csrf\" value=\"csrf-token\""));
        assertTrue(html.contains(lang.equals("sv") ? "Tillägget kunde inte visas just nu." : "could not be shown"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void casePageWithoutPanels(String lang) {
        Map<String, Object> model = new HashMap<>();
        model.put("case", PROTECTED);
        model.put("responsible", List.of());
        model.put("entries", List.of());
        model.put("interventions", List.of());
        model.put("moveUnits", List.of());
        model.put("panels", List.of());
        model.put("maxLabel", 100);
        assertTrue(render(lang, "case.vm", model).contains(lang.equals("sv") ? "Inga tillägg" : "No extensions"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void statistics(String lang) {
        FigureTable table = new FigureTable("answers" + EVIL, "Svar " + EVIL, List.of("A", "B"),
                List.of(new FigureRow("Rad " + EVIL, List.of(FigureCell.of(BigDecimal.valueOf(12)), FigureCell.suppressedCell()))), "");
        Map<String, Object> model = new HashMap<>();
        model.put("units", List.of(new Unit("unit-norra", "Norra")));
        model.put("unit", "");
        model.put("from", "2026-01-01");
        model.put("to", "2026-11-20");
        model.put("gender", "girl");
        model.put("age", "8-12");
        model.put("genders", List.of(Gender.values()));
        model.put("ageBands", List.of(AgeBand.values()));
        model.put("ownTables", List.of(TableView.of(table)));
        model.put("tables", List.of(TableView.of(table)));
        model.put("failedContributors", 1);
        String html = render(lang, "statistics.vm", model);
        assertTrue(html.contains("<td class=\"num\">..</td>"));
        assertTrue(html.contains("<th scope=\"row\">"));
        assertTrue(html.contains("<caption>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void outboxAuditLoginAndErrors(String lang) {
        render(lang, "outbox.vm", Map.of("messages", List.of(
                new AdminQueries.OutboxRow("SMS", "+46701234567", "", "Kod " + EVIL, Instant.now()),
                new AdminQueries.OutboxRow("INTERNAL", "Anna", "Ämne", "Text", Instant.now())), "all", false));
        render(lang, "outbox.vm", Map.of("messages", List.of(), "all", true));
        render(lang, "audit.vm", Map.of("entries", List.of(
                new AdminQueries.AuditRow("staff-01", "Anna", "AB12", "case.read", "host-case-page", Instant.now()),
                new AdminQueries.AuditRow("delaktig", "", null, EVIL, "rest", Instant.now())),
                "pageNumber", 2, "hasNext", true, "prevPage", 1, "nextPage", 3));
        render(lang, "login.vm", Map.of("loginToken", "t", "username", EVIL, "errorKey", "login.failed"));
        for (int status : new int[] {400, 403, 404, 405, 413, 500}) {
            String html = render(lang, "error.vm", Map.of("status", status, "messageKey", "error." + status));
            assertFalse(html.contains("Exception"));
        }
    }
}
