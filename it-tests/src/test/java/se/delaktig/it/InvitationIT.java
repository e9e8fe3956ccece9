package se.delaktig.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

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
import se.delaktig.api.invitation.AnsweringGrant;
import se.delaktig.api.invitation.InvitationRedemption;
import se.delaktig.api.invitation.InvitationService;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.NewInvitation;
import se.delaktig.api.invitation.SendResult;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;

/**
 * Invitations in the real runtime with the reference host: created through the service for a demo
 * case, delivered to the host's outbox (host SMS channel), redeemed through the redemption
 * service, and revoked when the case is closed on the host's page.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class InvitationIT {

    private static final Pattern CASE_LINK = Pattern.compile("href=\"/host/cases/([^\"/]+)\"");
    private static final Pattern LINK_TOKEN = Pattern.compile("/l/([A-Za-z0-9_-]{32})");
    private static final String QUESTIONNAIRE = "{\"format\":\"delaktig-questionnaire/1\",\"id\":\"it-invitation\","
            + "\"version\":\"1.0.0\",\"title\":{\"sv\":\"Testfrågor\",\"en\":\"Test questions\"},\"respondent\":\"child\","
            + "\"ageBand\":{\"from\":5,\"to\":18},\"languages\":[\"sv\",\"en\"],\"readAloud\":false,"
            + "\"review\":{\"status\":\"draft\"},\"items\":[{\"linkId\":\"weather\",\"type\":\"single-choice\","
            + "\"text\":{\"sv\":\"Vad är det för väder?\",\"en\":\"What is the weather like?\"},\"answerOption\":["
            + "{\"code\":\"sun\",\"text\":{\"sv\":\"Sol\",\"en\":\"Sunny\"}},{\"code\":\"rain\",\"text\":{\"sv\":\"Regn\",\"en\":\"Rain\"}}]}]}";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return ExamOptions.demo("invitation");
    }

    @Before
    public void ready() {
        FrameworkReady.await(context);
        FrameworkReady.testQuestionnaire(context, "it-invitation", QUESTIONNAIRE);
    }

    @Test
    public void anInvitationTravelsFromTheCaseToTheOutboxIsRedeemedAndDiesWithTheCase() {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        String caseId = firstCase(anna.get("/host/").body());
        CaseDirectory cases = FrameworkReady.service(context, CaseDirectory.class);
        String unit = cases.find(caseId).orElseThrow().unitId();
        Staff staff = new Staff("staff-01", "Anna", Set.of(StaffRole.CASEWORKER), Set.of(unit));
        InvitationService service = FrameworkReady.service(context, InvitationService.class);
        InvitationRedemption redemption = FrameworkReady.service(context, InvitationRedemption.class);
        FrameworkReady.waitFor("the host SMS channel", () -> {
            try {
                return service.options(staff, caseId, "sv").channels().stream()
                        .anyMatch(c -> c.id().equals("host-sms") && c.available());
            } catch (Exception e) {
                return false;
            }
        });

        SendResult sms;
        SendResult print;
        try {
            sms = service.create(staff, new NewInvitation(caseId, "it-invitation", null, "host-sms", "070-123 45 67",
                    "sv", UUID.randomUUID().toString(), true));
            print = service.create(staff, new NewInvitation(caseId, "it-invitation", null, "print", null, "en",
                    UUID.randomUUID().toString(), false));
        } catch (Exception e) {
            throw new AssertionError(e.getMessage(), e);
        }
        assertEquals(sms.toString(), InvitationStatus.SENT, sms.invitation().status());
        assertEquals(InvitationStatus.SENT, print.invitation().status());
        assertNotNull(print.handOver());

        String outbox = new HttpClientSession(context).signIn("admin").get("/host/outbox").body();
        Matcher token = LINK_TOKEN.matcher(outbox);
        assertTrue("the SMS with its link is in the host's outbox", token.find());

        AnsweringGrant byLink = redemption.redeemLinkToken(token.group(1), "127.0.0.1").orElseThrow();
        assertEquals(sms.invitation().id(), byLink.invitationId());
        assertEquals("it-invitation", byLink.questionnaireId());
        AnsweringGrant byCode = redemption.redeemShortCode(print.handOver().shortCode(), "127.0.0.1").orElseThrow();
        assertEquals(print.invitation().id(), byCode.invitationId());
        assertEquals(InvitationStatus.OPENED, byCode.status());
        assertTrue(redemption.redeemShortCode("ACDE-FHJK-MNPQ", "127.0.0.1").isEmpty());

        String csrf = HttpClientSession.csrf(anna.get("/host/cases/" + caseId).body());
        int closed = anna.post("/host/cases/" + caseId + "/close", Map.of("csrf", csrf)).status();
        assertTrue("closing answered " + closed, closed == 200 || closed == 303);
        FrameworkReady.waitFor("the case's invitations to be revoked", () -> {
            try {
                return service.list(staff, caseId).stream().allMatch(v -> v.status() == InvitationStatus.REVOKED);
            } catch (Exception e) {
                return false;
            }
        });
        assertTrue(redemption.redeemShortCode(print.handOver().shortCode(), "127.0.0.2").isEmpty());
        String csrfAgain = HttpClientSession.csrf(anna.get("/host/cases/" + caseId).body());
        anna.post("/host/cases/" + caseId + "/reopen", Map.of("csrf", csrfAgain));
    }

    private static String firstCase(String html) {
        Matcher m = CASE_LINK.matcher(html);
        assertTrue("anna has cases", m.find());
        return m.group(1);
    }
}
