package se.delaktig.invitation.internal.channel.host;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.invitation.AddressKind;
import se.delaktig.api.invitation.Delivery;
import se.delaktig.api.invitation.DeliveryChannel;
import se.delaktig.api.invitation.DeliveryResult;
import se.delaktig.host.api.HostException;
import se.delaktig.host.api.MessageChannel;
import se.delaktig.host.api.MessageGateway;
import se.delaktig.host.api.OutgoingMessage;
import se.delaktig.invitation.internal.channel.ChannelLabels;
import se.delaktig.invitation.internal.channel.Redaction;

/** Delivery through the host's {@link MessageGateway}; offered only while the host has one that supports the kind. */
abstract class HostGatewayChannel implements DeliveryChannel {

    private static final Logger LOG = LoggerFactory.getLogger(HostGatewayChannel.class);

    private final MessageChannel kind;
    private volatile ChannelLabels labels;

    HostGatewayChannel(MessageChannel kind, ChannelLabels labels) {
        this.kind = kind;
        this.labels = labels;
    }

    /** @return the host's gateway now, or {@code null} (optional, dynamic reference) */
    abstract MessageGateway gateway();

    void labels(ChannelLabels labels) {
        this.labels = labels;
    }

    @Override
    public String label(String language) {
        return labels.in(language);
    }

    @Override
    public AddressKind addressKind() {
        return kind == MessageChannel.SMS ? AddressKind.PHONE : AddressKind.EMAIL;
    }

    @Override
    public boolean available() {
        MessageGateway g = gateway();
        try {
            return g != null && g.channels().contains(kind);
        } catch (RuntimeException e) {
            LOG.warn("The host's message gateway failed to list its channels: {}", e.toString());
            return false;
        }
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        MessageGateway g = gateway();
        if (g == null || !available()) {
            return failed(delivery, "the host's message gateway is not available for " + kind);
        }
        try {
            String id = g.send(new OutgoingMessage(kind, delivery.address(), delivery.subject(), delivery.text(),
                    delivery.caseId().isEmpty() ? null : delivery.caseId()));
            LOG.debug("Invitation {} accepted by the host's message gateway", delivery.reference());
            return DeliveryResult.accepted(id);
        } catch (HostException | RuntimeException e) {
            return failed(delivery, "the host's message gateway refused the message"
                    + (e.getMessage() == null ? "" : ": " + Redaction.clean(e.getMessage(), delivery)));
        }
    }

    private static DeliveryResult failed(Delivery delivery, String reason) {
        LOG.warn("Invitation {}: not sent: {}", delivery.reference(), reason);
        return DeliveryResult.failed(reason);
    }
}
