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
        Chart chart = Chart.of(Domain.HOME, responses,
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
