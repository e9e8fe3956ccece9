package se.delaktig.api.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoredInvitationTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-03-15T08:00:00Z");

    static StoredInvitation sent() {
        return new StoredInvitation("inv1", "case-1", "hur-har-du-det", "1.0.0", "sms", "+46701234567", "sv",
                InvitationStatus.SENT, "th", "sh", "p1", "staff-1", CREATED, EXPIRES, 1, CREATED, null, "key-1", null,
                CREATED, 3);
    }

    @Test
    void aLiveInvitationExpiresAtItsExpiryInstant() {
        StoredInvitation invitation = sent();
        assertFalse(invitation.expiredAt(EXPIRES.minusMillis(1)));
        assertTrue(invitation.expiredAt(EXPIRES), "the expiry instant itself is expired");
        assertEquals(InvitationStatus.SENT, invitation.statusAt(EXPIRES.minusMillis(1)));
        assertEquals(InvitationStatus.EXPIRED, invitation.statusAt(EXPIRES));
    }

    @Test
    void aFinalInvitationKeepsItsStatusPastExpiry() {
        StoredInvitation answered = sent().withStatus(InvitationStatus.ANSWERED, CREATED.plusSeconds(60));
        assertFalse(answered.expiredAt(EXPIRES.plusSeconds(1)));
        assertEquals(InvitationStatus.ANSWERED, answered.statusAt(EXPIRES.plusSeconds(1)));
    }

    @Test
    void theStatusChangeTimeMovesOnlyWhenTheStatusDoes() {
        Instant later = CREATED.plusSeconds(3600);
        assertEquals(CREATED, sent().withStatus(InvitationStatus.SENT, later).statusChangedAt());
        StoredInvitation opened = sent().withStatus(InvitationStatus.OPENED, later);
        assertEquals(later, opened.statusChangedAt());
        assertEquals(3, opened.revision(), "the repository, not the copy, moves the revision");
    }

    @Test
    void copiesChangeOneThing() {
        Instant later = CREATED.plusSeconds(60);
        StoredInvitation retried = sent().withAttempt(later, "SMS gateway answered HTTP 500");
        assertEquals(2, retried.sendCount());
        assertEquals(later, retried.lastSentAt());
        assertEquals("SMS gateway answered HTTP 500", retried.lastFailure());
        assertNull(sent().withoutAddress().address());
        assertEquals("+46701234567", sent().withExpiry(EXPIRES.plusSeconds(1)).address());
        assertEquals(later, sent().withReminderSent(later).reminderSentAt());
        StoredInvitation recoded = sent().withCodes("th2", "sh2", "p2");
        assertEquals("th2", recoded.tokenHash());
        assertEquals("p2", recoded.pepperId());
        assertEquals(sent().withStatus(InvitationStatus.SENT, later), sent(), "equal records for no change");
    }

    @Test
    void theAddressStaysOutOfLogs() {
        String text = sent().toString();
        assertFalse(text.contains("+4670"), text);
        assertTrue(text.contains("address=(redacted)"), text);
        assertTrue(sent().withoutAddress().toString().contains("address=none"));
    }
}
