package se.delaktig.invitation.internal.channel.email;

import java.util.Map;
import se.delaktig.invitation.internal.Configs;

/** Builds configured e-mail channels for tests in other packages. */
public final class EmailChannelTestAccess {

    private EmailChannelTestAccess() {
    }

    public static EmailChannel closedPort(int port) {
        EmailChannel c = new EmailChannel();
        c.configure(Configs.of(EmailChannelConfiguration.class, Map.of("host", "127.0.0.1", "port", port,
                "tls", TlsMode.NONE, "from_address", "no-reply@kommun.example.se", "connect_timeout_ms", 1000)));
        return c;
    }
}
