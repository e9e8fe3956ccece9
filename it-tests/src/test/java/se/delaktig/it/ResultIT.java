package se.delaktig.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import se.delaktig.api.invitation.AnsweringGrant;
import se.delaktig.api.invitation.InvitationRedemption;
import se.delaktig.api.invitation.InvitationService;
import se.delaktig.api.invitation.NewInvitation;
import se.delaktig.api.invitation.SendResult;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.Attention;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
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

    /**
     * Every GET endpoint of the caseworker bundle (path template below /delaktig/api) and the audit
     * view it must write; "" for one that shows no answers and writes none. The test compares it with
     * the endpoints read from the bundle's annotations, so a new endpoint fails until it is added here.
     */
    private static final Map<String, String> ENDPOINTS = Map.of(
            "cases/{caseId}/results", "rest",
            "cases/{caseId}/results/history", "history",
            "cases/{caseId}/results/compare", "compare",
            "cases/{caseId}/results/print", "print",
            "cases/{caseId}/results/export", "export",
            "cases/{caseId}/followup", "");
    private static final Pattern TOGETHER_CSRF = Pattern.compile(
            "class=\"dlk-res-together\">\\s*<input type=\"hidden\" name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern LINK_TOKEN = Pattern.compile("/l/([A-Za-z0-9_-]{32})$");

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

        // an intervention started in the host between the two responses, marked on the timeline
        String label = "Familjebehandling " + UUID.randomUUID().toString().substring(0, 8);
        String hostCsrf = HttpClientSession.csrf(anna.get("/host/cases/" + caseId).body());
        int started = anna.post("/host/cases/" + caseId + "/interventions/start",
                Map.of("csrf", hostCsrf, "label", label)).status();
        assertTrue("starting the intervention answered " + started, started == 200 || started == 303);

        // a second response, so that history and compare have a before and an after
        String second = sendAnswers(staff, caseId, "Det är bättre nu", "bad", "no", "ok");
        FrameworkReady.waitFor("the second summary on the case record",
                () -> anna.get("/host/cases/" + caseId).body().contains(second));

        String base = "/delaktig/api/cases/" + caseId + "/results";
        Map<String, Boolean> endpoints = getEndpoints();
        assertEquals("every GET endpoint the caseworker bundle serves is in ENDPOINTS, and nothing else",
                new TreeSet<>(ENDPOINTS.keySet()), endpoints.keySet());
        for (Map.Entry<String, Boolean> endpoint : endpoints.entrySet()) {
            String view = ENDPOINTS.get(endpoint.getKey());
            boolean json = endpoint.getValue();
            String path = "/delaktig/api/" + endpoint.getKey().replace("{caseId}", caseId);
            String foreignPath = "/delaktig/api/" + endpoint.getKey().replace("{caseId}", foreignCase);
            mark(anna, marker);
            HttpClientSession.Response reply = json ? anna.getJson(path) : anna.get(path);
            assertEquals(path + " " + reply.body(), 200, reply.status());
            // JSON carries the child's text as data (application/json, nosniff); HTML never unescaped
            assertFalse(path, !json && reply.body().contains("<script>alert"));
            assertFalse(path, reply.body().contains(FOREIGN_TEXT));
            if (view.isEmpty()) {
                assertEquals(path + " shows no answers and audits none", List.of(), answerReadsSince(admin, marker));
            } else {
                assertTrue(path + " shows this case's answers", reply.body().contains("Hur är det hemma?")
                        || reply.body().contains("home"));
                assertEquals("exactly one audit event for " + path,
                        List.of("staff-01|" + caseId + "|answers.read|" + view), answerReadsSince(admin, marker));
            }

            // another unit's case: 404 without data, nothing audited as read
            mark(anna, marker);
            HttpClientSession.Response foreign = json ? anna.getJson(foreignPath) : anna.get(foreignPath);
            assertEquals(path + " of another unit's case", 404, foreign.status());
            assertFalse(foreign.body().contains(FOREIGN_TEXT) || foreign.body().contains("Hur är det hemma?")
                    || foreign.body().contains(foreignResponse));
            assertEquals(List.of(), answerReadsSince(admin, marker));
            HttpClientSession.Response none = anna.get(path.replace(caseId, "no-such-case"));
            assertEquals(path + " of a case that does not exist", 404, none.status());
            assertEquals(path + " without a session", 401, new HttpClientSession(context).get(path).status());
        }
        String history = anna.get(base + "/history?lang=sv").body();
        assertTrue("the intervention marked on the timeline: " + history,
                history.contains("class=\"dlk-res-start\"") && history.contains("Insats startade: " + label));
        String between = anna.get(base + "/compare?lang=sv").body();
        assertTrue("the intervention between the two compared responses: " + between,
                between.contains("Insatser mellan de två svaren") && between.contains(label + ": startade"));
        assertTrue(history.contains("role=\"img\""));
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

    @Test
    public void answeringTogetherOpensThePortalSendsNothingAndMarksTheResponse() throws Exception {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        String caseId = cases(anna.get("/host/").body()).get(3);
        String base = "/delaktig/api/cases/" + caseId + "/results";
        Matcher csrf = TOGETHER_CSRF.matcher(anna.get("/host/cases/" + caseId).body());
        assertTrue("the panel's answer-together form", csrf.find());
        HttpClientSession admin = new HttpClientSession(context).signIn("admin");
        int outboxBefore = rows(admin.get("/host/outbox").body());

        HttpClientSession bjorn = new HttpClientSession(context).signIn("bjorn");
        String foreignCase = cases(bjorn.get("/host/").body()).get(0);
        assertEquals("another unit's case", 404, anna.post("/delaktig/api/cases/" + foreignCase + "/results/together",
                Map.of("csrf", csrf.group(1))).status());
        assertEquals(403, anna.post(base + "/together", Map.of("csrf", "forged")).status());

        HttpClientSession.Response opened = anna.post(base + "/together", Map.of("csrf", csrf.group(1)));
        assertEquals(opened.body(), 303, opened.status());
        String link = opened.header("Location");
        assertTrue("to the child portal: " + link, link.contains("/delaktig/portal/l/"));
        Matcher token = LINK_TOKEN.matcher(link);
        assertTrue(link, token.find());
        int portal = anna.get(link.substring(link.indexOf("/delaktig/portal/"))).status();
        assertTrue("the portal takes the link in this browser: " + portal, portal == 200 || portal == 303);

        // the child answers on the caseworker's device: one answer that needs no attention, then send
        AnsweringGrant grant = FrameworkReady.service(context, InvitationRedemption.class)
                .redeemLinkToken(token.group(1), "127.0.0.9").orElseThrow();
        Item item = FrameworkReady.service(context, QuestionnaireCatalog.class)
                .find(grant.questionnaireId(), grant.questionnaireVersion()).orElseThrow().questionnaire().allItems()
                .stream().filter(i -> i.answerOption() != null && !i.answerOption().isEmpty()).findFirst().orElseThrow();
        String calm = item.answerOption().stream().filter(o -> o.attention() == Attention.NONE).findFirst()
                .orElseThrow().code();
        String responseId = submit(grant.invitationId(), grant.questionnaireId(), grant.questionnaireVersion(),
                List.of(Answer.ofCodes(item.linkId(), calm)), false, false);

        FrameworkReady.waitFor("the summary of the response answered together on the case record",
                () -> anna.get("/host/cases/" + caseId).body().contains(responseId));
        String page = anna.get("/host/cases/" + caseId + "?lang=sv").body();
        assertTrue("the panel marks it", page.contains("<strong>besvarat tillsammans med handläggare</strong>"));
        int entryAt = page.lastIndexOf("Besvarat tillsammans med handläggare.");
        assertTrue("the case-record entry says so", entryAt > 0
                && page.substring(entryAt, page.indexOf("</article>", entryAt)).contains(responseId));
        assertEquals("no message sent anywhere", outboxBefore, rows(admin.get("/host/outbox").body()));
    }

    private static int rows(String html) {
        return html.split("<tr>", -1).length - 1;
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
        FrameworkReady.service(context, InvitationRedemption.class)
                .redeemShortCode(print.handOver().shortCode(), "127.0.0.9").orElseThrow();
        return submit(print.invitation().id(), "it-results", "1.0.0", List.of(Answer.ofCodes("home", home),
                Answer.ofCodes("safe", safe), school == null ? Answer.declined("school") : Answer.ofCodes("school", school),
                Answer.ofText("words", freeText)), safe.equals("yes"), home.equals("bad"));
    }

    /** Saves the answers and sends the response as the portal does, telling the ResponseListeners. */
    private String submit(String invitationId, String questionnaireId, String version, List<Answer> answers,
            boolean danger, boolean attention) throws Exception {
        ResponseRepository responses = FrameworkReady.service(context, ResponseRepository.class);
        StoredResponse r = responses.startOrFind(invitationId, questionnaireId, version, Instant.now());
        for (Answer answer : answers) {
            responses.saveAnswer(r.id(), answer, Instant.now());
        }
        Instant sent = Instant.now();
        assertTrue(responses.markSubmitted(r.id(), sent));
        FrameworkReady.service(context, InvitationRedemption.class).markAnswered(invitationId);
        SubmittedResponse event = new SubmittedResponse(r.id(), invitationId, questionnaireId, version, sent, danger,
                attention);
        for (ServiceReference<ResponseListener> ref : context.getServiceReferences(ResponseListener.class, null)) {
            context.getService(ref).submitted(event);
        }
        return r.id();
    }

    /** Every GET of the caseworker bundle's resource classes, read from their annotations: path template → JSON. */
    private Map<String, Boolean> getEndpoints() throws Exception {
        Bundle bundle = Arrays.stream(context.getBundles())
                .filter(b -> "se.delaktig.caseworker".equals(b.getSymbolicName())).findFirst().orElseThrow();
        Map<String, Boolean> out = new TreeMap<>();
        Enumeration<URL> classes = bundle.findEntries("/", "*.class", true);
        while (classes.hasMoreElements()) {
            String file = classes.nextElement().getPath();
            Class<?> type = bundle.loadClass(file.substring(1, file.length() - ".class".length()).replace('/', '.'));
            Object root = annotationValue(type.getAnnotations(), "jakarta.ws.rs.Path");
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                boolean get = Arrays.stream(method.getAnnotations())
                        .anyMatch(a -> a.annotationType().getName().equals("jakarta.ws.rs.GET"));
                if (!get) {
                    continue;
                }
                Object sub = annotationValue(method.getAnnotations(), "jakarta.ws.rs.Path");
                String path = trim((String) root) + (sub == null ? "" : "/" + trim((String) sub));
                String[] produces = (String[]) annotationValue(method.getAnnotations(), "jakarta.ws.rs.Produces");
                out.put(path, produces != null && Arrays.stream(produces).noneMatch(m -> m.contains("html")));
            }
        }
        return out;
    }

    private static Object annotationValue(Annotation[] annotations, String type) throws Exception {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals(type)) {
                return a.annotationType().getMethod("value").invoke(a);
            }
        }
        return null;
    }

    private static String trim(String path) {
        return path.replaceAll("^/+|/+$", "");
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
