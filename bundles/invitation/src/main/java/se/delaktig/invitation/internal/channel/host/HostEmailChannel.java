package se.delaktig.invitation.internal.channel.host;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import se.delaktig.api.invitation.AddressCheck;
import se.delaktig.api.invitation.DeliveryChannel;
import se.delaktig.host.api.MessageChannel;
import se.delaktig.host.api.MessageGateway;
import se.delaktig.invitation.internal.channel.ChannelLabels;
import se.delaktig.invitation.internal.channel.email.EmailAddresses;

/** EMAIL through the host's message gateway (in the demo: the reference host's outbox). */
@Component(service = DeliveryChannel.class, configurationPid = HostEmailChannel.PID,
        property = DeliveryChannel.ID_PROPERTY + "=" + HostEmailChannel.ID)
@Designate(ocd = HostEmailChannelConfiguration.class)
public class HostEmailChannel extends HostGatewayChannel {

    /** The configuration PID. */
    public static final String PID = "se.delaktig.invitation.channel.host-email";
    /** The channel id. */
    public static final String ID = "host-email";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile MessageGateway gateway;

    /** For DS. */
    public HostEmailChannel() {
        super(MessageChannel.EMAIL, new ChannelLabels("E-post via verksamhetssystemet", "E-mail through the case system"));
    }

    @Activate
    @Modified
    void configure(HostEmailChannelConfiguration c) {
        labels(new ChannelLabels(c.label__sv(), c.label__en()));
    }

    @Override
    MessageGateway gateway() {
        return gateway;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public AddressCheck checkAddress(String address) {
        return EmailAddresses.check(address);
    }
}
