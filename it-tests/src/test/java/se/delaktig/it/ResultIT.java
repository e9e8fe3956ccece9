package se.delaktig.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import se.delaktig.api.invitation.InvitationRedemption;
import se.delaktig.api.invitation.InvitationService;
import se.delaktig.api.invitation.NewInvitation;
import se.delaktig.api.invitation.SendResult;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.response.ResponseListener;
import se.delaktig.api.response.ResponseRepository;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.api.response.SubmittedResponse;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;

/**
 * The result view in the reference host: a sent response (fed through the response repository and
 * the ResponseListener whiteboard, as the portal does) shows on the case page in the result panel,
 * escaped and what matters first; every result endpoint writes exactly one audit event; the summary
 * is filed on the case record; the content-free alert reaches the host's outbox; other cases 404.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ResultIT {

    private static final Pattern CASE_LINK = Pattern.compile("href=\"/host/cases/([^\"/]+)\"");
    private static final Pattern AUDIT_ROW = Pattern.compile("<tr>\\s*<th scope=\"row\">[^<]*</th>\\s*"
            + "<td>[^<]*?\\(?([\\w-]+)\\)?</td>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>");
    private static final String FOREIGN_TEXT = "Bara för Björns ärende 7f3a";
    private static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(2)>";
    private static final String QUESTIONNAIRE = "{\"format\":\"delaktig-questionnaire/1\",\"id\":\"it-results\","
            + "\"version\":\"1.0.0\",\"title\":{\"sv\":\"Resultatfrågor\",\"en\":\"Result questions\"},\"respondent\":\"child\","
            + "\"ageBand\":{\"from\":0,\"to\":20},\"languages\":[\"sv\",\"en\"],\"readAloud\":false,"
            + "\"review\":{\"status\":\"draft\"},\"items\":["
            + "{\"linkId\":\"home\",\"type\":\"single-choice\",\"domain\":\"home\",\"text\":{\"sv\":\"Hur är det hemma?\",\"en\":\"How is home?\"},"
            + "\"answerOption\":[{\"code\":\"good\",\"value\":3,\"text\":{\"sv\":\"Bra\",\"en\":\"Good\"}},"
            + "{\"code\":\"bad\",\"value\":1,\"attention\":\"needs-attention\",\"text\":{\"sv\":\"Dåligt\",\"en\":\"Bad\"}}]},"
            + "{\"linkId\":\"safe\",\"type\":\"yes-no\",\"domain\":\"safety\",\"text\":{\"sv\":\"Är någon elak mot dig hemma?\",\"en\":\"Is anyone mean to you at home?\"},"
            + "\"answerOption\":[{\"code\":\"yes\",\"attention\":\"signals-danger\",\"text\":{\"sv\":\"Ja\",\"en\":\"Yes\"}},"
            + "{\"code\":\"no\",\"text\":{\"sv\":\"Nej\",\"en\":\"No\"}}]},"
            + "{\"linkId\":\"school\",\"type\":\"single-choice\",\"domain\":\"school\",\"declineAllowed\":true,\"text\":{\"sv\":\"Hur är skolan?\",\"en\":\"How is school?\"},"
            + "\"answerOption\":[{\"code\":\"good\",\"value\":3,\"text\":{\"sv\":\"Bra\",\"en\":\"Good\"}},"
            + "{\"code\":\"ok\",\"value\":2,\"text\":{\"sv\":\"Okej\",\"en\":\"OK\"}}]},"
            + "{\"linkId\":\"words\",\"type\":\"long-text\",\"domain\":\"own-words\",\"maxLength\":500,\"text\":{\"sv\":\"Vill du säga något mer?\",\"en\":\"Anything more?\"}}]}";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return ExamOptions.demo("results");
    }

    @Before
    public void ready() {
        FrameworkReady.await(context);
        FrameworkReady.testQuestionnaire(context, "it-results", QUESTIONNAIRE);
    }

    @Test
    public void aSentResponseIsShownAuditedFiledAndAlerted() throws Exception {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        List<String> annasCases = cases(anna.get("/host/").body());
        String caseId = annasCases.get(0);
        String marker = annasCases.get(1);
        String unit = FrameworkReady.service(context, CaseDirectory.class).find(caseId).orElseThrow().unitId();
        Staff staff = new Staff("staff-01", "Anna", Set.of(StaffRole.CASEWORKER), Set.of(unit));
        String responseId = sendAnswers(staff, caseId, HOSTILE);

        // another unit's case, with answers of its own that must never show for anna
        HttpClientSession bjorn = new HttpClientSession(context).signIn("bjorn");
        String foreignCase = cases(bjorn.get("/host/").body()).get(0);
        String foreignUnit = FrameworkReady.service(context, CaseDirectory.class).find(foreignCase).orElseThrow().unitId();
        assertFalse("bjorn's case is in another unit", foreignUnit.equals(unit));
        String foreignResponse = sendAnswers(new Staff("staff-02", "Björn", Set.of(StaffRole.CASEWORKER),
                Set.of(foreignUnit)), foreignCase, FOREIGN_TEXT);

        HttpClientSession admin = new HttpClientSession(context).signIn("admin");
        mark(anna, marker);
        String page = anna.get("/host/cases/" + caseId).body();
        assertEquals("one audit event for the panel", List.of("staff-01|" + caseId + "|answers.read|case-panel"),
                answerReadsSince(admin, marker));
        assertTrue(page, page.contains("dlk-res"));
        assertFalse("hostile text never unescaped", page.contains("<script>alert('x')"));
        assertFalse(page.contains("<img src=x"));
        assertTrue(page.contains("&lt;script&gt;"));
        assertTrue("the danger flag", page.contains("dlk-res-alert"));
        assertTrue("danger first", page.indexOf("Är någon elak") < page.indexOf("Hur är det hemma?"));
        assertTrue("declined shown as such", page.contains("Ville inte svara"));
        assertTrue(page.contains("version 1.0.0"));
        assertFalse("no other case's answers", page.contains(FOREIGN_TEXT));

        FrameworkReady.waitFor("the summary on the case record",
                () -> anna.get("/host/cases/" + caseId).body().contains("Barnets svar: Resultatfrågor"));
        String withEntry = anna.get("/host/cases/" + caseId).body();
        assertTrue(withEntry.contains(responseId));
        int entryAt = withEntry.indexOf("Barnets svar: Resultatfrågor");
        String entry = withEntry.substring(entryAt, withEntry.indexOf("</article>", entryAt));
        assertFalse("no free text in the record", entry.contains("onerror") || entry.contains("script"));
        assertTrue("what needs attention, as question: option", entry.contains("Är någon elak mot dig hemma?"));

        FrameworkReady.waitFor("the alert in the outbox",
                () -> admin.get("/host/outbox").body().contains("Delaktig: ett svar behöver ses över i dag"));
        String outbox = admin.get("/host/outbox").body();
        assertFalse(outbox.contains("Är någon elak") || outbox.contains("Ja, ") || outbox.contains("script")
                || outbox.contains(FOREIGN_TEXT));

        // a second response, so that history and compare have a before and an after
        String second = sendAnswers(staff, caseId, "Det är bättre nu", "bad", "no", "ok");
        FrameworkReady.waitFor("the second summary on the case record",
                () -> anna.get("/host/cases/" + caseId).body().contains(second));

        String base = "/delaktig/api/cases/" + caseId + "/results";
        String foreignBase = "/delaktig/api/cases/" + foreignCase + "/results";
        for (String[] endpoint : new String[][] {{"", "rest"}, {"/history", "history"}, {"/compare", "compare"},
                {"/print", "print"}, {"/export", "export"}}) {
            boolean json = endpoint[1].equals("rest") || endpoint[1].equals("export");
            mark(anna, marker);
            HttpClientSession.Response reply = json ? anna.getJson(base + endpoint[0]) : anna.get(base + endpoint[0]);
            assertEquals(endpoint[0] + " " + reply.body(), 200, reply.status());
            // JSON carries the child's text as data (application/json, nosniff); HTML never unescaped
            assertFalse(endpoint[1], !json && reply.body().contains("<script>alert"));
            assertFalse(endpoint[1], reply.body().contains(FOREIGN_TEXT));
            assertTrue(endpoint[1] + " shows this case's answers", reply.body().contains("Hur är det hemma?")
                    || reply.body().contains("home"));
            assertEquals("exactly one audit event for " + endpoint[1],
                    List.of("staff-01|" + caseId + "|answers.read|" + endpoint[1]), answerReadsSince(admin, marker));

            // another unit's case: 404 without data, nothing audited as read
            mark(anna, marker);
            HttpClientSession.Response foreign = json ? anna.getJson(foreignBase + endpoint[0])
                    : anna.get(foreignBase + endpoint[0]);
            assertEquals(endpoint[1] + " of another unit's case", 404, foreign.status());
            assertFalse(foreign.body().contains(FOREIGN_TEXT) || foreign.body().contains("Hur är det hemma?")
                    || foreign.body().contains(foreignResponse));
            assertEquals(List.of(), answerReadsSince(admin, marker));
            HttpClientSession.Response none = anna.get("/delaktig/api/cases/no-such-case/results" + endpoint[0]);
            assertEquals(endpoint[1] + " of a case that does not exist", 404, none.status());
            assertEquals(endpoint[1] + " without a session", 401,
                    new HttpClientSession(context).get(base + endpoint[0]).status());
        }
        assertTrue(anna.get(base + "/history").body().contains("role=\"img\""));
        assertTrue(anna.getJson(base + "/export").body().contains("QuestionnaireResponse"));
        assertEquals(404, anna.get(base + "/compare?before=nope").status());
        for (String query : new String[] {"?before=" + foreignResponse, "?after=" + foreignResponse,
                "?before=" + responseId + "&after=" + foreignResponse}) {
            HttpClientSession.Response reply = anna.get(base + "/compare" + query);
            assertEquals("a response of another case " + query, 404, reply.status());
            assertFalse(reply.body().contains(FOREIGN_TEXT) || reply.body().contains("Hur är det hemma?"));
        }
        String compared = anna.get(base + "/compare?lang=sv&before=" + second + "&after=" + responseId).body();
        assertTrue("before and after, in time order: " + compared, Pattern.compile(
                "Hur är det hemma\\?.*?</th>\\s*<td>Bra</td>\\s*<td>Dåligt</td>", Pattern.DOTALL).matcher(compared).find());
        assertTrue("declined before, answered after", Pattern.compile(
                "Hur är skolan\\?.*?</th>\\s*<td>Ville inte svara</td>\\s*<td>Okej</td>", Pattern.DOTALL)
                .matcher(compared).find());
        assertFalse(compared.contains("<script>alert"));
    }

    @Test
    public void aCaseworkerFillsInTheFollowUpForm() {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        String caseId = cases(anna.get("/host/").body()).get(2);
        String path = "/delaktig/api/cases/" + caseId + "/followup";
        assertTrue(anna.get("/host/cases/" + caseId).body().contains("href=\"" + path + "\""));
        HttpClientSession.Response form = anna.get(path + "?lang=sv");
        assertEquals(form.body(), 200, form.status());
        assertTrue(form.body().contains("<fieldset"));
        String csrf = HttpClientSession.csrf(form.body());

        // nothing chosen: the form again, what is missing marked, nothing stored
        HttpClientSession.Response missing = anna.post(path + "?lang=sv", Map.of("csrf", csrf));
        assertEquals(422, missing.status());
        assertTrue(missing.body().contains("aria-invalid") || missing.body().contains("dlk-res-errortext"));
        assertEquals(401, new HttpClientSession(context).get(path).status());
        assertEquals(403, anna.post(path, Map.of("csrf", "forged")).status());
        HttpClientSession bjorn = new HttpClientSession(context).signIn("bjorn");
        assertEquals("another unit's case", 404, bjorn.get(path).status());

        // the first option of every choice, and a hostile comment
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        Matcher input = Pattern.compile("<input type=\"(?:radio|checkbox)\" id=\"[^\"]+\" name=\"([^\"]+)\" value=\"([^\"]+)\"")
                .matcher(form.body());
        while (input.find()) {
            fields.putIfAbsent(input.group(1), input.group(2));
        }
        assertTrue(fields.toString(), fields.size() > 10);
        fields.put("fu-comment", HOSTILE);
        fields.put("csrf", csrf);
        HttpClientSession.Response sent = anna.post(path + "?lang=sv", fields);
        assertEquals(sent.body(), 303, sent.status());

        String page = anna.get("/host/cases/" + caseId).body();
        assertTrue("the form in the panel", page.contains("ifyllt av handläggare"));
        assertFalse(page.contains("<script>alert('x')"));
        FrameworkReady.waitFor("the follow-up summary on the case record",
                () -> anna.get("/host/cases/" + caseId).body().contains("Uppföljning ifylld av handläggare"));
        String withEntry = anna.get("/host/cases/" + caseId).body();
        int entryAt = withEntry.indexOf("Uppföljning ifylld av handläggare");
        assertFalse("no free text in the record",
                withEntry.substring(entryAt, withEntry.indexOf("</article>", entryAt)).contains("onerror"));
        String history = anna.get("/delaktig/api/cases/" + caseId + "/results/history?lang=sv").body();
        assertTrue(history, history.contains("role=\"img\""));
    }

    /** Anna opens another of her cases: its audit rows mark where the next action's rows begin. */
    private static void mark(HttpClientSession anna, String markerCase) {
        assertEquals(200, anna.get("/host/cases/" + markerCase).status());
    }

    /** The answers.read rows written after the newest row about the marker case, newest first. */
    private static List<String> answerReadsSince(HttpClientSession admin, String markerCase) {
        Matcher m = AUDIT_ROW.matcher(admin.get("/host/audit").body());
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (m.group(2).equals(markerCase)) {
                return out;
            }
            if (m.group(3).equals("answers.read")) {
                out.add(m.group(1) + "|" + m.group(2) + "|" + m.group(3) + "|" + m.group(4));
            }
        }
        throw new AssertionError("the marker row is not on the first audit page");
    }

    private String sendAnswers(Staff staff, String caseId, String freeText) throws Exception {
        return sendAnswers(staff, caseId, freeText, "good", "yes", null);
    }

    private String sendAnswers(Staff staff, String caseId, String freeText, String home, String safe, String school)
            throws Exception {
        InvitationService service = FrameworkReady.service(context, InvitationService.class);
        SendResult print = service.create(staff, new NewInvitation(caseId, "it-results", null, "print", null, "sv",
                UUID.randomUUID().toString(), false));
        InvitationRedemption redemption = FrameworkReady.service(context, InvitationRedemption.class);
        redemption.redeemShortCode(print.handOver().shortCode(), "127.0.0.9").orElseThrow();
        ResponseRepository responses = FrameworkReady.service(context, ResponseRepository.class);
        StoredResponse r = responses.startOrFind(print.invitation().id(), "it-results", "1.0.0", Instant.now());
        responses.saveAnswer(r.id(), Answer.ofCodes("home", home), Instant.now());
        responses.saveAnswer(r.id(), Answer.ofCodes("safe", safe), Instant.now());
        responses.saveAnswer(r.id(), school == null ? Answer.declined("school") : Answer.ofCodes("school", school),
                Instant.now());
        responses.saveAnswer(r.id(), Answer.ofText("words", freeText), Instant.now());
        Instant sent = Instant.now();
        assertTrue(responses.markSubmitted(r.id(), sent));
        redemption.markAnswered(print.invitation().id());
        SubmittedResponse event = new SubmittedResponse(r.id(), print.invitation().id(), "it-results", "1.0.0", sent,
                safe.equals("yes"), home.equals("bad"));
        for (ServiceReference<ResponseListener> ref : context.getServiceReferences(ResponseListener.class, null)) {
            context.getService(ref).submitted(event);
        }
        return r.id();
    }

    private static List<String> cases(String html) {
        Matcher m = CASE_LINK.matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (!out.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        assertTrue("at least two cases", out.size() >= 2);
        return out;
    }
}
