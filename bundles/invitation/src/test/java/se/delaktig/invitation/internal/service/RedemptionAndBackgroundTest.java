package se.delaktig.invitation.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.AnsweringGrant;
import se.delaktig.api.invitation.InvitationException;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.StoredInvitation;
import se.delaktig.host.api.events.CaseEventType;

/** Redemption (grant, uniform refusal, lockout), the portal's marks, case events with catch-up, expiry, erasure (reminders: {@link RemindersTest}). */
class RedemptionAndBackgroundTest {

    private static final String CLIENT = "203.0.113.7";
    private final World w = new World();

    private String create() throws Exception {
        return w.service.create(World.ANNA, w.sms("c1")).invitation().id();
    }

    private InvitationStatus status(String id) {
        return w.repository.find(id).orElseThrow().statusAt(w.clock.instant());
    }

    @Test
    void theRightShortCodeGivesACaseFreeGrantAndOpensTheInvitation() throws Exception {
        String id = create();
        String typed = w.sms.lastCode().toLowerCase().replace("-", " ");
        AnsweringGrant g = w.redemption.redeemShortCode(typed, CLIENT).orElseThrow();
        assertEquals(new AnsweringGrant(id, "barn-8-12", "1.1.0", "sv", World.START.plus(Duration.ofDays(14)),
                InvitationStatus.OPENED), g);
        assertEquals(InvitationStatus.OPENED, status(id));
        // the link works too, and again while unanswered
        assertEquals(id, w.redemption.redeemLinkToken(w.sms.lastToken(), CLIENT).orElseThrow().invitationId());
        w.redemption.markInProgress(id);
        w.redemption.markInProgress(id);
        assertEquals(InvitationStatus.IN_PROGRESS,
                w.redemption.redeemShortCode(w.sms.lastCode(), CLIENT).orElseThrow().status());
        assertTrue(w.redemption.stillValid(id));
        w.redemption.markAnswered(id);
        w.redemption.markAnswered(id);
        assertEquals(InvitationStatus.ANSWERED, status(id));
        assertFalse(w.redemption.stillValid(id));
        assertEquals(Optional.empty(), w.redemption.redeemShortCode(w.sms.lastCode(), CLIENT));
        StoredInvitation s = w.repository.only();
        assertNull(s.address());
        assertNull(s.shortCodeHash());
        assertThrows(InvitationException.class, () -> w.redemption.markInProgress(id));
    }

    @Test
    void wrongExpiredUsedAndRevokedCodesAllGetTheSameRefusal() throws Exception {
        assertEquals(Optional.empty(), w.redemption.redeemShortCode("ACDE-FHJK-MNPQ", CLIENT));
        assertEquals(Optional.empty(), w.redemption.redeemShortCode("not a code", CLIENT));
        assertEquals(Optional.empty(), w.redemption.redeemLinkToken("short", CLIENT));
        assertEquals(Optional.empty(), w.redemption.redeemShortCode(null, CLIENT));

        String revoked = create();
        String revokedCode = w.sms.lastCode();
        w.service.revoke(World.ANNA, revoked);
        assertEquals(Optional.empty(), w.redemption.redeemShortCode(revokedCode, "198.51.100.1"));

        create();
        String expiredCode = w.sms.lastCode();
        w.advance(Duration.ofDays(14));
        assertEquals(Optional.empty(), w.redemption.redeemShortCode(expiredCode, "198.51.100.2"));
    }

    @Test
    void aClientIsLockedAfterRepeatedWrongCodesAndTheRightCodeThenFailsAlike() throws Exception {
        create();
        String code = w.sms.lastCode();
        for (int i = 0; i < 12; i++) {
            w.redemption.redeemShortCode("ACDE-FHJK-MNP" + "ACDEFHJKMNPQ".charAt(i), CLIENT);
        }
        // this client is locked out: even the right code is refused, in the same way
        assertEquals(Optional.empty(), w.redemption.redeemShortCode(code, CLIENT));
        assertEquals(InvitationStatus.SENT, w.repository.only().status());
        assertTrue(w.redemption.redeemShortCode(code, "198.51.100.9").isPresent());
    }

    @Test
    void aClosedMovedOrDeletedCaseRevokesItsLiveInvitations() throws Exception {
        String id = create();
        w.host.addCase("c2", "u1", 9, false);
        String other = w.service.create(World.ANNA, w.sms("c2")).invitation().id();
        w.caseEvents.caseChanged(w.host.event("c1", CaseEventType.CLOSED, w.clock.instant()));
        assertEquals(InvitationStatus.REVOKED, status(id));
        assertEquals(InvitationStatus.SENT, status(other));
        w.caseEvents.caseChanged(w.host.event("c1", CaseEventType.CLOSED, w.clock.instant()));
        assertEquals(List.of("anna invitation.create c1", "anna invitation.send c1", "anna invitation.create c2",
                "anna invitation.send c2", "delaktig invitation.revoke c1"),
                w.host.actions());

        w.caseEvents.caseChanged(w.host.event("c2", CaseEventType.DELETED, w.clock.instant()));
        assertTrue(w.repository.find(other).isEmpty(), "a deleted case is erased (CaseEventsTest)");
        assertEquals(List.of("delaktig invitation.revoke c2", "delaktig case.erase c2"),
                w.host.actions().subList(5, 7));
    }

    @Test
    void eventsWhileStoppedAreCaughtUpFromTheStoredCursorAndOldEventsSpareNewerInvitations() throws Exception {
        String before = create();
        w.host.event("c1", CaseEventType.CLOSED, w.clock.instant()); // not delivered to the listener: plugin stopped
        w.host.event("c1", CaseEventType.REOPENED, w.clock.instant().plusSeconds(1));
        w.advance(Duration.ofMinutes(1));
        String after = create();
        w.host.logUnavailable = true;
        w.caseEvents.catchUp();
        assertEquals(InvitationStatus.SENT, status(before));
        w.host.logUnavailable = false;
        w.caseEvents.catchUp();
        assertEquals(InvitationStatus.REVOKED, status(before));
        assertEquals(InvitationStatus.SENT, status(after));
        assertEquals(Optional.of("2"), w.repository.cursor(CaseEvents.CURSOR));
        // from the beginning again (a host that lost its log): harmless
        w.repository.saveCursor(CaseEvents.CURSOR, "99");
        w.caseEvents.catchUp();
        assertEquals(Optional.of("2"), w.repository.cursor(CaseEvents.CURSOR));
        assertEquals(InvitationStatus.SENT, status(after));
    }

    @Test
    void catchUpReadsEveryPage() throws Exception {
        String id = create();
        for (int i = 0; i < 250; i++) {
            w.host.event("elsewhere", CaseEventType.INTERVENTION_STARTED, w.clock.instant());
        }
        w.host.event("c1", CaseEventType.MOVED, w.clock.instant());
        w.housekeeping.runOnce();
        assertEquals(InvitationStatus.REVOKED, status(id));
        assertEquals(Optional.of("251"), w.repository.cursor(CaseEvents.CURSOR));
    }

    @Test
    void housekeepingExpiresAndErases() throws Exception {
        String id = create();
        w.advance(Duration.ofDays(14));
        assertEquals(InvitationStatus.SENT, w.repository.only().status());
        assertEquals(InvitationStatus.EXPIRED, w.service.find(World.ANNA, id).orElseThrow().status());
        w.housekeeping.runOnce();
        StoredInvitation s = w.repository.only();
        assertEquals(InvitationStatus.EXPIRED, s.status());
        assertNull(s.address());
        assertNull(s.tokenHash());
    }

    @Test
    void aCaseEventLogThatFailsStopsNeitherExpiryNorErasure() throws Exception {
        create();
        w.caseEvents.bindLog((cursor, max) -> {
            throw new UnsupportedOperationException("the host's log is broken");
        });
        w.advance(Duration.ofDays(14));
        w.housekeeping.runOnce();
        StoredInvitation s = w.repository.only();
        assertEquals(InvitationStatus.EXPIRED, s.status());
        assertNull(s.address(), "the typed address is erased although the case events failed");
    }

    @Test
    void addressesAreKeptForTheConfiguredTimeThenErased() throws Exception {
        World keeping = new World(new Settings(Duration.ofDays(14), Duration.ofDays(30), Duration.ZERO,
                Duration.ofDays(3), "https://portal.example.se/", ZoneId.of("Europe/Stockholm")));
        String id = keeping.service.create(World.ANNA, keeping.sms("c1")).invitation().id();
        assertTrue(keeping.sms.last().link().startsWith("https://portal.example.se/l/"));
        keeping.service.revoke(World.ANNA, id);
        keeping.housekeeping.runOnce();
        assertEquals("+46701234567", keeping.repository.only().address());
        keeping.advance(Duration.ofDays(3));
        keeping.housekeeping.runOnce();
        assertNull(keeping.repository.only().address());
    }
}
