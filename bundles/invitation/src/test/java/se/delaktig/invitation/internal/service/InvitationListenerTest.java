package se.delaktig.invitation.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.InvitationEvent;
import se.delaktig.api.invitation.InvitationListener;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.SendResult;

/** The whiteboard listeners hear each successful delivery, never a failed one, and cannot break sending. */
class InvitationListenerTest {

    private final World w = new World();
    private final List<InvitationEvent> heard = new ArrayList<>();
    private final InvitationListener listener = heard::add;

    @Test
    void hearsEachSuccessfulDeliveryAfterItIsStored() throws Exception {
        w.core.bindListener(listener);
        w.core.bindListener(event -> assertEquals(InvitationStatus.SENT,
                w.repository.find(event.invitationId()).orElseThrow().status(), "stored before the listeners hear it"));
        SendResult sent = w.service.create(World.ANNA, w.sms("c1"));
        assertEquals(1, heard.size());
        InvitationEvent event = heard.get(0);
        assertEquals(sent.invitation().id(), event.invitationId());
        assertEquals(InvitationStatus.SENT, event.status());
        assertEquals("barn-8-12", event.questionnaireId());
        assertEquals("1.1.0", event.questionnaireVersion());
        assertEquals(World.START, event.at());
        assertTrue(event.toString().indexOf("+4670") < 0, "no address in the event");

        w.advance(Duration.ofMinutes(5));
        w.service.resend(World.ANNA, sent.invitation().id());
        assertEquals(2, heard.size(), "a resend is heard again: listeners count an invitation once");

        w.service.create(World.ANNA, w.print("c1"));
        assertEquals(3, heard.size(), "a printed hand-over reaches the child too");
    }

    @Test
    void aFailedDeliveryIsNotHeard() throws Exception {
        w.core.bindListener(listener);
        w.sms.failWith = "SMS gateway answered HTTP 500";
        SendResult r = w.service.create(World.ANNA, w.sms("c1"));
        assertEquals(InvitationStatus.DELIVERY_FAILED, r.invitation().status());
        assertTrue(heard.isEmpty());
    }

    @Test
    void aFailingListenerNeitherBreaksSendingNorSilencesTheOthers() throws Exception {
        w.core.bindListener(event -> {
            throw new IllegalStateException("statistics are down");
        });
        w.core.bindListener(listener);
        SendResult r = w.service.create(World.ANNA, w.sms("c1"));
        assertTrue(r.delivered());
        assertEquals(InvitationStatus.SENT, r.invitation().status());
        assertEquals(1, heard.size());

        w.core.unbindListener(listener);
        w.service.create(World.ANNA, w.sms("c1"));
        assertEquals(1, heard.size(), "an unbound listener hears nothing more");
    }
}
