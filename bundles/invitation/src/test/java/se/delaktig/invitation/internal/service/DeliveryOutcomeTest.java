package se.delaktig.invitation.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.Delivery;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.InvitationView;
import se.delaktig.api.invitation.SendResult;

/** Every delivery attempt is audited with its outcome, and a channel's failure reason is cleaned before anyone sees it. */
class DeliveryOutcomeTest {

    private final World w = new World();

    @Test
    void eachAttemptIsAuditedWithItsOutcomeByWhoeverCausedIt() throws Exception {
        String id = w.service.create(World.ANNA, w.sms("c1")).invitation().id();
        w.sms.failWith = "gateway answered HTTP 500";
        w.service.resend(World.ANNA, id);
        w.service.create(World.ANNA, w.print("c1"));
        assertEquals(List.of("anna invitation.create c1", "anna invitation.send c1", "anna invitation.resend c1",
                "anna invitation.send_failed c1", "anna invitation.create c1", "anna invitation.send c1"),
                w.host.actions());
    }

    @Test
    void aRefusedOutcomeEventDoesNotUndoADeliveryThatLeft() throws Exception {
        w.host.refusedActions.add("invitation.send");
        SendResult result = w.service.create(World.ANNA, w.sms("c1"));
        assertTrue(result.delivered());
        assertEquals(InvitationStatus.SENT, w.repository.only().status());
        assertEquals(1, w.sms.delivered.size());
        assertEquals(List.of("anna invitation.create c1"), w.host.actions());
    }

    @Test
    void aChannelsReasonNeverCarriesTheAddressOrTheCodeIntoStoreLogOrView() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        w.sms.failQuotingSecrets = true;
        InvitationView view;
        try {
            String id = w.service.create(World.ANNA, w.sms("c1")).invitation().id();
            view = w.service.find(World.ANNA, id).orElseThrow();
        } finally {
            System.setErr(original);
        }
        Delivery sent = w.sms.attempted.get(0);
        String code = sent.shortCode();
        String token = sent.link().substring(sent.link().lastIndexOf('/') + 1);
        String stored = w.repository.only().lastFailure();
        assertEquals(InvitationStatus.DELIVERY_FAILED, view.status());
        assertTrue(stored.startsWith("gateway refused (redacted)"), stored);
        for (String text : List.of(stored, view.lastFailure(), captured.toString(StandardCharsets.UTF_8))) {
            for (String secret : List.of("+46701234567", "46701234567", "0701234567", code, code.replace("-", ""),
                    token)) {
                assertFalse(text.contains(secret), () -> "'" + secret + "' in: " + text);
            }
        }
    }
}
