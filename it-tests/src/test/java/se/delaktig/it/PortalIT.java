package se.delaktig.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.osgi.framework.ServiceRegistration;
import se.delaktig.api.response.ResponseListener;
import se.delaktig.api.response.ResponseRepository;
import se.delaktig.api.response.SubmittedResponse;

/**
 * The child portal in the running product: a caseworker creates an invitation (print channel,
 * through the staff REST API), a child redeems the code, answers a whole questionnaire one POST at
 * a time, reviews and sends; the invitation is then ANSWERED, the code dead and the session gone.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PortalIT {

    private static final String PORTAL = "/delaktig/portal";
    private static final Pattern CASE = Pattern.compile("href=\"/host/cases/([^\"]+)\"");
    private static final Pattern START = Pattern.compile("class=\"button primary\" href=\"([^\"]+)\"");
    private static final Pattern FIRST_CHOICE = Pattern.compile("name=\"choice\" value=\"([^\"]+)\"");

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return ExamOptions.demo("portal");
    }

    @Before
    public void ready() {
        FrameworkReady.await(context);
        HttpClientSession anonymous = new HttpClientSession(context);
        FrameworkReady.waitFor("the portal", () -> anonymous.status(PORTAL + "/") == 200);
    }

    /** @return {caseId, invitationId, shortCode} of a fresh print invitation made by anna */
    private String[] invite(int caseIndex) throws Exception {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        Matcher cases = CASE.matcher(anna.get("/host/").body());
        String caseId = null;
        for (int i = 0; i <= caseIndex && cases.find(); i++) {
            caseId = cases.group(1);
        }
        assertNotNull(caseId);
        HttpClientSession.Response created = anna.postRaw("/delaktig/api/cases/" + caseId + "/invitations",
                "application/json", "{\"channelId\":\"print\",\"language\":\"sv\",\"idempotencyKey\":\"" + UUID.randomUUID() + "\"}");
        assertEquals(created.body(), 201, created.status());
        JsonNode json = new ObjectMapper().readTree(created.body());
        return new String[] {caseId, json.path("invitation").path("id").asText(), json.path("handOver").path("shortCode").asText()};
    }

    private static String path(HttpClientSession.Response r) {
        String location = r.header("Location");
        assertNotNull("a redirect: " + r.status() + " " + r.body(), location);
        return location.replaceFirst("^https?://[^/]+", "");
    }

    @Test
    public void aChildAnswersAWholeQuestionnaireAndSendsIt() throws Exception {
        List<SubmittedResponse> heard = new CopyOnWriteArrayList<>();
        ServiceRegistration<ResponseListener> listener = context.registerService(ResponseListener.class, heard::add, null);
        try {
            String[] inv = invite(0);
            HttpClientSession child = new HttpClientSession(context);
            HttpClientSession.Response landing = child.get(PORTAL + "/");
            assertEquals("no-store", landing.header("Cache-Control"));
            assertEquals("no-referrer", landing.header("Referrer-Policy"));
            assertTrue(landing.header("Content-Security-Policy").contains("script-src 'self'"));

            HttpClientSession.Response wrong = child.post(PORTAL + "/", Map.of("code", "AAAA-BBBB-CCCC"));
            assertTrue(path(wrong).startsWith(PORTAL + "/?e=code"));

            String typed = inv[2].toLowerCase().replace("-", " ");
            HttpClientSession.Response in = child.post(PORTAL + "/", Map.of("code", typed, "lang", "sv"));
            assertEquals(303, in.status());
            assertEquals("a clean URL", PORTAL + "/intro", path(in));
            assertTrue(in.header("Set-Cookie"), in.header("Set-Cookie").contains("HttpOnly"));

            String intro = child.get(PORTAL + "/intro").body();
            Matcher start = START.matcher(intro);
            assertTrue(intro, start.find());
            String page = start.group(1);
            int answered = 0;
            int steps = 0;
            while (!page.startsWith(PORTAL + "/review")) {
                assertTrue("too many steps", steps++ < 200);
                HttpClientSession.Response got = child.get(page);
                assertEquals(page + ": " + got.body(), 200, got.status());
                assertEquals("no-store", got.header("Cache-Control"));
                Map<String, String> form = new HashMap<>();
                form.put("csrf", HttpClientSession.csrf(got.body()));
                form.put("rev", "0");
                form.put("action", "next");
                Matcher choice = FIRST_CHOICE.matcher(got.body());
                if (choice.find()) {
                    form.put("choice", choice.group(1));
                    answered++;
                }
                String action = page.replaceFirst("\\?.*$", "");
                HttpClientSession.Response posted = child.post(action, form);
                assertEquals(posted.body(), 303, posted.status());
                page = path(posted);
                if (page.startsWith(PORTAL + "/help/")) {
                    Matcher next = START.matcher(child.get(page).body());
                    assertTrue(next.find());
                    page = next.group(1);
                }
            }
            assertTrue("answered " + answered, answered >= 5);

            // Another child's page token is refused here, and nothing is stored.
            String[] other = invite(1);
            HttpClientSession otherChild = new HttpClientSession(context);
            path(otherChild.post(PORTAL + "/", Map.of("code", other[2])));
            String otherIntro = otherChild.get(PORTAL + "/intro").body();
            Matcher otherStart = START.matcher(otherIntro);
            assertTrue(otherStart.find());
            String otherToken = HttpClientSession.csrf(otherChild.get(otherStart.group(1)).body());
            assertEquals(403, child.post(PORTAL + "/send", Map.of("csrf", otherToken)).status());
            assertEquals("another site's post", 303, child.send(PORTAL + "/", "application/x-www-form-urlencoded",
                    "code=" + inv[2], Map.of("Sec-Fetch-Site", "cross-site")).status());

            HttpClientSession.Response review = child.get(PORTAL + "/review");
            assertEquals(200, review.status());
            HttpClientSession.Response sent = child.post(PORTAL + "/send", Map.of("csrf", HttpClientSession.csrf(review.body())));
            assertEquals(sent.body(), 303, sent.status());
            assertTrue(path(sent).startsWith(PORTAL + "/thanks"));
            assertEquals(200, child.get(path(sent)).status());

            assertEquals("the session is gone", PORTAL + "/?e=ended", path(child.get(PORTAL + "/review")));
            assertTrue("the code is dead", path(new HttpClientSession(context)
                    .post(PORTAL + "/", Map.of("code", inv[2]))).startsWith(PORTAL + "/?e=code"));
            HttpClientSession anna = new HttpClientSession(context).signIn("anna");
            JsonNode view = new ObjectMapper().readTree(anna.getJson("/delaktig/api/cases/" + inv[0] + "/invitations/" + inv[1]).body());
            assertEquals("ANSWERED", view.path("status").asText());

            assertEquals(1, heard.size());
            SubmittedResponse response = heard.get(0);
            assertEquals(inv[1], response.invitationId());
            ResponseRepository responses = FrameworkReady.service(context, ResponseRepository.class);
            assertTrue(responses.find(response.responseId()).orElseThrow().submitted());
            assertEquals(answered, responses.answers(response.responseId()).size());

            // the whole real path: portal, response listeners, caseworker filing, the host's case record
            FrameworkReady.waitFor("the summary of the sent answers on the case record",
                    () -> anna.get("/host/cases/" + inv[0]).body().contains(response.responseId()));
        } finally {
            listener.unregister();
        }
    }

    @Test
    public void theLinkTokenLeavesTheUrlAndAnswersSurviveANewSessionOnAnotherDevice() throws Exception {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        Matcher cases = CASE.matcher(anna.get("/host/").body());
        cases.find();
        cases.find();
        cases.find();
        String caseId = cases.group(1);
        HttpClientSession.Response created = anna.postRaw("/delaktig/api/cases/" + caseId + "/invitations",
                "application/json", "{\"channelId\":\"print\",\"idempotencyKey\":\"" + UUID.randomUUID() + "\"}");
        JsonNode json = new ObjectMapper().readTree(created.body());
        String link = json.path("handOver").path("link").asText().replaceFirst("^https?://[^/]+", "");
        String code = json.path("handOver").path("shortCode").asText();

        HttpClientSession phone = new HttpClientSession(context);
        HttpClientSession.Response first = phone.get(link);
        assertEquals(303, first.status());
        assertEquals("the token is not in the next URL", PORTAL + "/l", path(first));
        assertEquals(200, phone.get(PORTAL + "/l").status());
        HttpClientSession.Response in = phone.post(PORTAL + "/l", Map.of("lang", "en"));
        assertEquals(PORTAL + "/intro", path(in));
        String q = START.matcher(phone.get(PORTAL + "/intro").body()).results().findFirst().orElseThrow().group(1);
        String body = phone.get(q).body();
        assertTrue(body, body.contains("lang=\"en\""));
        String choice = FIRST_CHOICE.matcher(body).results().findFirst().orElseThrow().group(1);
        assertEquals(303, phone.post(q, Map.of("csrf", HttpClientSession.csrf(body), "rev", "0", "choice", choice)).status());
        assertEquals("a question not shown now stores nothing", PORTAL + "/intro", path(phone.post(PORTAL + "/q/no-such-item",
                Map.of("csrf", HttpClientSession.csrf(body), "choice", "yes"))));

        HttpClientSession laptop = new HttpClientSession(context);
        assertEquals(PORTAL + "/intro", path(laptop.post(PORTAL + "/", Map.of("code", code))));
        String again = laptop.get(q).body();
        assertTrue("the answer given on the phone is checked here", again.contains("value=\"" + choice + "\" checked"));
        assertTrue(laptop.get(PORTAL + "/intro").body().contains("Fortsätt där du var") 
                || laptop.get(PORTAL + "/intro").body().contains("Carry on where you were"));

        HttpClientSession.Response bye = phone.get(PORTAL + "/bye");
        assertEquals(200, bye.status());
        assertTrue(bye.header("Clear-Site-Data"), bye.header("Clear-Site-Data").contains("cookies"));
        assertFalse(bye.body().contains("Delaktig"));
        assertEquals("quick exit ended the session", PORTAL + "/?e=ended", path(phone.get(PORTAL + "/intro")));
        assertEquals("the other device goes on", 200, laptop.get(PORTAL + "/intro").status());
    }
}
