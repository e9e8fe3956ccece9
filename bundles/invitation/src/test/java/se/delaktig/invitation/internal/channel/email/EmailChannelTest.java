package se.delaktig.invitation.internal.channel.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.delaktig.api.invitation.AddressKind;
import se.delaktig.api.invitation.DeliveryResult;
import se.delaktig.invitation.internal.Configs;
import se.delaktig.invitation.internal.channel.Deliveries;

class EmailChannelTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("delaktig", "s3cret"));

    private EmailChannel channel(Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>(Map.of("host", "127.0.0.1", "port", SMTP.getSmtp().getPort(),
                "tls", TlsMode.NONE, "user", "delaktig", "password", "s3cret",
                "from_address", "no-reply@kommun.example.se", "from_name", "Exempelstads kommun",
                "connect_timeout_ms", 2000, "timeout_ms", 5000));
        values.putAll(overrides);
        EmailChannel c = new EmailChannel();
        c.configure(Configs.of(EmailChannelConfiguration.class, values));
        return c;
    }

    @Test
    void aMessageArrivesWithTheNeutralTextAndTheLink() throws Exception {
        EmailChannel channel = channel(Map.of());
        assertEquals("email", channel.id());
        assertEquals(AddressKind.EMAIL, channel.addressKind());
        assertEquals("E-post", channel.label("sv"));
        assertEquals("E-mail", channel.label("en"));

        DeliveryResult result = channel.deliver(Deliveries.to("barn@example.se", "sv"));
        assertEquals(DeliveryResult.Outcome.ACCEPTED, result.outcome(), String.valueOf(result.reason()));
        assertNotNull(result.providerReference());

        assertTrue(SMTP.waitForIncomingEmail(5000, 1));
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertEquals("Några frågor till dig", received.getSubject());
        assertEquals("barn@example.se", ((InternetAddress) received.getAllRecipients()[0]).getAddress());
        assertEquals("no-reply@kommun.example.se", ((InternetAddress) received.getFrom()[0]).getAddress());
        assertEquals(result.providerReference(), received.getMessageID());
        assertTrue(received.getContentType().startsWith("text/plain"), received.getContentType());
        String body = new String(received.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(body.contains(Deliveries.LINK), body);
        assertTrue(body.contains("Här är din länk"), "UTF-8 survives: " + body);
    }

    @Test
    void aWrongPasswordGivesAFailedResultNotAnException() {
        DeliveryResult result = channel(Map.of("password", "wrong")).deliver(Deliveries.to("barn@example.se", "sv"));
        assertEquals(DeliveryResult.Outcome.FAILED, result.outcome());
        assertTrue(result.reason().contains("refused the sign-in"), result.reason());
    }

    @Test
    void aServerThatIsNotThereGivesAFailedResult() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        DeliveryResult result = channel(Map.of("port", closed)).deliver(Deliveries.to("barn@example.se", "sv"));
        assertEquals(DeliveryResult.Outcome.FAILED, result.outcome());
        assertTrue(result.reason().startsWith("the SMTP server could not be used"), result.reason());
        assertFalse(result.reason().contains("barn@example.se"));
    }

    @Test
    void starttlsIsRequiredWhenConfigured() {
        // GreenMail's plain SMTP does not offer STARTTLS: the channel must refuse to send in clear.
        DeliveryResult result = channel(Map.of("tls", TlsMode.STARTTLS)).deliver(Deliveries.to("barn@example.se", "sv"));
        assertEquals(DeliveryResult.Outcome.FAILED, result.outcome());
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void configurationIsChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> channel(Map.of("from_address", "not an address")));
        assertTrue(e.getMessage().startsWith("from_address:"));
        assertThrows(IllegalArgumentException.class, () -> channel(Map.of("host", " ")));
    }
}
