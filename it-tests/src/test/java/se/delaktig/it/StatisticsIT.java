package se.delaktig.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import se.delaktig.api.invitation.InvitationRepository;
import se.delaktig.api.invitation.InvitationService;
import se.delaktig.api.invitation.NewInvitation;
import se.delaktig.api.invitation.SendResult;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.StoredInvitation;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.response.ResponseListener;
import se.delaktig.api.response.ResponseRepository;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.api.response.SubmittedResponse;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;

/**
 * Statistics in the running product: crafted responses go in through the response API (stored, then
 * every ResponseListener told, as the portal does), a snapshot is taken by restarting the statistics
 * bundle (it rebuilds from the store and publishes), and the reference host's statistics page, as the
 * manager Maria sees it, shows the plugin's tables: published figures, ".." for suppressed cells, and
 * never a published count of 1 to k-1 children. An invitation sent while the framework runs counts in
 * the internal aggregates at once, without a restart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StatisticsIT {
    private static final int K = 5;
    private static final Pattern CASE_LINK = Pattern.compile("href=\"/host/cases/([^\"/]+)\"");
    private static final Pattern TABLE = Pattern.compile("<table.*?</table>", Pattern.DOTALL);
    private static final Pattern CAPTION = Pattern.compile("<caption>(.*?)</caption>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td[^>]*>\\s*([^<]*?)\\s*</td>");
    private static final String QUESTIONNAIRE = "{\"format\":\"delaktig-questionnaire/1\",\"id\":\"it-statistics\","
            + "\"version\":\"1.0.0\",\"title\":{\"sv\":\"Statistikfrågor\",\"en\":\"Statistics questions\"},\"respondent\":\"child\","
            + "\"ageBand\":{\"from\":5,\"to\":18},\"languages\":[\"sv\",\"en\"],\"readAloud\":false,"
            + "\"review\":{\"status\":\"draft\"},\"items\":[{\"linkId\":\"mood\",\"type\":\"single-choice\",\"domain\":\"health\","
            + "\"text\":{\"sv\":\"Hur mår du?\",\"en\":\"How are you?\"},\"answerOption\":["
            + "{\"code\":\"good\",\"value\":2,\"text\":{\"sv\":\"Bra\",\"en\":\"Good\"}},"
            + "{\"code\":\"bad\",\"value\":0,\"text\":{\"sv\":\"Dåligt\",\"en\":\"Bad\"}}]},"
            + "{\"linkId\":\"words\",\"type\":\"text\",\"text\":{\"sv\":\"Berätta\",\"en\":\"Tell\"}}]}";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return ExamOptions.demo("statistics");
    }

    @Before
    public void ready() {
        FrameworkReady.await(context);
        FrameworkReady.testQuestionnaire(context, "it-statistics", QUESTIONNAIRE);
    }

    @Test
    public void theHostsStatisticsPageShowsThePluginsPublishedFiguresAndNothingUnderK() throws Exception {
        HttpClientSession maria = new HttpClientSession(context).signIn("maria");

        List<String> cases = cases(new HttpClientSession(context).signIn("david").get("/host/").body());
        assertTrue("david has cases in two units", cases.size() >= 2);
        // Crafted: seven answers from the first case (a published cell), one from the second (a small one).
        for (int i = 0; i < 7; i++) {
            submit(cases.get(0), i % 2 == 0 ? "good" : "bad");
        }
        submit(cases.get(1), "good");

        // The published snapshot does not move until the next one: restarting the bundle rebuilds from the
        // store and publishes, as the nightly refresh would.
        Bundle statistics = bundle("se.delaktig.statistics");
        statistics.stop();
        statistics.start();
        FrameworkReady.waitFor("the crafted responses in a new snapshot on the host's page",
                () -> maria.get("/host/statistics").body().contains("it-statistics@1.0.0"));

        HttpClientSession.Response page = maria.get("/host/statistics");
        assertEquals(200, page.status());
        String html = page.body();
        List<String> captions = new ArrayList<>();
        int published = 0;
        int suppressed = 0;
        Matcher table = TABLE.matcher(html);
        while (table.find()) {
            Matcher caption = CAPTION.matcher(table.group());
            String title = caption.find() ? caption.group(1).trim() : "";
            captions.add(title);
            boolean counts = title.startsWith("Barn som svarat") || title.startsWith("Kommunen jämförd med alla kommuner");
            if (!counts) {
                continue;
            }
            Matcher cell = CELL.matcher(table.group());
            while (cell.find()) {
                String value = cell.group(1);
                if (value.equals("..")) {
                    suppressed++;
                } else if (!value.isEmpty()) {
                    BigDecimal n = new BigDecimal(value.replace(" ", "").replace("\u00a0", ""));
                    assertTrue(title + " publishes " + n + ", a count under k", n.signum() == 0 || n.compareTo(BigDecimal.valueOf(K)) >= 0);
                    if (n.signum() > 0) {
                        published++;
                    }
                }
            }
        }
        assertTrue(captions.toString(), captions.stream().anyMatch(c -> c.startsWith("Barn som svarat per enhet och kön")));
        assertTrue(captions.toString(), captions.stream().anyMatch(c -> c.startsWith("Enheten jämförd med hela kommunen")));
        assertTrue(captions.toString(), captions.stream().anyMatch(c -> c.startsWith("Kommunen jämförd med alla kommuner")));
        assertTrue("published figures on the page", published > 0);
        assertTrue("suppressed cells shown as ..", suppressed > 0);
        assertTrue("the method note", html.contains("färre än 5 barn"));
        assertFalse("never the child's words", html.contains("hemliga ord"));

        FrameworkReady.waitFor("the manager page back after the restart",
                () -> maria.get("/delaktig/api/statistics?lang=en").status() == 200);
        HttpClientSession.Response own = maria.get("/delaktig/api/statistics?lang=en");
        assertTrue(own.body().contains("role=\"img\""));
        assertFalse(own.body().contains("hemliga ord"));
    }

    @Test
    public void anInvitationSentWhileRunningCountsAtOnceWithoutARestart() throws Exception {
        HttpClientSession david = new HttpClientSession(context).signIn("david");
        String caseId = cases(david.get("/host/").body()).get(0);
        String unit = FrameworkReady.service(context, CaseDirectory.class).find(caseId).orElseThrow().unitId();
        Staff staff = new Staff("staff-01", "David", Set.of(StaffRole.CASEWORKER), Set.of(unit));
        InvitationService invitations = FrameworkReady.service(context, InvitationService.class);
        ServiceReference<?> statistics = statisticsService();
        long before = invitationsSent(statistics);

        SendResult sent = invitations.create(staff, new NewInvitation(caseId, "it-statistics", null, "print", null, "sv",
                UUID.randomUUID().toString(), false));
        assertEquals(InvitationStatus.SENT, sent.invitation().status());
        FrameworkReady.waitFor("the invitation in the internal aggregates", () -> invitationsSent(statistics) == before + 1);
        assertEquals("the same statistics service: no restart, no rebuild", statistics.getProperty("service.id"),
                statisticsService().getProperty("service.id"));

        invitations.resend(staff, sent.invitation().id());
        Thread.sleep(200); // nothing to wait for: a resend must change nothing
        assertEquals("a resend is the same invitation", before + 1, invitationsSent(statistics));
    }

    /** The statistics bundle's own (private) service, read through its public methods only. */
    private ServiceReference<?> statisticsService() {
        ServiceReference<?> reference = context.getServiceReference("se.delaktig.statistics.component.StatisticsService");
        assertTrue("the statistics service", reference != null);
        return reference;
    }

    private long invitationsSent(ServiceReference<?> reference) {
        Object service = context.getService(reference);
        try {
            Object aggregates = service.getClass().getMethod("aggregates").invoke(service);
            Object frozen = aggregates.getClass().getMethod("freeze").invoke(aggregates);
            Map<?, ?> invitations = (Map<?, ?>) frozen.getClass().getMethod("invitations").invoke(frozen);
            return invitations.values().stream().mapToLong(v -> (Long) v).sum();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        } finally {
            context.ungetService(reference);
        }
    }

    private void submit(String caseId, String mood) {
        InvitationRepository invitations = FrameworkReady.service(context, InvitationRepository.class);
        ResponseRepository responses = FrameworkReady.service(context, ResponseRepository.class);
        Instant now = Instant.now();
        String id = "it-" + UUID.randomUUID();
        assertTrue(invitations.insert(new StoredInvitation(id, caseId, "it-statistics", "1.0.0", "print", null, "sv",
                InvitationStatus.ANSWERED, null, null, null, "it", now, now.plus(Duration.ofDays(14)), 1, now, null, id, null,
                now, 0)));
        StoredResponse response = responses.startOrFind(id, "it-statistics", "1.0.0", now);
        responses.saveAnswer(response.id(), Answer.ofCodes("mood", mood), now);
        responses.saveAnswer(response.id(), Answer.ofText("words", "hemliga ord"), now);
        assertTrue(responses.markSubmitted(response.id(), now));
        SubmittedResponse sent = new SubmittedResponse(response.id(), id, "it-statistics", "1.0.0", now, false, false);
        try {
            for (ServiceReference<ResponseListener> reference : context.getServiceReferences(ResponseListener.class, null)) {
                ResponseListener listener = context.getService(reference);
                try {
                    listener.submitted(sent);
                } finally {
                    context.ungetService(reference);
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static List<String> cases(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = CASE_LINK.matcher(html);
        while (m.find()) {
            if (!ids.contains(m.group(1))) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }
}
