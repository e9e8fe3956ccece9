package se.delaktig.api.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvitationStatusTest {

    private static final Set<InvitationStatus> FINAL =
            EnumSet.of(InvitationStatus.ANSWERED, InvitationStatus.EXPIRED, InvitationStatus.REVOKED);

    @Test
    void answeredExpiredAndRevokedAreFinalAndLeadNowhere() {
        for (InvitationStatus status : InvitationStatus.values()) {
            assertEquals(FINAL.contains(status), status.isFinal(), status.name());
            assertEquals(!status.isFinal(), status.isRedeemable(), status.name());
            assertEquals(status.isFinal(), status.next().isEmpty(), status.name());
        }
    }

    @Test
    void everyLiveStatusMayExpireOrBeRevokedButNothingGoesBack() {
        for (InvitationStatus status : InvitationStatus.values()) {
            if (!status.isFinal()) {
                assertTrue(status.canMoveTo(InvitationStatus.EXPIRED) && status.canMoveTo(InvitationStatus.REVOKED), status.name());
            }
            assertFalse(status.canMoveTo(status), status + " to itself");
            assertFalse(status.canMoveTo(InvitationStatus.CREATED), status + " back to CREATED");
            assertFalse(status.canMoveTo(null));
        }
        assertFalse(InvitationStatus.OPENED.canMoveTo(InvitationStatus.SENT), "an opened invitation is not sent again");
        assertFalse(InvitationStatus.IN_PROGRESS.canMoveTo(InvitationStatus.OPENED));
        assertTrue(InvitationStatus.DELIVERY_FAILED.canMoveTo(InvitationStatus.SENT), "a failed delivery may be retried");
        assertTrue(InvitationStatus.CREATED.canMoveTo(InvitationStatus.OPENED), "a printed code is opened without sending");
    }

    @Test
    void onlyAnInvitationNotYetOpenedCanBeSent() {
        assertEquals(EnumSet.of(InvitationStatus.CREATED, InvitationStatus.SENT, InvitationStatus.DELIVERY_FAILED),
                EnumSet.copyOf(java.util.Arrays.stream(InvitationStatus.values()).filter(InvitationStatus::canSend).toList()));
    }

    @Test
    void theSetOfNextStatusesIsReadOnly() {
        assertThrows(UnsupportedOperationException.class, () -> InvitationStatus.CREATED.next().add(InvitationStatus.ANSWERED));
    }
}
