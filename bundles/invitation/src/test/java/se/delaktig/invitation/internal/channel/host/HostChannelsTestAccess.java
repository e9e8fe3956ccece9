package se.delaktig.invitation.internal.channel.host;

import se.delaktig.host.api.MessageGateway;

/** Builds host channels for tests in other packages. */
public final class HostChannelsTestAccess {

    private HostChannelsTestAccess() {
    }

    public static HostSmsChannel sms(MessageGateway gateway) {
        HostSmsChannel c = new HostSmsChannel();
        c.gateway = gateway;
        return c;
    }
}
