package se.delaktig.invitation.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.AnsweringGrant;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.NewInvitation;
import se.delaktig.api.invitation.StoredInvitation;

/** The one reminder (to every unanswered invitation that reached the child) and when a typed address is erased. */
class RemindersTest {

    private static final String CLIENT = "203.0.113.7";

    private static World world(int reminderDays, int keepDays) {
        return new World(new Settings(Duration.ofDays(14), Duration.ofDays(30), Duration.ofDays(reminderDays),
                Duration.ofDays(keepDays), "http://localhost/portal", ZoneId.of("Europe/Stockholm")));
    }

    private static String send(World w, String caseId, boolean print) throws Exception {
        w.host.addCase(caseId, "u1", 10, false);
        NewInvitation request = print ? w.print(caseId) : w.sms(caseId);
        return w.service.create(World.ANNA, request).invitation().id();
    }

    private static StoredInvitation stored(World w, String id) {
        return w.repository.find(id).orElseThrow();
    }

    @Test
    void oneReminderGoesToSentOpenedAndInProgressInvitationsWithAFreshCode() throws Exception {
        World w = world(3, 0);
        String sent = send(w, "c-sent", false);
        String opened = send(w, "c-opened", false);
        w.redemption.redeemShortCode(w.sms.lastCode(), CLIENT).orElseThrow();
        String inProgress = send(w, "c-progress", false);
        String oldCode = w.sms.lastCode();
        w.redemption.redeemShortCode(oldCode, CLIENT).orElseThrow();
        w.redemption.markInProgress(inProgress);
        w.sms.failWith = "gateway answered HTTP 500";
        String failed = send(w, "c-failed", false);
        w.sms.failWith = null;
        String answered = send(w, "c-answered", false);
        w.redemption.redeemShortCode(w.sms.lastCode(), CLIENT).orElseThrow();
        w.redemption.markAnswered(answered);
        String print = send(w, "c-print", true);
        String printCode = w.print.lastCode();
        int smsBefore = w.sms.delivered.size();

        w.advance(Duration.ofDays(2));
        w.housekeeping.runOnce();
        assertEquals(smsBefore, w.sms.delivered.size(), "not before the configured days");

        w.advance(Duration.ofDays(1));
        w.housekeeping.runOnce();
        assertEquals(smsBefore + 3, w.sms.delivered.size());
        assertEquals(1, w.print.delivered.size(), "a code handed over in person gets no reminder");
        for (String id : new String[] {sent, opened, inProgress}) {
            assertEquals(w.clock.instant(), stored(w, id).reminderSentAt(), id);
            assertEquals(2, stored(w, id).sendCount());
        }
        assertNull(stored(w, failed).reminderSentAt(), "after a failed delivery the caseworker decides");
        assertNull(stored(w, answered).reminderSentAt());
        assertEquals(InvitationStatus.SENT, stored(w, sent).status());
        assertEquals(InvitationStatus.OPENED, stored(w, opened).status(), "a reminder does not move an opened invitation");
        assertTrue(w.host.actions().contains("delaktig invitation.remind c-progress"));
        assertTrue(w.host.actions().contains("delaktig invitation.send c-progress"));

        // the reminder's fresh code continues the same unfinished invitation; the old one is dead
        String freshCode = w.sms.delivered.stream().filter(d -> d.reference().equals(inProgress)).reduce((a, b) -> b)
                .orElseThrow().shortCode();
        assertEquals(Optional.empty(), w.redemption.redeemShortCode(oldCode, "198.51.100.1"));
        AnsweringGrant grant = w.redemption.redeemShortCode(freshCode, CLIENT).orElseThrow();
        assertEquals(inProgress, grant.invitationId());
        assertEquals(InvitationStatus.IN_PROGRESS, grant.status());
        assertTrue(w.redemption.redeemShortCode(printCode, CLIENT).isPresent(), "the paper code still works");

        w.advance(Duration.ofDays(5));
        w.housekeeping.runOnce();
        assertEquals(smsBefore + 3, w.sms.delivered.size(), "one reminder only");
    }

    @Test
    void aReminderThatFailsLeavesTheChildsCodeWorking() throws Exception {
        World w = world(3, 0);
        String id = send(w, "c-opened", false);
        String code = w.sms.lastCode();
        w.redemption.redeemShortCode(code, CLIENT).orElseThrow();
        w.sms.failWith = "gateway timed out";
        w.advance(Duration.ofDays(3));
        w.housekeeping.runOnce();
        StoredInvitation s = stored(w, id);
        assertNotNull(s.reminderSentAt());
        assertEquals("gateway timed out", s.lastFailure());
        assertEquals(InvitationStatus.OPENED, s.status());
        assertTrue(w.host.actions().contains("delaktig invitation.send_failed c-opened"));
        assertEquals(id, w.redemption.redeemShortCode(code, CLIENT).orElseThrow().invitationId());
    }

    @Test
    void withoutRemindersAnOpenedInvitationsAddressIsErasedAtOnce() throws Exception {
        World w = world(0, 0);
        String id = send(w, "c1", false);
        assertEquals("+46701234567", stored(w, id).address(), "kept while it can be resent");
        w.redemption.redeemShortCode(w.sms.lastCode(), CLIENT).orElseThrow();
        assertNull(stored(w, id).address());
    }

    @Test
    void withRemindersTheAddressWaitsForTheReminderThenGoes() throws Exception {
        World w = world(3, 0);
        String opened = send(w, "c-opened", false);
        w.redemption.redeemShortCode(w.sms.lastCode(), CLIENT).orElseThrow();
        String sent = send(w, "c-sent", false);
        w.housekeeping.runOnce();
        assertEquals("+46701234567", stored(w, opened).address(), "the pending reminder needs it");
        w.advance(Duration.ofDays(3));
        w.housekeeping.runOnce();
        assertEquals("+46701234567", w.sms.delivered.get(w.sms.delivered.size() - 1).address());
        assertNull(stored(w, opened).address(), "no resend and no reminder left");
        assertEquals("+46701234567", stored(w, sent).address(), "a sent invitation can still be resent");
    }

    @Test
    void theKeepingTimeCountsFromTheMomentTheAddressBecameUseless() throws Exception {
        World w = world(0, 2);
        String id = send(w, "c1", false);
        w.advance(Duration.ofDays(1));
        w.redemption.redeemShortCode(w.sms.lastCode(), CLIENT).orElseThrow();
        w.advance(Duration.ofDays(1));
        w.housekeeping.runOnce();
        assertEquals("+46701234567", stored(w, id).address());
        w.advance(Duration.ofDays(1));
        w.housekeeping.runOnce();
        assertNull(stored(w, id).address());
    }

    private static String sendEmail(World w, String caseId) throws Exception {
        w.host.addCase(caseId, "u1", 10, false);
        return w.service.create(World.ANNA, new NewInvitation(caseId, null, null, "email", "barn@example.se", "sv",
                "key-email-" + caseId, false)).invitation().id();
    }

    private static long count(World w, String action) {
        return w.host.actions().stream().filter(a -> a.equals(action)).count();
    }

    @Test
    void rowsThatCannotBeRemindedNowNeverHideTheOthersAndGetTheirReminderWhenTheChannelIsBack() throws Exception {
        World w = world(3, 0);
        Housekeeping small = new Housekeeping(w.core, w.caseEvents, 2);
        String[] sms = new String[5];
        for (int i = 0; i < sms.length; i++) {
            sms[i] = send(w, "c-sms-" + i, false);
        }
        String closed = send(w, "c-closed", false);
        w.host.close("c-closed");
        w.advance(Duration.ofHours(1));
        String email = sendEmail(w, "c-email");
        w.sms.available = false;
        w.advance(Duration.ofDays(3));

        small.runOnce();
        assertNotNull(stored(w, email).reminderSentAt(), "the oldest rows could not go; the newer one still does");
        for (String id : sms) {
            assertNull(stored(w, id).reminderSentAt(), "nothing recorded while the gateway is off");
        }
        assertNull(stored(w, closed).reminderSentAt());
        assertEquals(0, count(w, "delaktig invitation.remind c-closed"));

        w.sms.available = true;
        small.runOnce();
        small.runOnce();
        small.runOnce();
        for (String id : sms) {
            assertNotNull(stored(w, id).reminderSentAt(), id + " reminded once the gateway is back");
        }
        assertNull(stored(w, closed).reminderSentAt(), "a closed case gets no reminder");
        assertEquals(1, count(w, "delaktig invitation.remind c-email"));
        assertEquals(1, count(w, "delaktig invitation.remind c-sms-0"));
    }

    @Test
    void noReminderForAnExpiredInvitationEvenWhenTheChannelComesBackLate() throws Exception {
        World w = world(3, 0);
        String id = send(w, "c1", false);
        w.sms.available = false;
        w.advance(Duration.ofDays(3));
        w.housekeeping.runOnce();
        w.advance(Duration.ofDays(11));
        w.sms.available = true;
        w.housekeeping.runOnce();
        assertNull(stored(w, id).reminderSentAt());
        assertEquals(InvitationStatus.EXPIRED, stored(w, id).status());
        assertEquals(0, count(w, "delaktig invitation.remind c1"));
    }

    @Test
    void aRefusedAuditTrailLeavesNoReminderRecordedAndTheChildsCodeWorking() throws Exception {
        World w = world(3, 0);
        String id = send(w, "c1", false);
        String code = w.sms.lastCode();
        int smsBefore = w.sms.attempted.size();
        w.advance(Duration.ofDays(3));
        w.host.refusedActions.add("invitation.remind");
        w.housekeeping.runOnce();
        assertEquals(smsBefore, w.sms.attempted.size());
        assertNull(stored(w, id).reminderSentAt(), "the next round tries again");
        assertEquals(id, w.redemption.redeemShortCode(code, CLIENT).orElseThrow().invitationId());

        w.host.refusedActions.clear();
        w.housekeeping.runOnce();
        assertNotNull(stored(w, id).reminderSentAt());
        assertEquals(smsBefore + 1, w.sms.delivered.size());
        assertEquals(1, count(w, "delaktig invitation.remind c1"));
        assertEquals(1, count(w, "delaktig invitation.send c1"));
    }

    @Test
    void aReminderThatLosesTheRaceIsNotAuditedAndGoesNextRound() throws Exception {
        World w = world(3, 0);
        String id = send(w, "c1", false);
        w.advance(Duration.ofDays(3));
        w.repository.loseNextUpdate = true;
        w.housekeeping.runOnce();
        assertNull(stored(w, id).reminderSentAt());
        assertEquals(0, count(w, "delaktig invitation.remind c1"), "not audited: nothing was attempted");
        w.housekeeping.runOnce();
        assertNotNull(stored(w, id).reminderSentAt());
        assertEquals(1, count(w, "delaktig invitation.remind c1"));
        w.advance(Duration.ofDays(1));
        w.housekeeping.runOnce();
        assertEquals(1, count(w, "delaktig invitation.remind c1"), "audited once");
    }

    @Test
    void aReminderThatCouldOnlyFallDueAtOrAfterExpiryKeepsNoAddress() throws Exception {
        for (int days : new int[] {14, 20}) {
            World w = world(days, 0);
            String id = send(w, "c1", false);
            StoredInvitation s = stored(w, id);
            assertFalse(w.core.reminderCanGo(s), days + " days");
            w.redemption.redeemShortCode(w.sms.lastCode(), CLIENT).orElseThrow();
            assertNull(stored(w, id).address(), "opened with reminder_after_days " + days);
        }
        World w = world(13, 0);
        String id = send(w, "c1", false);
        assertTrue(w.core.reminderCanGo(stored(w, id)));
        w.redemption.redeemShortCode(w.sms.lastCode(), CLIENT).orElseThrow();
        assertEquals("+46701234567", stored(w, id).address(), "due a day before the expiry");
    }

    @Test
    void withAKeepingTimeTheAddressOfAReminderThatCannotGoIsErasedByHousekeeping() throws Exception {
        World w = world(14, 1);
        String id = send(w, "c1", false);
        w.redemption.redeemShortCode(w.sms.lastCode(), CLIENT).orElseThrow();
        w.housekeeping.runOnce();
        assertEquals("+46701234567", stored(w, id).address(), "kept for address_keep_days");
        w.advance(Duration.ofDays(1));
        w.housekeeping.runOnce();
        assertNull(stored(w, id).address());
    }
}
