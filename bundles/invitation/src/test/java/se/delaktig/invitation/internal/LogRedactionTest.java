package se.delaktig.invitation.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.Delivery;
import se.delaktig.host.api.HostException;
import se.delaktig.host.api.MessageChannel;
import se.delaktig.host.api.MessageGateway;
import se.delaktig.host.api.OutgoingMessage;
import se.delaktig.invitation.internal.channel.Deliveries;
import se.delaktig.invitation.internal.channel.host.HostChannelsTestAccess;
import se.delaktig.invitation.internal.code.CodeHasher;
import se.delaktig.invitation.internal.code.NewCodes;
import se.delaktig.invitation.internal.limit.RedemptionLimiterTestAccess;

/** Runs every logging path with real secrets and reads what reached the log: no code, link, token or address. */
class LogRedactionTest {

    @Test
    void noSecretReachesALogLine() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        NewCodes codes = new CodeHasher("a-test-pepper-that-is-long-enough-0123456789", "1",
                new java.security.SecureRandom()).newCodes();
        String link = "https://kommun.example.se/delaktig/portal/i/" + codes.linkToken().value();
        Delivery email = new Delivery("inv-7", "barn@example.se", "sv", "Några frågor till dig",
                "Länk: " + link + " kod " + codes.shortCode().display(), link, Deliveries.PORTAL,
                codes.shortCode().display(), Instant.parse("2026-12-06T22:59:00Z"));
        Delivery sms = new Delivery("inv-7", "+46701234567", "sv", "s", email.text(), link, Deliveries.PORTAL,
                codes.shortCode().display(), email.expires());
        try {
            int closed;
            try (ServerSocket s = new ServerSocket(0)) {
                closed = s.getLocalPort();
            }
            // SMTP that is not there
            se.delaktig.invitation.internal.channel.email.EmailChannelTestAccess.closedPort(closed).deliver(email);
            // SMS gateway that answers 500 and echoes everything it got
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", x -> {
                byte[] echo = x.getRequestBody().readAllBytes();
                x.sendResponseHeaders(500, echo.length);
                x.getResponseBody().write(echo);
                x.close();
            });
            server.start();
            try {
                se.delaktig.invitation.internal.channel.sms.SmsGatewayChannelTestAccess
                        .at("http://127.0.0.1:" + server.getAddress().getPort() + "/").deliver(sms);
            } finally {
                server.stop(0);
            }
            // host gateway that refuses, quoting the message
            HostChannelsTestAccess.sms(new MessageGateway() {
                @Override
                public java.util.Set<MessageChannel> channels() {
                    return EnumSet.of(MessageChannel.SMS);
                }

                @Override
                public String send(OutgoingMessage m) throws HostException {
                    throw new HostException("refused " + m.address() + " text " + m.text());
                }

                @Override
                public void notifyCaseStaff(String caseId, String subject, String text) {
                }
            }).deliver(sms);
            // lockouts
            RedemptionLimiterTestAccess.lockOut(codes.shortCodeHash(), "203.0.113.9");
            // toString of everything that carries a secret
            org.slf4j.LoggerFactory.getLogger(LogRedactionTest.class).info("objects: {} {} {} {} {}", email, codes,
                    codes.shortCode(), codes.linkToken(), se.delaktig.api.invitation.DeliveryResult.delivered(null,
                            "<p>" + codes.shortCode().display() + "</p>"));
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("inv-7"), "the capture works: " + log);
        assertTrue(log.contains("SMS not sent") && log.contains("e-mail not sent") && log.contains("locked"), log);
        Map<String, String> secrets = new HashMap<>(Map.of(
                "token", codes.linkToken().value(),
                "code", codes.shortCode().display(),
                "canonical code", codes.shortCode().canonical(),
                "e-mail address", "barn@example.se",
                "phone", "701234567",
                "client address", "203.0.113.9"));
        secrets.forEach((what, secret) -> assertFalse(log.contains(secret), what + " in log:\n" + log));
    }
}
