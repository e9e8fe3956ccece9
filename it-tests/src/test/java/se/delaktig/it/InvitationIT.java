package se.delaktig.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
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
import se.delaktig.api.invitation.AnsweringGrant;
import se.delaktig.api.invitation.InvitationRedemption;
import se.delaktig.api.invitation.InvitationRepository;
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
 * service, and revoked when the case is closed or moved to another unit on the host's pages, also
 * when the case was closed while the invitation bundle was stopped; each step in the host's audit trail.
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

    /** Who the plugin is in the host's audit trail when it acts on its own (a case event). */
    private static final String PLUGIN = "delaktig";
    private static final String NORRA = "unit-norra";
    private static final String SODRA = "unit-sodra";
    /** david works in both units, so he still sees a case he moves from one to the other. */
    private static final Staff DAVID = new Staff("staff-04", "David", Set.of(StaffRole.CASEWORKER), Set.of(NORRA, SODRA));

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
        List<HostAudit.Entry> audit = awaitAudit(caseId, "invitation.revoke", PLUGIN);
        assertEquals(audit.toString(), 2, audit.stream()
                .filter(e -> e.action().equals("invitation.create") && e.who().contains("staff-01")).count());
        assertTrue(audit.toString(), audit.stream().anyMatch(e -> e.action().equals("case.close")));
        String csrfAgain = HttpClientSession.csrf(anna.get("/host/cases/" + caseId).body());
        anna.post("/host/cases/" + caseId + "/reopen", Map.of("csrf", csrfAgain));
    }

    @Test
    public void aCaseMovedToAnotherUnitHasItsOpenInvitationsRevoked() throws Exception {
        String caseId = otherOpenCases().get(0);
        InvitationService service = FrameworkReady.service(context, InvitationService.class);
        SendResult print = service.create(DAVID, new NewInvitation(caseId, "it-invitation", null, "print", null, "sv",
                UUID.randomUUID().toString(), false));
        assertEquals(InvitationStatus.SENT, print.invitation().status());
        HttpClientSession david = new HttpClientSession(context).signIn("david");
        try {
            assertRedirected(move(david, caseId, SODRA));
            FrameworkReady.waitFor("the moved case's invitation to be revoked",
                    () -> statusOf(service, caseId, print.invitation().id()) == InvitationStatus.REVOKED);
            InvitationRedemption redemption = FrameworkReady.service(context, InvitationRedemption.class);
            assertTrue(redemption.redeemShortCode(print.handOver().shortCode(), "127.0.0.3").isEmpty());
            List<HostAudit.Entry> audit = awaitAudit(caseId, "invitation.revoke", PLUGIN);
            assertTrue(audit.toString(), audit.stream().anyMatch(e -> e.action().equals("case.move")
                    && e.who().contains("staff-04")));
            assertTrue(audit.toString(), audit.stream().anyMatch(e -> e.action().equals("invitation.create")
                    && e.who().contains("staff-04")));
        } finally {
            move(david, caseId, NORRA);
        }
    }

    /** The host's case event log lets the plugin catch up on what happened while it was stopped. */
    @Test
    public void aCaseClosedWhileTheInvitationBundleWasStoppedHasItsInvitationsRevokedOnStart() throws Exception {
        String caseId = otherOpenCases().get(1);
        InvitationService before = FrameworkReady.service(context, InvitationService.class);
        SendResult print = before.create(DAVID, new NewInvitation(caseId, "it-invitation", null, "print", null, "sv",
                UUID.randomUUID().toString(), false));
        assertEquals(InvitationStatus.SENT, print.invitation().status());
        Bundle invitations = Arrays.stream(context.getBundles())
                .filter(b -> "se.delaktig.invitation".equals(b.getSymbolicName())).findFirst().orElseThrow();
        HttpClientSession david = new HttpClientSession(context).signIn("david");
        invitations.stop();
        try {
            assertTrue("the invitation bundle is stopped", context.getServiceReference(InvitationService.class) == null);
            String csrf = HttpClientSession.csrf(david.get("/host/cases/" + caseId).body());
            assertRedirected(david.post("/host/cases/" + caseId + "/close", Map.of("csrf", csrf)).status());
            Thread.sleep(500); // a listener left registered would revoke at once: give it the chance to show
            InvitationRepository store = FrameworkReady.service(context, InvitationRepository.class);
            assertEquals("nothing revoked while the plugin was stopped", InvitationStatus.SENT,
                    store.find(print.invitation().id()).orElseThrow().status());
        } finally {
            invitations.start();
        }
        try {
            InvitationService after = FrameworkReady.service(context, InvitationService.class);
            FrameworkReady.waitFor("the invitation of the case closed meanwhile to be revoked",
                    () -> statusOf(after, caseId, print.invitation().id()) == InvitationStatus.REVOKED);
            awaitAudit(caseId, "invitation.revoke", PLUGIN);
        } finally {
            String csrf = HttpClientSession.csrf(david.get("/host/cases/" + caseId).body());
            david.post("/host/cases/" + caseId + "/reopen", Map.of("csrf", csrf));
        }
    }

    /** The audit entries are written just after the change itself: wait for the one asked for. @return all of the case's */
    private List<HostAudit.Entry> awaitAudit(String caseId, String action, String who) {
        HttpClientSession admin = new HttpClientSession(context).signIn("admin");
        List<List<HostAudit.Entry>> last = new java.util.ArrayList<>(List.of(List.of()));
        try {
            FrameworkReady.waitFor(action + " by " + who + " in the audit trail of " + caseId, () -> {
                last.set(0, HostAudit.entries(admin, caseId));
                return last.get(0).stream().anyMatch(e -> e.action().equals(action) && e.who().equals(who));
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + last.get(0), e);
        }
        return last.get(0);
    }

    private static void assertRedirected(int status) {
        assertTrue("the host answered " + status, status == 303 || status == 302);
    }

    private static InvitationStatus statusOf(InvitationService service, String caseId, String invitationId) {
        try {
            return service.list(DAVID, caseId).stream().filter(v -> v.id().equals(invitationId)).findFirst()
                    .map(v -> v.status()).orElse(null);
        } catch (Exception e) {
            return null;
        }
    }

    private static int move(HttpClientSession staff, String caseId, String unit) {
        String csrf = HttpClientSession.csrf(staff.get("/host/cases/" + caseId).body());
        return staff.post("/host/cases/" + caseId + "/move", Map.of("csrf", csrf, "unit", unit)).status();
    }

    /** Open, unprotected cases of unit-norra other than the one the first test closes, in anna's list order. */
    private List<String> otherOpenCases() {
        String list = new HttpClientSession(context).signIn("anna").get("/host/").body();
        String first = firstCase(list);
        CaseDirectory cases = FrameworkReady.service(context, CaseDirectory.class);
        List<String> found = CASE_LINK.matcher(list).results().map(m -> m.group(1)).distinct()
                .filter(id -> !id.equals(first))
                .filter(id -> cases.find(id).filter(c -> c.open() && !c.protectedIdentity()
                        && c.unitId().equals(NORRA)).isPresent())
                .toList();
        assertTrue("two open cases of unit-norra besides the first: " + found, found.size() >= 2);
        return found;
    }

    private static String firstCase(String html) {
        Matcher m = CASE_LINK.matcher(html);
        assertTrue("anna has cases", m.find());
        return m.group(1);
    }
}
