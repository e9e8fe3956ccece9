package se.delaktig.invitation.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
