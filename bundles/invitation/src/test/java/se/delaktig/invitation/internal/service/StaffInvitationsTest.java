package se.delaktig.invitation.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.InvitationException;
import se.delaktig.api.invitation.InvitationException.Reason;
import se.delaktig.api.invitation.InvitationOptions;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.InvitationView;
import se.delaktig.api.invitation.NewInvitation;
import se.delaktig.api.invitation.SendResult;
import se.delaktig.api.invitation.StoredInvitation;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.api.questionnaire.ReviewStatus;

class StaffInvitationsTest {

    private final World w = new World();

    private Reason refused(NewInvitation request) {
        return assertThrows(InvitationException.class, () -> w.service.create(World.ANNA, request)).reason();
    }

    @Test
    void createsStoresAndSendsWithTheQuestionnaireForTheChildsAge() throws Exception {
        SendResult r = w.service.create(World.ANNA, w.sms("c1"));
        assertTrue(r.created());
        assertTrue(r.delivered());
        assertNull(r.handOver());
        InvitationView v = r.invitation();
        assertEquals(InvitationStatus.SENT, v.status());
        assertEquals("barn-8-12", v.questionnaireId());
        assertEquals("1.1.0", v.questionnaireVersion());
        assertEquals("+467\u2022\u2022\u2022\u2022\u2022\u202267", v.maskedAddress());
        assertEquals(1, v.sendCount());
        assertEquals(World.START.plus(Duration.ofDays(14)), v.expiresAt());
        StoredInvitation stored = w.repository.only();
        assertEquals("+46701234567", stored.address());
        assertTrue(stored.shortCodeHash().startsWith("hmac-sha256:t1:"));
        assertEquals("t1", stored.pepperId());
        assertEquals("+46701234567", w.sms.last().address());
        assertTrue(w.sms.last().text().contains(w.sms.last().link()));
        assertTrue(w.sms.last().link().startsWith("http://localhost:8080/delaktig/portal/l/"));
        assertEquals(List.of("anna invitation.create c1", "anna invitation.send c1"), w.host.actions());
        assertFalse(v.toString().contains(w.sms.lastCode()));
    }

    @Test
    void anExplicitQuestionnaireIsCheckedAgainstTheChildsAge() throws Exception {
        NewInvitation base = w.sms("c1");
        assertEquals("1.0.0", w.service.create(World.ANNA, new NewInvitation("c1", "barn-8-12", "1.0.0", "sms",
                "0701234567", "en", "k-a", false)).invitation().questionnaireVersion());
        assertEquals(Reason.QUESTIONNAIRE_DOES_NOT_FIT, refused(new NewInvitation("c1", "ungdom-13-18", null, "sms",
                base.address(), "sv", "k-b", false)));
        assertEquals(Reason.QUESTIONNAIRE_DOES_NOT_FIT, refused(new NewInvitation("c1", "uppfoljning", "1.0.0", "sms",
                base.address(), "sv", "k-c", false)));
        assertEquals(Reason.QUESTIONNAIRE_NOT_FOUND, refused(new NewInvitation("c1", "nope", null, "sms",
                base.address(), "sv", "k-d", false)));
        assertEquals(Reason.QUESTIONNAIRE_NOT_FOUND, refused(new NewInvitation("c1", "barn-8-12", "9.9.9", "sms",
                base.address(), "sv", "k-e", false)));
        w.host.ages.put("c1", 4);
        assertEquals(Reason.NO_QUESTIONNAIRE_FITS, refused(w.sms("c1")));
        w.host.ages.remove("c1");
        assertEquals(Reason.AGE_UNKNOWN, refused(w.sms("c1")));
        w.host.ages.put("c1", 14);
        assertEquals(Reason.LANGUAGE_NOT_SUPPORTED, refused(new NewInvitation("c1", null, null, "sms",
                base.address(), "en", "k-f", false)));
        assertEquals(Reason.LANGUAGE_NOT_SUPPORTED, refused(new NewInvitation("c1", null, null, "sms",
                base.address(), "de", "k-g", false)));
    }

    @Test
    void refusesBadInputWithClearReasonsAndStoresNothing() {
        assertEquals(Reason.INVALID_ADDRESS, refused(new NewInvitation("c1", null, null, "sms", "12345", "sv", "k1", false)));
        InvitationException e = assertThrows(InvitationException.class, () -> w.service.create(World.ANNA,
                new NewInvitation("c1", null, null, "email", "not-an-address", "sv", "k2", false)));
        assertEquals("email.invalid", e.problem());
        assertEquals("an e-mail address has an @", e.getMessage());
        assertEquals(Reason.UNKNOWN_CHANNEL, refused(new NewInvitation("c1", null, null, "fax", "x", "sv", "k3", false)));
        w.email.available = false;
        assertEquals(Reason.CHANNEL_UNAVAILABLE, refused(new NewInvitation("c1", null, null, "email", "a@b.se", "sv", "k4", false)));
        assertEquals(Reason.NOT_PERMITTED, refused(w.sms("c-other-unit")));
        assertEquals(Reason.NOT_PERMITTED, refused(w.sms("no-such-case")));
        assertEquals(Reason.INVALID_REQUEST, refused(new NewInvitation("c1", null, null, "sms", "0701234567", "sv", "", false)));
        assertEquals(Reason.NOT_PERMITTED, assertThrows(InvitationException.class,
                () -> w.service.create(World.MANAGER, w.sms("c1"))).reason());
        w.host.close("c1");
        assertEquals(Reason.CASE_CLOSED, refused(w.sms("c1")));
        assertTrue(w.repository.rows.isEmpty());
        assertTrue(w.host.audit.isEmpty());
    }

    @Test
    void aDoubleClickCreatesOneInvitation() throws Exception {
        NewInvitation request = w.sms("c1");
        SendResult first = w.service.create(World.ANNA, request);
        SendResult second = w.service.create(World.ANNA, request);
        assertFalse(second.created());
        assertFalse(second.delivered());
        assertEquals(first.invitation().id(), second.invitation().id());
        assertEquals(1, w.repository.rows.size());
        assertEquals(1, w.sms.delivered.size());
        // another person's same key is another invitation; the same key for another case is a conflict
        w.host.addCase("c1b", "u1", 9, false);
        assertEquals(Reason.IDEMPOTENCY_CONFLICT, refused(new NewInvitation("c1b", null, null, "sms", "0701234567",
                "sv", request.idempotencyKey(), false)));
    }

    @Test
    void aFailedDeliveryIsKeptWithItsReasonAndCanBeResent() throws Exception {
        w.sms.failWith = "SMS gateway answered HTTP 500";
        SendResult r = w.service.create(World.ANNA, w.sms("c1"));
        assertTrue(r.created());
        assertFalse(r.delivered());
        assertEquals(InvitationStatus.DELIVERY_FAILED, r.invitation().status());
        assertEquals("SMS gateway answered HTTP 500", r.invitation().lastFailure());
        assertTrue(r.invitation().canResend());
        String oldHash = w.repository.only().shortCodeHash();

        w.sms.failWith = null;
        w.advance(Duration.ofMinutes(5));
        SendResult again = w.service.resend(World.ANNA, r.invitation().id());
        assertTrue(again.delivered());
        assertEquals(InvitationStatus.SENT, again.invitation().status());
        assertNull(again.invitation().lastFailure());
        assertEquals(2, again.invitation().sendCount());
        assertNotEquals(oldHash, w.repository.only().shortCodeHash());
        assertEquals(List.of("anna invitation.create c1", "anna invitation.send_failed c1", "anna invitation.resend c1",
                "anna invitation.send c1"), w.host.actions());
    }

    @Test
    void aChannelThatThrowsLosesNoInvitation() throws Exception {
        w.sms.throwOnDeliver = true;
        SendResult r = w.service.create(World.ANNA, w.sms("c1"));
        assertEquals(InvitationStatus.DELIVERY_FAILED, r.invitation().status());
        assertEquals("the channel sms failed unexpectedly", r.invitation().lastFailure());
        assertEquals(1, w.repository.rows.size());
    }

    @Test
    void printHandsTheCodeOverOnceAndOnlyThen() throws Exception {
        SendResult r = w.service.create(World.ANNA, w.print("c1"));
        assertNotNull(r.handOver());
        assertEquals(w.print.lastCode(), r.handOver().shortCode());
        assertTrue(r.handOver().printable().contains(r.handOver().shortCode()));
        assertEquals("HandOver[redacted]", r.handOver().toString());
        assertEquals(InvitationStatus.SENT, r.invitation().status());
        assertNull(r.invitation().maskedAddress());
        assertTrue(r.invitation().canResend());
        SendResult reprint = w.service.resend(World.ANNA, r.invitation().id());
        assertNotNull(reprint.handOver());
        assertNotEquals(r.handOver().shortCode(), reprint.handOver().shortCode());
    }

    @Test
    void protectedIdentityNeedsConfirmationForMessagesAndDefaultsToPrint() throws Exception {
        assertEquals(Reason.PROTECTED_IDENTITY_CONFIRMATION_REQUIRED, refused(w.sms("c-protected")));
        assertTrue(w.host.audit.isEmpty());
        NewInvitation confirmed = new NewInvitation("c-protected", null, null, "sms", "0701234567", "sv", "k-ok", true);
        assertEquals(InvitationStatus.SENT, w.service.create(World.ANNA, confirmed).invitation().status());
        assertTrue(w.service.create(World.ANNA, w.print("c-protected")).delivered());
        InvitationOptions options = w.service.options(World.ANNA, "c-protected", "en");
        assertTrue(options.protectedIdentity());
        assertEquals("print", options.defaultChannelId());
        assertEquals("sms", w.service.options(World.ANNA, "c1", "sv").defaultChannelId().equals("email") ? "sms"
                : w.service.options(World.ANNA, "c1", "sv").defaultChannelId());
    }

    @Test
    void optionsOfferTheFittingQuestionnairesPreselectedFirst() throws Exception {
        InvitationOptions o = w.service.options(World.ANNA, "c1", "en");
        assertEquals(10, o.age());
        assertEquals(List.of("barn-8-12"), o.questionnaires().stream().map(InvitationOptions.QuestionnaireChoice::id).toList());
        assertEquals("1.1.0", o.questionnaires().get(0).version());
        assertEquals("Title barn-8-12", o.questionnaires().get(0).title());
        assertEquals(List.of("email", "print", "sms"), o.channels().stream().map(InvitationOptions.ChannelChoice::id).toList());
        assertEquals(Reason.NOT_PERMITTED, assertThrows(InvitationException.class,
                () -> w.service.options(World.BJORN, "c1", "sv")).reason());
    }

    @Test
    void optionsTellWhichQuestionnairesAreDraftsNotYetReviewed() throws Exception {
        w.catalog.add("granskad", "1.0.0", Respondent.CHILD, 9, 11, List.of("sv"), ReviewStatus.REVIEWED);
        InvitationOptions o = w.service.options(World.ANNA, "c1", "sv");
        assertEquals(List.of("granskad REVIEWED", "barn-8-12 DRAFT"), o.questionnaires().stream()
                .map(q -> q.id() + " " + q.reviewStatus()).toList());
    }

    @Test
    void whenTheAuditTrailRefusesNothingHappens() throws Exception {
        w.host.auditRefuses = true;
        assertEquals(Reason.AUDIT_UNAVAILABLE, refused(w.sms("c1")));
        assertTrue(w.repository.rows.isEmpty());
        assertTrue(w.sms.delivered.isEmpty());
        w.host.auditRefuses = false;
        String id = w.service.create(World.ANNA, w.sms("c1")).invitation().id();
        w.host.auditRefuses = true;
        assertEquals(Reason.AUDIT_UNAVAILABLE, assertThrows(InvitationException.class,
                () -> w.service.resend(World.ANNA, id)).reason());
        assertEquals(Reason.AUDIT_UNAVAILABLE, assertThrows(InvitationException.class,
                () -> w.service.revoke(World.ANNA, id)).reason());
        assertEquals(Reason.AUDIT_UNAVAILABLE, assertThrows(InvitationException.class,
                () -> w.service.extend(World.ANNA, id, World.START.plus(Duration.ofDays(20)))).reason());
        StoredInvitation s = w.repository.only();
        assertEquals(InvitationStatus.SENT, s.status());
        assertEquals(1, s.sendCount());
        assertEquals(World.START.plus(Duration.ofDays(14)), s.expiresAt());
    }

    @Test
    void revokeKillsTheCodesAndErasesTheAddress() throws Exception {
        String id = w.service.create(World.ANNA, w.sms("c1")).invitation().id();
        InvitationView v = w.service.revoke(World.ANNA, id);
        assertEquals(InvitationStatus.REVOKED, v.status());
        assertFalse(v.canResend());
        assertFalse(v.canRevoke());
        StoredInvitation s = w.repository.only();
        assertNull(s.address());
        assertNull(s.shortCodeHash());
        assertNull(s.tokenHash());
        assertEquals(v, w.service.revoke(World.ANNA, id));
        assertEquals(Reason.NOT_ALLOWED_IN_STATE, assertThrows(InvitationException.class,
                () -> w.service.resend(World.ANNA, id)).reason());
        assertEquals(Reason.NOT_FOUND, assertThrows(InvitationException.class,
                () -> w.service.revoke(World.BJORN, id)).reason());
        assertTrue(w.service.find(World.BJORN, id).isEmpty());
        assertEquals(List.of("anna invitation.create c1", "anna invitation.send c1", "anna invitation.revoke c1"), w.host.actions());
    }

    @Test
    void extendMovesTheExpiryWithinTheLimit() throws Exception {
        String id = w.service.create(World.ANNA, w.sms("c1")).invitation().id();
        assertEquals(Reason.INVALID_EXPIRY, assertThrows(InvitationException.class,
                () -> w.service.extend(World.ANNA, id, World.START.plus(Duration.ofDays(10)))).reason());
        assertEquals(Reason.INVALID_EXPIRY, assertThrows(InvitationException.class,
                () -> w.service.extend(World.ANNA, id, World.START.plus(Duration.ofDays(31)))).reason());
        InvitationView v = w.service.extend(World.ANNA, id, World.START.plus(Duration.ofDays(30)));
        assertEquals(World.START.plus(Duration.ofDays(30)), v.expiresAt());
        w.advance(Duration.ofDays(30));
        assertEquals(InvitationStatus.EXPIRED, w.service.find(World.ANNA, id).orElseThrow().status());
        assertEquals(Reason.NOT_ALLOWED_IN_STATE, assertThrows(InvitationException.class,
                () -> w.service.extend(World.ANNA, id, World.START.plus(Duration.ofDays(40)))).reason());
    }

    @Test
    void listShowsTheCasesInvitationsNewestFirstWithoutCodes() throws Exception {
        w.service.create(World.ANNA, w.sms("c1"));
        w.advance(Duration.ofSeconds(1));
        w.service.create(World.ANNA, w.print("c1"));
        List<InvitationView> list = w.service.list(World.ANNA, "c1");
        assertEquals(List.of("print", "sms"), list.stream().map(InvitationView::channelId).toList());
        assertEquals(Reason.NOT_PERMITTED, assertThrows(InvitationException.class,
                () -> w.service.list(World.BJORN, "c1")).reason());
    }
}
