package se.delaktig.invitation.internal.channel.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.AddressKind;
import se.delaktig.api.invitation.DeliveryResult;
import se.delaktig.host.api.HostException;
import se.delaktig.host.api.MessageChannel;
import se.delaktig.host.api.MessageGateway;
import se.delaktig.host.api.OutgoingMessage;
import se.delaktig.invitation.internal.Configs;
import se.delaktig.invitation.internal.channel.Deliveries;

class HostChannelsTest {

    /** A host gateway that records what it is given. */
    static final class FakeGateway implements MessageGateway {
        final Set<MessageChannel> channels;
        final List<OutgoingMessage> sent = new ArrayList<>();
        String refuse;

        FakeGateway(Set<MessageChannel> channels) {
            this.channels = channels;
        }

        @Override
        public Set<MessageChannel> channels() {
            return channels;
        }

        @Override
        public String send(OutgoingMessage message) throws HostException {
            if (refuse != null) {
                throw new HostException(refuse);
            }
            sent.add(message);
            return "outbox-" + sent.size();
        }

        @Override
        public void notifyCaseStaff(String caseId, String subject, String text) {
        }
    }

    @Test
    void withoutAGatewayTheChannelIsNotOffered() {
        HostSmsChannel sms = new HostSmsChannel();
        assertFalse(sms.available());
        DeliveryResult r = sms.deliver(Deliveries.to("+46701234567", "sv"));
        assertEquals(DeliveryResult.Outcome.FAILED, r.outcome());
        assertTrue(r.reason().contains("not available"));
    }

    @Test
    void aGatewayWithoutTheKindDoesNotOfferIt() {
        HostSmsChannel sms = new HostSmsChannel();
        sms.gateway = new FakeGateway(EnumSet.of(MessageChannel.EMAIL));
        assertFalse(sms.available());
        HostEmailChannel email = new HostEmailChannel();
        email.gateway = sms.gateway;
        assertTrue(email.available());
    }

    @Test
    void deliversThroughTheHost() {
        FakeGateway gateway = new FakeGateway(EnumSet.allOf(MessageChannel.class));
        HostSmsChannel sms = new HostSmsChannel();
        sms.gateway = gateway;
        sms.configure(Configs.of(HostSmsChannelConfiguration.class, Map.of()));
        assertEquals("host-sms", sms.id());
        assertEquals(AddressKind.PHONE, sms.addressKind());
        assertEquals("SMS via verksamhetssystemet", sms.label("sv"));
        assertEquals("+46701234567", sms.checkAddress("0701234567").normalized());

        DeliveryResult r = sms.deliver(Deliveries.to("+46701234567", "sv"));
        assertEquals(DeliveryResult.accepted("outbox-1"), r);
        OutgoingMessage m = gateway.sent.get(0);
        assertEquals(MessageChannel.SMS, m.channel());
        assertEquals("+46701234567", m.address());
        assertTrue(m.text().contains(Deliveries.LINK));
        assertEquals(null, m.caseId(), "a delivery without its case names none");

        HostEmailChannel email = new HostEmailChannel();
        email.gateway = gateway;
        assertEquals("host-email", email.id());
        assertEquals(AddressKind.EMAIL, email.addressKind());
        assertFalse(email.checkAddress("nope").valid());
        assertEquals(DeliveryResult.Outcome.ACCEPTED, email.deliver(Deliveries.to("barn@example.se", "en")).outcome());
        assertEquals(MessageChannel.EMAIL, gateway.sent.get(1).channel());

        // the host files the message with the invitation's case (its outbox rule), never in the text
        sms.deliver(Deliveries.ofCase("+46701234567", "case-17"));
        assertEquals("case-17", gateway.sent.get(2).caseId());
        assertFalse(gateway.sent.get(2).text().contains("case-17"));
    }

    @Test
    void aRefusalIsAFailedResultWithoutTheAddress() {
        FakeGateway gateway = new FakeGateway(EnumSet.of(MessageChannel.SMS));
        gateway.refuse = "no such subscriber +46701234567";
        HostSmsChannel sms = new HostSmsChannel();
        sms.gateway = gateway;
        DeliveryResult r = sms.deliver(Deliveries.to("+46701234567", "sv"));
        assertEquals(DeliveryResult.Outcome.FAILED, r.outcome());
        assertTrue(r.reason().startsWith("the host's message gateway refused the message"), r.reason());
        assertFalse(r.reason().contains("701234567"), r.reason());
    }
}
