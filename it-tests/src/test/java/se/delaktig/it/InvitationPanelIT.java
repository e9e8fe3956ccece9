package se.delaktig.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import se.delaktig.api.invitation.InvitationService;

/**
 * The invitation panel as a caseworker uses it on the reference host's case page: form posts with
 * the panel's CSRF token, redirects back, the SMS in the host's outbox, one invitation for a double
 * post, the code in person shown once, Send again and Revoke asking first in the panel (a double
 * post harmless), SMS as the default channel, and the REST API's 404 for another unit's case.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class InvitationPanelIT {

    private static final Pattern CASE_LINK = Pattern.compile("href=\"/host/cases/([^\"/]+)\"");
    private static final Pattern SEND_FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\" class=\"dlk-send\"(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr data-invitation=\"([^\"]+)\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("[ACDEFHJKMNPQRTWXY3479]{4}-[ACDEFHJKMNPQRTWXY3479]{4}-[ACDEFHJKMNPQRTWXY3479]{4}");
    private static final String SWEDISH_MOBILE = "0701234567";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return ExamOptions.demo("invitation-panel");
    }

    @Before
    public void ready() {
        FrameworkReady.await(context);
        FrameworkReady.service(context, InvitationService.class);
        FrameworkReady.waitFor("the invitation REST resource", () -> new HttpClientSession(context)
                .getJson("/delaktig/api/cases/x/invitations").status() == 401);
    }

    @Test
    public void aCaseworkerSendsBySmsAndInPersonFromTheCasePageAndRevokes() {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        String caseId = caseWithTheForm(anna, false);
        String casePath = "/host/cases/" + caseId;
        String page = anna.get(casePath).body();
        assertTrue(page.contains("id=\"panel-delaktig-invitations\""));
        assertTrue("stylesheet in the head", page.matches("(?s).*<link rel=\"stylesheet\" href=\"/delaktig/static/invitations/panel-[0-9a-f]{12}\\.css\">.*"));
        assertEquals(0, rows(page).size());
        assertTrue("SMS is the default channel, not the first by id (host-email)", page.contains("value=\"host-sms\" checked"));
        Matcher form = SEND_FORM.matcher(page);
        assertTrue(page, form.find());
        String action = form.group(1);
        String csrf = field(form.group(2), "csrf");
        String key = field(form.group(2), "idempotency_key");
        assertFalse("the panel's token is its own", csrf.equals(HttpClientSession.csrf(page)));
        int smsBefore = outboxCount();

        Map<String, String> sms = Map.of("csrf", csrf, "idempotency_key", key, "ui", "sv", "channel", "host-sms",
                "address", SWEDISH_MOBILE, "language", "sv", "questionnaire", field(form.group(2), "questionnaire"));
        HttpClientSession.Response sent = anna.post(action, sms);
        assertEquals(sent.body(), 303, sent.status());
        assertTrue(sent.header("Location"), sent.header("Location").endsWith(casePath + "#panel-delaktig-invitations"));
        String after = anna.get(casePath).body();
        List<String> listed = rows(after);
        assertEquals(after, 1, listed.size());
        assertTrue(listed.get(0), listed.get(0).contains(">Skickad</span>"));
        assertTrue(listed.get(0).contains("SMS"));
        assertTrue(after.contains("role=\"status\">Inbjudan har skickats.</p>"));
        assertFalse("the number is masked", after.contains(SWEDISH_MOBILE) || after.contains("+46701234567"));
        assertEquals(smsBefore + 1, outboxCount());

        assertEquals("a double click", 303, anna.post(action, sms).status());
        assertEquals(1, rows(anna.get(casePath).body()).size());
        assertEquals("no second message", smsBefore + 1, outboxCount());

        // Send again after a successful delivery asks first; a double click on the real button sends once
        String one = anna.get(casePath).body();
        String resendAction = action(one, "resend");
        String sendCount = field(one.substring(one.indexOf(resendAction)), "send_count");
        String panelCsrf = field(one, "csrf", "dlk-inv");
        HttpClientSession.Response ask = anna.post(resendAction, Map.of("csrf", panelCsrf, "ui", "sv", "send_count", sendCount));
        assertEquals(303, ask.status());
        assertTrue(ask.header("Location"), ask.header("Location").endsWith(casePath + "#dlk-confirm"));
        assertEquals("the first press sends nothing", smsBefore + 1, outboxCount());
        String asking = anna.get(casePath).body();
        assertTrue(asking, asking.contains("<strong>Vill du skicka inbjudan igen?</strong>"));
        assertTrue(asking.contains("id=\"dlk-confirm\""));
        Map<String, String> confirmResend = Map.of("csrf", panelCsrf, "ui", "sv", "send_count", sendCount, "confirm", "yes");
        assertEquals(303, anna.post(resendAction, confirmResend).status());
        assertEquals(303, anna.post(resendAction, confirmResend).status());
        assertEquals("one message for a double click", smsBefore + 2, outboxCount());
        String resent = anna.get(casePath).body();
        assertTrue(resent, resent.contains("Inbjudan hade redan skickats igen, så inget mer skickades."));
        assertFalse("the question was shown once", resent.contains("id=\"dlk-confirm\""));

        String fresh = anna.get(casePath).body();
        Matcher second = SEND_FORM.matcher(fresh);
        assertTrue(second.find());
        Map<String, String> print = Map.of("csrf", field(second.group(2), "csrf"), "idempotency_key",
                field(second.group(2), "idempotency_key"), "ui", "en", "channel", "print", "language", "sv");
        HttpClientSession.Response handOver = anna.post(action, print);
        assertEquals(200, handOver.status());
        assertTrue(handOver.header("Content-Type").startsWith("text/html"));
        assertEquals("no-store", handOver.header("Cache-Control"));
        assertTrue(handOver.body().contains("<h1>Code for the child</h1>"));
        Matcher code = CODE.matcher(handOver.body());
        assertTrue(handOver.body(), code.find());
        assertTrue(handOver.body().contains("<svg"));
        assertTrue(handOver.body().contains("href=\"" + casePath + "#panel-delaktig-invitations\""));
        HttpClientSession.Response repeated = anna.post(action, print);
        assertEquals("the code is never shown again", 303, repeated.status());
        String withBoth = anna.get(casePath).body();
        assertFalse(withBoth.contains(code.group()));
        assertEquals(2, rows(withBoth).size());
        assertTrue(withBoth.contains("Koden visas bara en gång"));

        String revokeAction = action(withBoth, "revoke");
        String csrfNow = field(withBoth, "csrf", "dlk-inv");
        HttpClientSession.Response askRevoke = anna.post(revokeAction, Map.of("csrf", csrfNow, "ui", "sv"));
        assertEquals(303, askRevoke.status());
        assertTrue(askRevoke.header("Location").endsWith(casePath + "#dlk-confirm"));
        String question = anna.get(casePath).body();
        assertFalse("the first press revokes nothing", question.contains(">Återkallad</span>"));
        assertTrue(question, question.contains("<strong>Vill du återkalla inbjudan?</strong> Barnet kan då inte längre svara"
                + " med den här koden."));
        assertTrue(question.contains("name=\"confirm\" value=\"no\" class=\"dlk-cancel\">Avbryt</button>"));
        HttpClientSession.Response cancel = anna.post(revokeAction, Map.of("csrf", csrfNow, "ui", "sv", "confirm", "no"));
        assertTrue(cancel.header("Location"), cancel.header("Location").endsWith(casePath + "#dlk-list-heading"));
        String cancelled = anna.get(casePath).body();
        assertFalse(cancelled.contains("id=\"dlk-confirm\"") || cancelled.contains(">Återkallad</span>"));
        assertEquals(303, anna.post(revokeAction, Map.of("csrf", csrfNow, "ui", "sv")).status());
        assertEquals(403, anna.post(revokeAction, Map.of("ui", "sv", "confirm", "yes")).status());
        Map<String, String> confirmRevoke = Map.of("csrf", csrfNow, "ui", "sv", "confirm", "yes");
        HttpClientSession.Response revoked = anna.post(revokeAction, confirmRevoke);
        assertEquals(303, revoked.status());
        assertEquals("a double click is harmless", 303, anna.post(revokeAction, confirmRevoke).status());
        String afterRevoke = anna.get(casePath).body();
        assertTrue(afterRevoke, afterRevoke.contains(">Återkallad</span>"));
        assertTrue(afterRevoke.contains("Inbjudan har återkallats."));
        assertFalse(afterRevoke.contains("role=\"alert\""));

        HttpClientSession.Response json = anna.getJson("/delaktig/api/cases/" + caseId + "/invitations");
        assertEquals(200, json.status());
        assertTrue(json.body(), json.body().contains("\"status\":\"REVOKED\""));
        assertEquals(2, json.body().split("\"channelId\"", -1).length - 1);
    }

    @Test
    public void formsNeedThePanelsTokenAndOtherUnitsCasesAre404() {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        String caseId = caseWithTheForm(anna, false);
        String page = anna.get("/host/cases/" + caseId).body();
        Matcher form = SEND_FORM.matcher(page);
        assertTrue(form.find());
        Map<String, String> noToken = Map.of("idempotency_key", "it-no-token", "channel", "print");
        assertEquals(403, anna.post(form.group(1), noToken).status());
        assertEquals("the host's token is not ours", 403, anna.post(form.group(1), Map.of("csrf", HttpClientSession.csrf(page),
                "idempotency_key", "it-host-token", "channel", "print")).status());
        assertEquals(0, rows(anna.get("/host/cases/" + caseId).body()).size());

        String foreign = caseIds(new HttpClientSession(context).signIn("bjorn").get("/host/").body()).iterator().next();
        HttpClientSession.Response other = anna.getJson("/delaktig/api/cases/" + foreign + "/invitations");
        HttpClientSession.Response unknown = anna.getJson("/delaktig/api/cases/NO-SUCH-CASE/invitations");
        assertEquals(404, other.status());
        assertEquals(404, unknown.status());
        assertEquals("another unit's case looks like an unknown one", other.body(), unknown.body());
        assertEquals(404, anna.send("/delaktig/api/cases/" + foreign + "/invitations", "application/json",
                "{\"channelId\":\"print\",\"idempotencyKey\":\"it-foreign\"}", Map.of()).status());
        assertEquals(401, new HttpClientSession(context).getJson("/delaktig/api/cases/" + caseId + "/invitations").status());
    }

    @Test
    public void aProtectedIdentityDefaultsToTheCodeInPersonAndNeedsConfirmationForSms() {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        String caseId = caseWithTheForm(anna, true);
        String page = anna.get("/host/cases/" + caseId).body();
        assertTrue(page.contains("value=\"print\" checked"));
        Matcher form = SEND_FORM.matcher(page);
        assertTrue(form.find());
        Map<String, String> sms = Map.of("csrf", field(form.group(2), "csrf"), "idempotency_key",
                field(form.group(2), "idempotency_key"), "ui", "sv", "channel", "host-sms", "address", SWEDISH_MOBILE);
        assertEquals(303, anna.post(form.group(1), sms).status());
        String refused = anna.get("/host/cases/" + caseId).body();
        assertTrue(refused, refused.contains("role=\"alert\""));
        assertTrue(refused.contains("Bekräfta att du vill skicka med SMS eller e-post"));
        assertEquals("nothing half-done", 0, rows(refused).size());
        Map<String, String> confirmed = new java.util.HashMap<>(sms);
        confirmed.put("confirm_protected", "yes");
        assertEquals(303, anna.post(form.group(1), confirmed).status());
        assertEquals(1, rows(anna.get("/host/cases/" + caseId).body()).size());
    }

    /** An open case of the caseworker's whose panel offers the form, with or without a protected identity. */
    private String caseWithTheForm(HttpClientSession session, boolean protectedIdentity) {
        for (String id : caseIds(session.get("/host/").body())) {
            String page = session.get("/host/cases/" + id).body();
            if (SEND_FORM.matcher(page).find() && page.contains("dlk-protected-warning") == protectedIdentity
                    && rows(page).isEmpty()) {
                return id;
            }
        }
        throw new AssertionError("no case " + (protectedIdentity ? "with" : "without") + " a protected identity offers the form");
    }

    private int outboxCount() {
        String outbox = new HttpClientSession(context).signIn("admin").get("/host/outbox").body();
        return outbox.split("\\+46701234567", -1).length - 1;
    }

    private static List<String> rows(String page) {
        List<String> out = new ArrayList<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            out.add(m.group(2));
        }
        return out;
    }

    private static String action(String page, String operation) {
        Matcher m = Pattern.compile("action=\"(/delaktig/api/cases/[^\"]+/" + operation + ")\"").matcher(page);
        assertTrue("no " + operation + " button: " + page, m.find());
        return m.group(1);
    }

    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        assertTrue("no " + name + " in " + html, m.find());
        return m.group(1).replace("&amp;", "&");
    }

    /** A field after a marker (the panel's part of the page). */
    private static String field(String html, String name, String after) {
        int at = html.indexOf(after);
        assertNotNull(after, at >= 0 ? "" : null);
        return field(html.substring(at), name);
    }

    private static Set<String> caseIds(String html) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = CASE_LINK.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
