package se.delaktig.caseworker.internal.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.Attention;
import se.delaktig.api.questionnaire.Domain;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.caseworker.internal.filing.CaseSummary;
import se.delaktig.caseworker.internal.panel.Views;
import se.delaktig.web.render.MessageCatalog;

class ResultViewTest {
    private static final String HOSTILE = "<script>alert(1)</script>\"'&<img src=x onerror=y>";

    static AnswerRow row(String id, int order, Domain d, Attention a, String answer, boolean declined, String words,
            boolean free, Double value) {
        return new AnswerRow(id, order, "Q " + id, d, answer, declined, words, free, a, value);
    }

    static ResponseResult response(String id, Instant sent, List<AnswerRow> rows) {
        return new ResponseResult(new StoredResponse(id, "inv-" + id, "q", "1.2.0", sent, sent, false, null),
                "Hur har du det?", Respondent.CHILD, ResultOrdering.order(rows));
    }

    @Test
    void dangerThenAttentionThenOwnWordsThenTheRestByDomain() {
        List<AnswerRow> rows = List.of(
                row("school", 0, Domain.SCHOOL, Attention.NONE, "Bra", false, null, false, 3.0),
                row("home", 1, Domain.HOME, Attention.NONE, "Bra", false, null, false, 3.0),
                row("words", 2, Domain.OWN_WORDS, Attention.NONE, "text", false, null, true, null),
                row("att", 3, Domain.SCHOOL, Attention.NEEDS_ATTENTION, "Dåligt", false, null, false, 1.0),
                row("declined", 4, Domain.HOME, Attention.NONE, null, true, null, false, null),
                row("danger", 5, Domain.SAFETY, Attention.SIGNALS_DANGER, "Ja", false, null, false, null));
        List<String> ids = ResultOrdering.order(rows).stream().map(AnswerRow::linkId).toList();
        assertEquals(List.of("danger", "att", "words", "home", "declined", "school"), ids);
    }

    @Test
    void childFreeTextIsEscapedEverywhereAndDeclinedIsShownAsSuch() {
        Views views = new Views(ZoneId.of("Europe/Stockholm"));
        ResponseResult r = response("r1", Instant.parse("2026-11-20T09:00:00Z"), List.of(
                row("w", 0, Domain.OWN_WORDS, Attention.NONE, HOSTILE, false, null, true, null),
                row("t", 1, Domain.HOME, Attention.NONE, "Bra", false, HOSTILE, false, 3.0),
                row("d", 2, Domain.HOME, Attention.NONE, null, true, null, false, null)));
        for (String lang : List.of("sv", "en")) {
            String html = views.answers(r, lang, "h4").html();
            assertFalse(html.contains("<script"), html);
            assertFalse(html.contains("<img"), html);
            assertTrue(html.contains("&lt;script&gt;"), html);
            assertTrue(html.contains("1.2.0") && html.contains("2026-11-20 10:00"), html);
            assertTrue(html.contains(lang.equals("sv") ? "Ville inte svara" : "Didn&#39;t want to answer"), html);
        }
    }

    @Test
    void theChartIsAnAccessibleSvgWithATableAndInterventions() {
        Views views = new Views(ZoneId.of("UTC"));
        Instant t0 = Instant.parse("2026-01-10T10:00:00Z");
        List<ResponseResult> responses = List.of(
                response("a", t0, List.of(row("h", 0, Domain.HOME, Attention.NONE, "x", false, null, false, 1.0))),
                response("b", t0.plusSeconds(86400 * 60),
                        List.of(row("h", 0, Domain.HOME, Attention.NONE, "y", false, null, false, 4.0))));
        Chart chart = Chart.of(Domain.HOME, responses, true,
                List.of(new Intervention("<b>Familjebehandling</b>", t0.plusSeconds(86400 * 10), null)), ZoneId.of("UTC"));
        assertEquals(2, chart.points().size());
        assertEquals(1, chart.markers().size());
        assertEquals(Chart.BOTTOM, chart.points().get(0).y());
        assertEquals(Chart.TOP, chart.points().get(1).y());
        String html = views.render("history.vm", "en", Map.of("charts", List.of(chart), "responses", responses)).html();
        assertTrue(html.contains("role=\"img\""), html);
        assertTrue(html.contains("aria-labelledby=\"chart-home-title chart-home-desc\""), html);
        assertTrue(html.contains("<title id=\"chart-home-title\">"), html);
        assertTrue(html.contains("<desc id=\"chart-home-desc\">"), html);
        assertTrue(html.contains("<table") && html.contains("<caption>") && html.contains("2026-01-10"), html);
        assertTrue(html.contains("&lt;b&gt;Familjebehandling"), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void theTimeAxisTakesInEveryInterventionEvenWithOneResponse() {
        Instant t0 = Instant.parse("2026-01-10T10:00:00Z");
        List<ResponseResult> one = List.of(
                response("a", t0, List.of(row("h", 0, Domain.HOME, Attention.NONE, "x", false, null, false, 2.0))));
        Chart alone = Chart.of(Domain.HOME, one, true, List.of(), ZoneId.of("UTC"));
        assertEquals((Chart.LEFT + Chart.RIGHT) / 2, alone.points().get(0).x());
        List<Intervention> interventions = List.of(
                new Intervention("Före", t0.minusSeconds(86400 * 30), t0.minusSeconds(86400 * 10)),
                new Intervention("Efter", t0.plusSeconds(86400 * 20), null));
        Chart chart = Chart.of(Domain.HOME, one, true, interventions, ZoneId.of("UTC"));
        assertEquals(List.of(Chart.LEFT, Chart.RIGHT), List.of(chart.markers().get(0).x(), chart.markers().get(2).x()));
        assertEquals(List.of(true, false, true), chart.markers().stream().map(Chart.Marker::start).toList());
        assertEquals(List.of("2025-12-11", "2025-12-31", "2026-01-30"),
                chart.markers().stream().map(Chart.Marker::date).toList());
        int point = chart.points().get(0).x();
        assertTrue(chart.markers().get(1).x() < point && point < chart.markers().get(2).x(), chart.toString());
    }

    @Test
    void followUpFormChartsHaveTheirOwnTitles() {
        Views views = new Views(ZoneId.of("UTC"));
        Instant t0 = Instant.parse("2026-01-10T10:00:00Z");
        ResponseResult form = new ResponseResult(new StoredResponse("f", "inv-f", "form", "1.0.0", t0, t0, false, null),
                "Uppföljning", Respondent.CASEWORKER,
                List.of(row("h", 0, Domain.HOME, Attention.NONE, "x", false, null, false, 2.0)));
        Chart chart = Chart.of(Domain.HOME, List.of(form), false, List.of(), ZoneId.of("UTC"));
        assertEquals("form-home", chart.id());
        Map<String, Object> model = Map.of("charts", List.of(chart), "responses", List.of(form));
        String en = views.render("history.vm", "en", model).html();
        assertTrue(en.contains("Follow-up form (caseworker): Home and family</h2>"), en);
        assertTrue(en.contains("The caseworker&#39;s follow-up answers about Home and family over time"), en);
        assertFalse(en.contains("The child&#39;s answers about"), en);
        String sv = views.render("history.vm", "sv", model).html();
        assertTrue(sv.contains("Handläggarens uppföljningssvar om") && !sv.contains("Barnets svar om"), sv);
    }

    @Test
    void comparePageShowsVersionsAndTheInterventionsBetween() {
        Views views = new Views(ZoneId.of("UTC"));
        Instant t0 = Instant.parse("2026-01-10T10:00:00Z");
        Instant t1 = t0.plusSeconds(86400 * 60);
        ResponseResult before = response("a", t0, List.of(row("h", 0, Domain.HOME, Attention.NONE, "x", false, null, false, 2.0)));
        ResponseResult after = response("b", t1, List.of(row("h", 0, Domain.HOME, Attention.NONE, "y", false, null, false, 3.0)));
        Intervention earlier = new Intervention("Tidigare", t0.minusSeconds(86400 * 20), t0.minusSeconds(86400));
        Intervention around = new Intervention("Pågående", t0.minusSeconds(86400 * 5), null);
        Intervention between = new Intervention("<b>Familjebehandling</b>", t0.plusSeconds(86400), t1.minusSeconds(86400));
        Intervention later = new Intervention("Senare", t1.plusSeconds(86400), null);
        List<Intervention> shown = Comparison.interventionsBetween(before, after, List.of(earlier, around, between, later));
        assertEquals(List.of(around, between), shown);
        String html = views.render("compare.vm", "en", Map.of("action", "/x", "responses", List.of(before, after),
                "beforeId", "a", "afterId", "b", "hasPairs", true, "before", before, "after", after,
                "pairs", Comparison.pairs(before, after), "interventions", shown)).html();
        assertTrue(html.contains("Answers of 2026-01-10 10:00 (version 1.2.0) compared with 2026-03-11 10:00 (version 1.2.0)"), html);
        assertTrue(html.contains("2026-01-10 10:00 · Hur har du det? · version 1.2.0</option>"), html);
        assertTrue(html.contains("Pågående: started 2026-01-05, still going on"), html);
        assertTrue(html.contains("&lt;b&gt;Familjebehandling&lt;/b&gt;: started 2026-01-11, ended 2026-03-10"), html);
        assertFalse(html.contains("Tidigare") || html.contains("Senare"), html);
        String none = views.render("compare.vm", "sv", Map.of("action", "/x", "responses", List.of(before, after),
                "beforeId", "a", "afterId", "b", "hasPairs", true, "before", before, "after", after,
                "pairs", Comparison.pairs(before, after), "interventions", List.of())).html();
        assertTrue(none.contains("ingen insats"), none);
    }

    @Test
    void compareMatchesQuestionsAndMarksChanges() {
        Instant t0 = Instant.parse("2026-01-10T10:00:00Z");
        ResponseResult before = response("a", t0, List.of(
                row("h", 0, Domain.HOME, Attention.NONE, "Bra", false, null, false, 3.0),
                row("s", 1, Domain.SCHOOL, Attention.NONE, "Bra", false, null, false, 3.0),
                row("old", 2, Domain.SCHOOL, Attention.NONE, "x", false, null, false, null)));
        ResponseResult after = response("b", t0.plusSeconds(60), List.of(
                row("h", 0, Domain.HOME, Attention.NONE, "Bra", false, null, false, 3.0),
                row("s", 1, Domain.SCHOOL, Attention.NEEDS_ATTENTION, "Dåligt", false, null, false, 1.0)));
        List<Comparison.Pair> pairs = Comparison.pairs(before, after);
        assertEquals(List.of("Q s", "Q h", "Q old"), pairs.stream().map(Comparison.Pair::question).toList());
        assertTrue(pairs.get(0).changed());
        assertFalse(pairs.get(1).changed());
        assertTrue(pairs.get(2).changed() && !pairs.get(2).hasAfter());
        assertTrue(Comparison.inOrder(before, after));
        assertFalse(Comparison.inOrder(after, before));
    }

    @Test
    void theSummaryCarriesWhatNeedsAttentionButNeverTheChildsWords() {
        MessageCatalog catalog = MessageCatalog.of(getClass().getClassLoader(), "se/delaktig/caseworker/i18n/record");
        ResponseResult r = response("resp-1", Instant.parse("2026-11-20T09:00:00Z"), List.of(
                row("danger", 0, Domain.SAFETY, Attention.SIGNALS_DANGER, "Ja", false, "SECRET-WORDS", false, null),
                row("att", 1, Domain.SCHOOL, Attention.NEEDS_ATTENTION, "Dåligt", false, null, false, 1.0),
                row("w", 2, Domain.OWN_WORDS, Attention.NONE, "SECRET-TEXT", false, null, true, null),
                row("d", 3, Domain.HOME, Attention.NONE, null, true, null, false, null)));
        for (String lang : List.of("sv", "en")) {
            String text = CaseSummary.text(r, catalog.messages(lang), ZoneId.of("Europe/Stockholm"));
            assertFalse(text.contains("SECRET"), text);
            assertTrue(text.contains("Q danger: Ja") && text.contains("Q att: Dåligt"), text);
            assertTrue(text.contains("resp-1") && text.contains("1.2.0") && text.contains("2026-11-20 10:00"), text);
            assertTrue(text.contains(lang.equals("sv") ? "Ville inte svara: 1" : "Didn't want to answer: 1"), text);
        }
        assertEquals("Barnets svar: Hur har du det?", CaseSummary.title(r, catalog.messages("sv")));
    }
}
