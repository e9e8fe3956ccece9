package se.delaktig.invitation.internal.channel.sms;

import java.util.Map;
import se.delaktig.invitation.internal.Configs;

/** Builds configured SMS channels for tests in other packages. */
public final class SmsGatewayChannelTestAccess {

    private SmsGatewayChannelTestAccess() {
    }

    public static SmsGatewayChannel at(String url) {
        SmsGatewayChannel c = new SmsGatewayChannel();
        c.configure(Configs.of(SmsGatewayConfiguration.class, Map.of("url", url, "allow_plain_http", true,
                "request_timeout_ms", 2000)));
        return c;
    }
}
