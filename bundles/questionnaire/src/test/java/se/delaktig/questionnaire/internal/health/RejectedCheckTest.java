package se.delaktig.questionnaire.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.InvalidDefinitionException;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.api.questionnaire.RejectedSource;
import se.delaktig.questionnaire.internal.catalog.Catalog;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;

class RejectedCheckTest {

    private static RejectedSource rejected(String origin, Problem... problems) {
        return new RejectedSource(origin, null, null, List.of(problems), Instant.parse("2026-11-22T10:00:00Z"));
    }

    @Test
    void okWhenNothingWasRejected() {
        HealthResult result = RejectedCheck.check(List.of());
        assertEquals(Status.OK, result.status());
        assertEquals("Inget frågeformulärsdokument har avvisats.", result.text("sv"));
    }

    @Test
    void warningNamingEachOriginAndItsFirstProblem() {
        HealthResult result = RejectedCheck.check(List.of(
                rejected("bundle:se.kommun.formular/questionnaires/a.json",
                        new Problem("items[3].answerOption[1].text", "missing \"en\""), new Problem("title", "missing")),
                rejected("service:se.kommun.formular/extra", new Problem("version", "must be MAJOR.MINOR.PATCH"))));
        assertEquals(Status.WARNING, result.status());
        assertTrue(result.message().startsWith("2 questionnaire documents were rejected and are not used: "), result.message());
        assertTrue(result.message().contains("bundle:se.kommun.formular/questionnaires/a.json — "
                + "items[3].answerOption[1].text: missing \"en\" (+1); service:se.kommun.formular/extra — version: "
                + "must be MAJOR.MINOR.PATCH."), result.message());
        assertTrue(result.text("sv").startsWith("2 frågeformulärsdokument avvisades"), result.text("sv"));
        assertTrue(RejectedCheck.check(List.of(rejected("bundle:x/y.json", new Problem("", "the document is empty"))))
                .message().startsWith("One questionnaire document was rejected and is not used: bundle:x/y.json — the document is empty."));
    }

    @Test
    void showsNoStaffIdAndNoExceptionText() {
        HealthResult result = RejectedCheck.check(List.of(
                rejected("import:staff-06", new Problem("version", "version 1.0.0 of \"a\" exists with other content "
                        + "(already accepted from import:staff-07); versions are immutable")),
                rejected("service:se.x/service#40", new Problem("", "the provider failed: java.lang.IllegalStateException: 19121212-1212"))));
        assertFalse(result.message().contains("staff-0"), result.message());
        assertFalse(result.message().contains("19121212"), result.message());
        assertTrue(result.message().contains("import — version: version 1.0.0 of \"a\" exists with other content (already accepted "
                + "from import); versions are immutable; service:se.x/service#40 — the provider failed."),
                result.message());
    }

    @Test
    void namesTheFirstFiveAndCountsTheRest() {
        List<RejectedSource> many = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            many.add(rejected("bundle:b/q" + i + ".json", new Problem("id", "missing")));
        }
        String message = RejectedCheck.check(many).message();
        assertTrue(message.contains("q5.json — id: missing; +2."), message);
        assertFalse(message.contains("q6.json"), message);
    }

    @Test
    void seesWhatTheCatalogRejected() {
        Catalog catalog = new Catalog((bundle, file) -> null, Clock.systemUTC());
        try {
            catalog.offer("bundle#3", "bundle:se.kommun/questionnaires/broken.json", "{\"id\": ", "se.kommun");
        } catch (InvalidDefinitionException | se.delaktig.api.questionnaire.ArchiveConflictException expected) {
            // recorded as rejected
        }
        RejectedCheck check = new RejectedCheck();
        assertEquals(Status.OK, check.check().status(), "no catalog: nothing rejected");
        check.setCatalog(catalog);
        HealthResult result = check.check();
        assertEquals(Status.WARNING, result.status());
        assertTrue(result.message().contains("bundle:se.kommun/questionnaires/broken.json — not valid JSON at line 1, column 8."), result.message());
        assertEquals("questionnaire.rejected", check.name());
        assertEquals("Avvisade frågeformulärsdokument", check.title("sv"));
    }
}
