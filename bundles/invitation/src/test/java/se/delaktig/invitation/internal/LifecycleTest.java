package se.delaktig.invitation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.delaktig.api.invitation.InvitationStatus.ANSWERED;
import static se.delaktig.api.invitation.InvitationStatus.CREATED;
import static se.delaktig.api.invitation.InvitationStatus.DELIVERY_FAILED;
import static se.delaktig.api.invitation.InvitationStatus.EXPIRED;
import static se.delaktig.api.invitation.InvitationStatus.IN_PROGRESS;
import static se.delaktig.api.invitation.InvitationStatus.OPENED;
import static se.delaktig.api.invitation.InvitationStatus.REVOKED;
import static se.delaktig.api.invitation.InvitationStatus.SENT;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.InvitationStatus;

class LifecycleTest {

    @Test
    void theHappyPathsAreAllowed() {
        assertPath(CREATED, SENT, OPENED, IN_PROGRESS, ANSWERED);
        assertPath(CREATED, DELIVERY_FAILED, SENT, OPENED, ANSWERED);
        assertPath(CREATED, OPENED, IN_PROGRESS, ANSWERED); // code handed over in person
        assertPath(SENT, DELIVERY_FAILED, OPENED); // a timed-out gateway may have delivered after all
    }

    @Test
    void finalStatusesGoNowhere() {
        for (InvitationStatus s : EnumSet.of(ANSWERED, EXPIRED, REVOKED)) {
            assertTrue(s.isFinal(), s.name());
            assertTrue(s.next().isEmpty());
            assertFalse(s.isRedeemable());
            assertFalse(s.canSend());
            for (InvitationStatus t : InvitationStatus.values()) {
                assertFalse(s.canMoveTo(t), s + " -> " + t);
            }
        }
    }

    @Test
    void everyLiveStatusCanBeRevokedOrExpire() {
        for (InvitationStatus s : EnumSet.complementOf(EnumSet.of(ANSWERED, EXPIRED, REVOKED))) {
            assertTrue(s.canMoveTo(REVOKED), s.name());
            assertTrue(s.canMoveTo(EXPIRED), s.name());
            assertTrue(s.isRedeemable(), s.name());
        }
    }

    @Test
    void forbiddenTransitions() {
        assertFalse(OPENED.canMoveTo(SENT), "no sending once opened");
        assertFalse(IN_PROGRESS.canMoveTo(OPENED), "no going back");
        assertFalse(CREATED.canMoveTo(ANSWERED), "not answered without opening");
        assertFalse(CREATED.canMoveTo(IN_PROGRESS));
        assertFalse(SENT.canMoveTo(SENT), "a resend is not a transition");
        assertFalse(CREATED.canMoveTo(null));
    }

    @Test
    void sendingIsForNotYetOpenedInvitations() {
        assertEquals(Set.of(CREATED, SENT, DELIVERY_FAILED),
                EnumSet.copyOf(java.util.Arrays.stream(InvitationStatus.values()).filter(InvitationStatus::canSend).toList()));
    }

    @Test
    void nextIsUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> CREATED.next().add(ANSWERED));
    }

    private static void assertPath(InvitationStatus... path) {
        for (int i = 1; i < path.length; i++) {
            assertTrue(path[i - 1].canMoveTo(path[i]), path[i - 1] + " -> " + path[i]);
        }
    }
}
