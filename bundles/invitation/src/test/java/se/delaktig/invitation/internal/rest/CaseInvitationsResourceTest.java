package se.delaktig.invitation.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.InvitationException;
import se.delaktig.api.invitation.InvitationException.Reason;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.InvitationView;
import se.delaktig.api.invitation.SendResult;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;
import se.delaktig.invitation.internal.panel.Confirmation;
import se.delaktig.invitation.internal.panel.FakeInvitations;
import se.delaktig.invitation.internal.panel.Notice;
import se.delaktig.invitation.internal.panel.PanelNotices;
import se.delaktig.invitation.internal.panel.PanelRenderer;
import se.delaktig.web.api.StaffAccess;
import se.delaktig.web.api.WebError;

class CaseInvitationsResourceTest {

    /** Anna may see case-1 only; everything else is 404, as StaffAccess promises. */
    private static final StaffAccess ACCESS = new StaffAccess() {
        @Override
        public Staff requireStaff(HttpServletRequest request) {
            return FakeInvitations.ANNA;
        }

        @Override
        public Staff requireRole(HttpServletRequest request, StaffRole role) {
            return FakeInvitations.ANNA;
        }

        @Override
        public Staff requireCase(HttpServletRequest request, String caseId) {
            if (!caseId.equals("case-1")) {
                throw new WebError(404, "not_found", null);
            }
            return FakeInvitations.ANNA;
        }
    };

    private final FakeInvitations service = new FakeInvitations(false);
    private final PanelNotices notices = new PanelNotices();
    private final CaseInvitationsResource resource = new CaseInvitationsResource(ACCESS, service,
            new PanelForms(service, caseId -> "/host/cases/" + caseId, notices,
                    new PanelRenderer(ZoneId.of("Europe/Stockholm"), 7, "/s.css"), Duration.ofDays(7),
                    ZoneId.of("Europe/Stockholm")));

    private InvitationJson.Create json(String channel, String address, String key) {
        return new InvitationJson.Create(null, null, channel, address, "sv", key, null);
    }

    @Test
    void jsonCreateIs201ThenTheSameInvitationWith200() {
        Response first = resource.create("case-1", null, json("host-sms", "0701234567", "k1"), null);
        assertEquals(201, first.getStatus());
        SendResult created = (SendResult) first.getEntity();
        assertEquals("/delaktig/api/cases/case-1/invitations/" + created.invitation().id(),
                first.getLocation().toString());
        Response again = resource.create("case-1", null, json("host-sms", "0701234567", "k1"), null);
        assertEquals(200, again.getStatus());
        assertEquals(created.invitation().id(), ((SendResult) again.getEntity()).invitation().id());
        assertEquals(1, service.created.size(), "one invitation, one message");
        assertEquals(1, resource.list("case-1", null).invitations().size());
    }

    @Test
    void optionsJsonTellsWhichQuestionnairesAreDrafts() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new SimpleModule()
                .addSerializer(Instant.class, ToStringSerializer.instance));
        JsonNode options = mapper.valueToTree(resource.options("case-1", "sv", null));
        assertEquals("REVIEWED", options.at("/questionnaires/0/reviewStatus").asText());
        assertEquals("DRAFT", options.at("/questionnaires/1/reviewStatus").asText());
    }

    @Test
    void theIdempotencyKeyMayComeAsAHeaderAndIsRequired() {
        assertEquals(201, resource.create("case-1", "hdr", json("print", null, null), null).getStatus());
        assertEquals("hdr", service.created.get(0).idempotencyKey());
        WebError missing = assertThrows(WebError.class, () -> resource.create("case-1", null, json("print", null, null), null));
        assertEquals(400, missing.getResponse().getStatus());
        assertEquals(400, assertThrows(WebError.class, () -> resource.create("case-1", "k", json(null, null, null), null))
                .getResponse().getStatus());
    }

    @Test
    void refusalsBecomeClearStatuses() {
        service.failure = new InvitationException(Reason.INVALID_ADDRESS, "phone.invalid",
                "a Swedish mobile number starts with 07", null);
        WebError bad = assertThrows(WebError.class, () -> resource.create("case-1", null, json("host-sms", "123", "k"), null));
        assertEquals(422, bad.getResponse().getStatus());
        assertEquals("invalid_address", bad.code());
        assertTrue(bad.text().contains("starts with 07") && bad.text().contains("phone.invalid"), bad.text());

        service.failure = new InvitationException(Reason.QUESTIONNAIRE_DOES_NOT_FIT, "not for age 9");
        assertEquals(422, assertThrows(WebError.class, () -> resource.create("case-1", null, json("print", null, "k2"), null))
                .getResponse().getStatus());

        service.failure = new InvitationException(Reason.CASE_NOT_FOUND, "no case");
        WebError gone = assertThrows(WebError.class, () -> resource.create("case-1", null, json("print", null, "k3"), null));
        assertEquals(404, gone.getResponse().getStatus());
        assertEquals("not_found", gone.code());
        assertNull(gone.text(), "looks exactly like StaffAccess's 404");

        service.failure = null;
        service.views.add(FakeInvitations.view("done", InvitationStatus.ANSWERED, null, null));
        service.failure = new InvitationException(Reason.NOT_ALLOWED_IN_STATE, "answered");
        assertEquals(409, assertThrows(WebError.class, () -> resource.revoke("case-1", "done", null)).getResponse().getStatus());
    }

    @Test
    void anotherUnitsCaseAndAnotherCasesInvitationAre404() {
        assertEquals(404, assertThrows(WebError.class, () -> resource.list("case-2", null)).getResponse().getStatus());
        assertEquals(404, assertThrows(WebError.class, () -> resource.createForm("case-2", null, "print", null, null, "k",
                null, null, null)).getResponse().getStatus());
        service.views.add(new InvitationView("elsewhere", "case-9", "q", "1", "print", null, "sv", InvitationStatus.SENT,
                "x", FakeInvitations.NOW, FakeInvitations.NOW, null, 1, null, null, true, true, true));
        assertEquals(404, assertThrows(WebError.class, () -> resource.revoke("case-1", "elsewhere", null)).getResponse().getStatus());
        assertEquals(404, assertThrows(WebError.class, () -> resource.revokeForm("case-1", "elsewhere", "yes", null)).getResponse().getStatus());
        assertFalse(service.calls.stream().anyMatch(c -> c.startsWith("revoke")), "nothing was revoked");
    }

    @Test
    void aFormPostRedirectsToTheCasePageWithANoticeForThePanel() {
        Response answer = resource.createForm("case-1", "barn-8-12", "host-sms", "0701234567", "sv", "f1", null, "en", null);
        assertEquals(303, answer.getStatus());
        assertEquals("/host/cases/case-1#panel-delaktig-invitations", answer.getLocation().toString());
        assertEquals(Optional.of(Notice.ok("notice.sent")), notices.take("staff-01", "case-1"));
        assertEquals("barn-8-12", service.created.get(0).questionnaireId());
        assertEquals("0701234567", service.created.get(0).address());

        resource.createForm("case-1", "barn-8-12", "host-sms", "0701234567", "sv", "f1", null, "en", null);
        assertEquals(1, service.created.size(), "a double click creates one invitation");
        assertEquals(Optional.of(Notice.ok("notice.replayed")), notices.take("staff-01", "case-1"));
    }

    @Test
    void aFailedDeliveryAndARefusalComeBackAsNotices() {
        service.deliver = false;
        resource.createForm("case-1", "", "host-sms", "0701234567", "sv", "f2", null, "sv", null);
        Notice failed = notices.take("staff-01", "case-1").orElseThrow();
        assertEquals("notice.deliveryFailed", failed.key());
        assertEquals("SMS gateway answered HTTP 500", failed.detail());
        assertNull(service.created.get(0).questionnaireId(), "an empty choice means the catalog's selection");

        service.failure = new InvitationException(Reason.INVALID_ADDRESS, "phone.invalid", "bad", null);
        assertEquals(303, resource.createForm("case-1", null, "host-sms", "12", "sv", "f3", null, "sv", null).getStatus());
        assertEquals(Optional.of(Notice.error("problem.phone.invalid")), notices.take("staff-01", "case-1"));
        service.failure = new InvitationException(Reason.PROTECTED_IDENTITY_CONFIRMATION_REQUIRED, "confirm");
        resource.createForm("case-1", null, "host-sms", "0701234567", "sv", "f4", null, "sv", null);
        assertEquals(Optional.of(Notice.error("error.protected_identity_confirmation_required")),
                notices.take("staff-01", "case-1"));
        resource.createForm("case-1", null, "no-such", "x", "sv", "f5", null, "sv", null);
        assertEquals(Optional.of(Notice.error("error.unknown_channel")), notices.take("staff-01", "case-1"));
        resource.createForm("case-1", null, "print", null, "sv", null, null, "sv", null);
        assertEquals(Optional.of(Notice.error("error.invalid_request")), notices.take("staff-01", "case-1"));
    }

    @Test
    void theCodeInPersonIsShownOnceOnAPageOfItsOwnAndAnAddressIsNotPassedOn() {
        Response answer = resource.createForm("case-1", null, "print", "0701234567", "sv", "p1", "yes", "en", null);
        assertEquals(200, answer.getStatus());
        String page = (String) answer.getEntity();
        assertTrue(page.contains("K7XP-M4QA-9FHT"));
        assertTrue(page.contains("href=\"/host/cases/case-1#panel-delaktig-invitations\""));
        assertNull(service.created.get(0).address(), "a number typed before choosing print is dropped");
        assertTrue(service.created.get(0).confirmProtectedIdentity());
        assertTrue(notices.take("staff-01", "case-1").isEmpty(), "nothing stored for later");

        Response again = resource.createForm("case-1", null, "print", null, "sv", "p1", null, "en", null);
        assertEquals(303, again.getStatus(), "a repeated post never shows the code again");
        assertEquals(Optional.of(Notice.ok("notice.replayedHandOver")), notices.take("staff-01", "case-1"));
    }

    @Test
    void extendByFormActsAtOnce() {
        service.views.add(FakeInvitations.view("i1", InvitationStatus.SENT, "+467••••••67", null));
        assertEquals(303, resource.extendForm("case-1", "i1", null).getStatus());
        assertTrue(service.calls.contains("extend i1 " + FakeInvitations.NOW.plus(Duration.ofDays(21))), service.calls.toString());
        assertEquals(Optional.of(Notice.ok("notice.extended", "2026-12-13 10:00")), notices.take("staff-01", "case-1"));
    }

    @Test
    void revokeByFormAsksFirstAndADoubleSubmitIsHarmless() {
        service.views.add(FakeInvitations.view("i1", InvitationStatus.SENT, "+467••••••67", null));
        Response asked = resource.revokeForm("case-1", "i1", null, null);
        assertEquals(303, asked.getStatus());
        assertEquals("/host/cases/case-1#dlk-confirm", asked.getLocation().toString());
        assertEquals(Optional.of(new Confirmation(Confirmation.Action.REVOKE, "i1")), notices.takeQuestion("staff-01", "case-1"));
        assertTrue(notices.take("staff-01", "case-1").isEmpty());
        assertFalse(service.calls.contains("revoke i1"), "the first press revokes nothing");
        Response cancelled = resource.revokeForm("case-1", "i1", "no", null);
        assertEquals("/host/cases/case-1#dlk-list-heading", cancelled.getLocation().toString());
        assertTrue(notices.take("staff-01", "case-1").isEmpty());
        assertTrue(notices.takeQuestion("staff-01", "case-1").isEmpty());
        assertFalse(service.calls.contains("revoke i1"), "Cancel revokes nothing");

        Response revoked = resource.revokeForm("case-1", "i1", "yes", null);
        assertEquals("/host/cases/case-1#panel-delaktig-invitations", revoked.getLocation().toString());
        assertEquals(Optional.of(Notice.ok("notice.revoked")), notices.take("staff-01", "case-1"));
        assertEquals(303, resource.revokeForm("case-1", "i1", "yes", null).getStatus(), "the second post of a double click");
        assertEquals(Optional.of(Notice.ok("notice.revoked")), notices.take("staff-01", "case-1"), "no error for it");
        assertEquals(1, service.calls.stream().filter("revoke i1"::equals).count());
        assertEquals(303, resource.revokeForm("case-1", "i1", null, null).getStatus());
        assertTrue(notices.takeQuestion("staff-01", "case-1").isEmpty(), "nothing to ask about a revoked invitation");
    }

    @Test
    void revokeByJsonActsAtOnce() {
        service.views.add(FakeInvitations.view("i1", InvitationStatus.SENT, "+467••••••67", null));
        assertEquals(InvitationStatus.REVOKED, resource.revoke("case-1", "i1", null).status());
    }

    @Test
    void sendAgainAfterASuccessfulDeliveryAsksFirstAndADoubleSubmitSendsOnce() {
        service.views.add(FakeInvitations.view("i1", InvitationStatus.SENT, "+467••••••67", null));
        Response asked = resource.resendForm("case-1", "i1", null, "1", "sv", null);
        assertEquals("/host/cases/case-1#dlk-confirm", asked.getLocation().toString());
        assertEquals(Optional.of(new Confirmation(Confirmation.Action.RESEND, "i1")), notices.takeQuestion("staff-01", "case-1"));
        assertEquals(0, resends("i1"), "the first press sends nothing");
        assertEquals("/host/cases/case-1#dlk-list-heading",
                resource.resendForm("case-1", "i1", "no", "1", "sv", null).getLocation().toString());
        assertEquals(0, resends("i1"), "Cancel sends nothing");

        assertEquals(303, resource.resendForm("case-1", "i1", "yes", "1", "sv", null).getStatus());
        assertEquals(Optional.of(Notice.ok("notice.resent")), notices.take("staff-01", "case-1"));
        assertEquals(303, resource.resendForm("case-1", "i1", "yes", "1", "sv", null).getStatus());
        assertEquals(Optional.of(Notice.ok("notice.alreadyResent")), notices.take("staff-01", "case-1"));
        assertEquals(1, resends("i1"), "a double click sends one message");
    }

    @Test
    void aDoubleClickWhileTheFirstResendIsStillDeliveringSendsOnce() {
        service.recordResends = false;
        service.views.add(FakeInvitations.view("i1", InvitationStatus.DELIVERY_FAILED, "+467••••••67", "HTTP 500"));
        resource.resendForm("case-1", "i1", null, "1", "sv", null);
        assertEquals(Optional.of(Notice.ok("notice.resent")), notices.take("staff-01", "case-1"),
                "after a failed delivery Send again acts at once");
        assertTrue(notices.takeQuestion("staff-01", "case-1").isEmpty());
        resource.resendForm("case-1", "i1", null, "1", "sv", null);
        assertEquals(Optional.of(Notice.ok("notice.alreadyResent")), notices.take("staff-01", "case-1"));
        assertEquals(1, resends("i1"));
    }

    @Test
    void aRefusedResendCanBeTriedAgainAndAFormWithoutTheCountAsks() {
        service.views.add(FakeInvitations.view("i1", InvitationStatus.DELIVERY_FAILED, "+467••••••67", "HTTP 500"));
        service.failure = new InvitationException(Reason.CHANNEL_UNAVAILABLE, "gateway gone");
        resource.resendForm("case-1", "i1", null, "1", "sv", null);
        assertEquals(Optional.of(Notice.error("error.channel_unavailable")), notices.take("staff-01", "case-1"));
        service.failure = null;
        resource.resendForm("case-1", "i1", null, "1", "sv", null);
        assertEquals(Optional.of(Notice.ok("notice.resent")), notices.take("staff-01", "case-1"), "the claim was given back");

        resource.resendForm("case-1", "i1", "yes", null, "sv", null);
        assertEquals(Optional.of(new Confirmation(Confirmation.Action.RESEND, "i1")), notices.takeQuestion("staff-01", "case-1"),
                "a form from an older page carries no count: ask, with the count in the question's form");
        resource.resendForm("case-1", "i1", "yes", "not-a-number", "sv", null);
        assertTrue(notices.takeQuestion("staff-01", "case-1").isPresent());
        assertEquals(2, resends("i1"));
    }

    @Test
    void aRepeatedResendOfACodeInPersonSaysTheCodeWasShownOnce() {
        InvitationView v = FakeInvitations.view("p1", InvitationStatus.SENT, null, null);
        service.views.add(new InvitationView(v.id(), v.caseId(), v.questionnaireId(), v.questionnaireVersion(), "print",
                null, "sv", v.status(), v.createdBy(), v.createdAt(), v.expiresAt(), v.lastSentAt(), 2, null, null,
                true, true, true));
        resource.resendForm("case-1", "p1", "yes", "1", "en", null);
        assertEquals(Optional.of(Notice.ok("notice.alreadyResentHandOver")), notices.take("staff-01", "case-1"));
        assertEquals(0, resends("p1"));
    }

    private long resends(String id) {
        return service.calls.stream().filter(("resend " + id)::equals).count();
    }

    @Test
    void extendByJsonTakesAnInstantOrDays() {
        service.views.add(FakeInvitations.view("i1", InvitationStatus.SENT, null, null));
        resource.extend("case-1", "i1", new InvitationJson.Extend(null, 3), null);
        assertTrue(service.calls.contains("extend i1 " + FakeInvitations.NOW.plus(Duration.ofDays(17))));
        resource.extend("case-1", "i1", new InvitationJson.Extend("2026-12-24T23:59:00Z", null), null);
        assertTrue(service.calls.contains("extend i1 2026-12-24T23:59:00Z"));
        assertEquals(400, assertThrows(WebError.class, () -> resource.extend("case-1", "i1",
                new InvitationJson.Extend("tomorrow", null), null)).getResponse().getStatus());
        assertEquals(400, assertThrows(WebError.class, () -> resource.extend("case-1", "i1", null, null))
                .getResponse().getStatus());
    }
}
