package se.delaktig.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.sql.DataSource;
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
import se.delaktig.api.invitation.InvitationRepository;
import se.delaktig.api.invitation.InvitationService;
import se.delaktig.api.invitation.NewInvitation;
import se.delaktig.api.invitation.SendResult;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.response.ResponseListener;
import se.delaktig.api.response.ResponseRepository;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.api.response.SubmittedResponse;
import se.delaktig.api.result.ResultRepository;
import se.delaktig.api.statistics.CodedResponse;
import se.delaktig.api.statistics.SentInvitation;
import se.delaktig.api.statistics.StatisticsSource;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;
import se.delaktig.host.api.panel.CasePanel;
import se.delaktig.host.api.panel.PanelRequest;

/**
 * Retention in the reference host: an administrator deletes a case (the host's retention page, CSRF
 * and role checked), the host emits {@code DELETED}, and the plugin erases the case. Afterwards no
 * table of the plugin's database holds the case id, its invitation or response ids or the child's
 * text; the result view and its REST answer 404; another unit's case is untouched; the erasure is
 * audited once; statistics still stream as many responses and invitations as before (the anonymised
 * extract).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CaseErasureIT {

    private static final Pattern CASE_LINK = Pattern.compile("href=\"/host/cases/([^\"/]+)\"");
    private static final String SECRET = "Hemligt svar 4c1e om mamma";
    private static final String OTHER_TEXT = "Björns barn svarar 9d2b";
    private static final String QUESTIONNAIRE = "{\"format\":\"delaktig-questionnaire/1\",\"id\":\"it-erasure\","
            + "\"version\":\"1.0.0\",\"title\":{\"sv\":\"Gallringsfrågor\",\"en\":\"Retention questions\"},"
            + "\"respondent\":\"child\",\"ageBand\":{\"from\":0,\"to\":20},\"languages\":[\"sv\",\"en\"],"
            + "\"readAloud\":false,\"review\":{\"status\":\"draft\"},\"items\":["
            + "{\"linkId\":\"home\",\"type\":\"single-choice\",\"domain\":\"home\",\"text\":{\"sv\":\"Hur är det hemma?\","
            + "\"en\":\"How is home?\"},\"answerOption\":[{\"code\":\"good\",\"value\":3,\"text\":{\"sv\":\"Bra\",\"en\":\"Good\"}},"
            + "{\"code\":\"bad\",\"value\":1,\"attention\":\"signals-danger\",\"text\":{\"sv\":\"Dåligt\",\"en\":\"Bad\"}}]},"
            + "{\"linkId\":\"words\",\"type\":\"long-text\",\"domain\":\"own-words\",\"maxLength\":500,"
            + "\"text\":{\"sv\":\"Vill du säga något mer?\",\"en\":\"Anything more?\"}}]}";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return ExamOptions.demo("erasure");
    }

    @Before
    public void ready() {
        FrameworkReady.await(context);
        FrameworkReady.testQuestionnaire(context, "it-erasure", QUESTIONNAIRE);
    }

    @Test
    public void aCaseTheHostDeletesLeavesNothingOfItInThePlugin() throws Exception {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        String caseId = cases(anna.get("/host/").body()).get(0);
        CaseDirectory directory = FrameworkReady.service(context, CaseDirectory.class);
        String unit = directory.find(caseId).orElseThrow().unitId();
        Staff annaStaff = new Staff("staff-01", "Anna", Set.of(StaffRole.CASEWORKER), Set.of(unit));
        Sent answered = sendAnswers(annaStaff, caseId, SECRET);
        String unanswered = invite(annaStaff, caseId).invitation().id();

        HttpClientSession bjorn = new HttpClientSession(context).signIn("bjorn");
        String otherCase = cases(bjorn.get("/host/").body()).get(0);
        String otherUnit = directory.find(otherCase).orElseThrow().unitId();
        Sent other = sendAnswers(new Staff("staff-02", "Björn", Set.of(StaffRole.CASEWORKER), Set.of(otherUnit)),
                otherCase, OTHER_TEXT);

        // the summary is filed and the alert raised (result rows exist), statistics recorded the facts
        FrameworkReady.waitFor("the summary on the case record",
                () -> anna.get("/host/cases/" + caseId).body().contains(answered.responseId()));
        ResultRepository results = FrameworkReady.service(context, ResultRepository.class);
        FrameworkReady.waitFor("the alert", () -> !results.alertedResponses(caseId).isEmpty());
        StatisticsSource statistics = FrameworkReady.service(context, StatisticsSource.class);
        FrameworkReady.waitFor("statistics recorded the response's and invitations' facts",
                () -> statistics.submitted(answered.responseId()).map(r -> r.recorded() != null).orElse(false)
                        && statistics.sent(answered.invitationId()).map(i -> i.recorded() != null).orElse(false)
                        && statistics.sent(unanswered).map(i -> i.recorded() != null).orElse(false));
        long responsesBefore = statistics.forEachSubmitted(r -> { });
        long invitationsBefore = statistics.forEachSent(i -> { });
        List<String> ids = List.of(caseId, answered.responseId(), answered.invitationId(), unanswered);
        for (String id : ids) {
            assertTrue("before: the plugin holds " + id, rowsHolding(id, true) > 0);
        }
        assertTrue(rowsHolding(SECRET, false) > 0);

        // the host's administrator deletes the case on the retention page
        HttpClientSession admin = new HttpClientSession(context).signIn("admin");
        String form = admin.get("/host/retention").body();
        assertEquals("a caseworker may not delete", 403,
                anna.post("/host/retention", Map.of("csrf", HttpClientSession.csrf(form), "case", caseId)).status());
        assertEquals("no token, no deletion", 403, admin.post("/host/retention", Map.of("case", caseId)).status());
        HttpClientSession.Response deleted = admin.post("/host/retention",
                Map.of("csrf", HttpClientSession.csrf(form), "case", caseId));
        assertEquals(deleted.body(), 303, deleted.status());
        assertTrue(directory.find(caseId).isEmpty());

        FrameworkReady.waitFor("the plugin erased the case", () -> rowsHolding(caseId, true) == 0);
        for (String id : ids) {
            assertEquals("after: no row of the plugin holds " + id, 0, rowsHolding(id, true));
        }
        assertEquals("the child's words are gone", 0, rowsHolding(SECRET, false));
        assertTrue(FrameworkReady.service(context, InvitationRepository.class).listByCase(caseId).isEmpty());
        assertTrue(results.submittedForCase(caseId).isEmpty());
        assertTrue(FrameworkReady.service(context, ResponseRepository.class).find(answered.responseId()).isEmpty());

        // the result view knows nothing of it
        assertEquals(404, anna.get("/host/cases/" + caseId).status());
        for (String endpoint : new String[] {"", "/history", "/compare", "/print"}) {
            assertEquals("results" + endpoint, 404, anna.get("/delaktig/api/cases/" + caseId + "/results" + endpoint)
                    .status());
        }
        assertEquals(404, anna.getJson("/delaktig/api/cases/" + caseId + "/results/export").status());
        for (ServiceReference<CasePanel> ref : context.getServiceReferences(CasePanel.class, null)) {
            CasePanel panel = context.getService(ref);
            String html;
            try {
                html = panel.render(new PanelRequest(caseId, annaStaff, Locale.forLanguageTag("sv"), "/host/"))
                        .map(p -> p.html()).orElse("");
            } catch (RuntimeException refused) {
                html = ""; // a panel may refuse a case the host no longer knows; the host then shows nothing of it
            }
            assertFalse(panel.id(), html.contains(SECRET) || html.contains(answered.responseId()));
        }

        // another unit's case is untouched
        assertEquals(1, results.submittedForCase(otherCase).size());
        assertTrue(rowsHolding(OTHER_TEXT, false) > 0);
        assertEquals(200, bjorn.getJson("/delaktig/api/cases/" + otherCase + "/results").status());

        // audited once by the plugin; a replay of the event (the catch-up) changes nothing
        String audit = admin.get("/host/audit").body();
        assertEquals(1, count(audit, "case.erase"));
        assertTrue(audit.contains("case.delete"));

        // statistics: the same number of responses and invitations, the erased ones without a case
        assertEquals(responsesBefore, statistics.forEachSubmitted(r -> { }));
        assertEquals(invitationsBefore, statistics.forEachSent(i -> { }));
        List<CodedResponse> kept = new ArrayList<>();
        statistics.forEachSubmitted(r -> {
            if (r.erasedCase()) {
                kept.add(r);
            }
        });
        assertEquals(1, kept.size());
        assertNotNull(kept.get(0).recorded());
        AtomicInteger keptInvitations = new AtomicInteger();
        statistics.forEachSent(i -> keptInvitations.addAndGet(i.erasedCase() ? 1 : 0));
        assertEquals(2, keptInvitations.get());
        assertTrue("the extract's random id names no response", statistics.submitted(kept.get(0).responseId()).isEmpty());
        assertFalse(statistics.sent(other.invitationId()).map(SentInvitation::erasedCase).orElse(true));
    }

    private record Sent(String invitationId, String responseId) {
    }

    private SendResult invite(Staff staff, String caseId) throws Exception {
        return FrameworkReady.service(context, InvitationService.class).create(staff, new NewInvitation(caseId,
                "it-erasure", null, "print", null, "sv", UUID.randomUUID().toString(), false));
    }

    private Sent sendAnswers(Staff staff, String caseId, String freeText) throws Exception {
        SendResult print = invite(staff, caseId);
        InvitationRedemption redemption = FrameworkReady.service(context, InvitationRedemption.class);
        redemption.redeemShortCode(print.handOver().shortCode(), "127.0.0.9").orElseThrow();
        ResponseRepository responses = FrameworkReady.service(context, ResponseRepository.class);
        StoredResponse r = responses.startOrFind(print.invitation().id(), "it-erasure", "1.0.0", Instant.now());
        responses.saveAnswer(r.id(), Answer.ofCodes("home", "bad"), Instant.now());
        responses.saveAnswer(r.id(), Answer.ofText("words", freeText), Instant.now());
        Instant sent = Instant.now();
        assertTrue(responses.markSubmitted(r.id(), sent));
        redemption.markAnswered(print.invitation().id());
        SubmittedResponse event = new SubmittedResponse(r.id(), print.invitation().id(), "it-erasure", "1.0.0", sent,
                true, false);
        for (ServiceReference<ResponseListener> ref : context.getServiceReferences(ResponseListener.class, null)) {
            context.getService(ref).submitted(event);
        }
        return new Sent(print.invitation().id(), r.id());
    }

    /**
     * Rows of the plugin's tables (the store's own H2 file, opened by a second connection in this JVM
     * through H2's DataSourceFactory) with a text column equal to, or containing, the value.
     */
    private int rowsHolding(String value, boolean exact) {
        try (Connection c = pluginDatabase().getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME LIKE 'DELAKTIG%' AND DATA_TYPE LIKE '%CHAR%'");
                 ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    columns.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            assertTrue("the plugin's tables are there", columns.size() > 20);
            int found = 0;
            for (String[] column : columns) {
                String sql = "SELECT COUNT(*) FROM \"" + column[0] + "\" WHERE \"" + column[1] + "\" "
                        + (exact ? "= ?" : "LIKE ?");
                try (PreparedStatement q = c.prepareStatement(sql)) {
                    q.setString(1, exact ? value : "%" + value + "%");
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        found += r.getInt(1);
                    }
                }
            }
            return found;
        } catch (Exception e) {
            throw new AssertionError("reading the plugin's database failed", e);
        }
    }

    /** The store's default H2 file, the same URL the store opens (so H2 shares the open database). */
    private DataSource pluginDatabase() throws Exception {
        String dataDir = context.getProperty("delaktig.data.dir");
        Path file = Path.of(dataDir).resolve("plugin").resolve("delaktig").toAbsolutePath().normalize();
        Properties props = new Properties();
        props.setProperty("url", "jdbc:h2:retry:" + file + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0");
        props.setProperty("user", "sa");
        props.setProperty("password", "");
        ServiceReference<?> ref = context.getServiceReferences("org.osgi.service.jdbc.DataSourceFactory",
                "(osgi.jdbc.driver.class=org.h2.Driver)")[0];
        Object factory = context.getService(ref);
        // the DataSourceFactory interface is not on this probe's class path: its one public method, by name
        return (DataSource) factory.getClass().getMethod("createDataSource", Properties.class).invoke(factory, props);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    private static List<String> cases(String html) {
        Matcher m = CASE_LINK.matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (!out.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        assertTrue("at least one case", !out.isEmpty());
        return out;
    }
}
