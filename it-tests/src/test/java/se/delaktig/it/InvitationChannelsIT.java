package se.delaktig.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.delaktig.it.browser.DemoServer;

/**
 * Invitations through real delivery channels, end to end: the demo in its own process with an
 * administrator's configuration files for SMTP (GreenMail, a real SMTP server in this JVM) and an
 * HTTP SMS gateway (a local HTTP server in this JVM), driven through the staff REST API.
 */
class InvitationChannelsIT {

    private static final Pattern CASE_ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CASE_LINK = Pattern.compile("href=\"/host/cases/([^\"/]+)\"");
    private static GreenMail smtp;
    private static HttpServer smsGateway;
    private static final List<String> smsBodies = new CopyOnWriteArrayList<>();
    private static final AtomicInteger smsStatus = new AtomicInteger(200);
    private static DemoServer server;

    @BeforeAll
    static void start() throws Exception {
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        smsGateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        smsGateway.createContext("/sms", exchange -> {
            smsBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"id\":\"gw-1\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(smsStatus.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        smsGateway.start();
        Map<String, String> files = new java.util.HashMap<>(DemoServer.WITHOUT_HISTORY);
        files.putAll(Map.of(
                "se.delaktig.invitation.channel.email.cfg", "host=127.0.0.1\nport=" + smtp.getSmtp().getPort()
                        + "\ntls=NONE\nfrom_address=no-reply@exempelby.example\n",
                "se.delaktig.invitation.channel.sms.cfg", "url=http://127.0.0.1:" + smsGateway.getAddress().getPort()
                        + "/sms\nallow_plain_http=true\nsender=Exempelby\n"));
        server = DemoServer.start(files);
        awaitChannels("email", "sms");
    }

    /**
     * The demo is ready when its pages answer; FileInstall may still be applying the channels'
     * configuration files then, so wait (with a deadline) until both channels are offered.
     */
    private static void awaitChannels(String... ids) throws Exception {
        HttpClientSession anna = new HttpClientSession(server.base()).signIn("anna");
        String caseId = openUnprotectedCase(anna);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpClientSession.Response options = anna.get("/delaktig/api/cases/" + caseId + "/invitations/options");
            last = options.body();
            if (options.status() == 200) {
                JsonNode channels = new ObjectMapper().readTree(last).path("channels");
                java.util.Set<String> offered = new java.util.HashSet<>();
                channels.forEach(c -> {
                    if (c.path("available").asBoolean()) {
                        offered.add(c.path("id").asText());
                    }
                });
                if (offered.containsAll(java.util.List.of(ids))) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the channels " + java.util.Arrays.toString(ids) + " were not offered within 60 s: "
                + last + server.log());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (smsGateway != null) {
            smsGateway.stop(0);
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void anEmailInvitationArrivesThroughSmtpWithANeutralText() throws Exception {
        HttpClientSession anna = new HttpClientSession(server.base()).signIn("anna");
        String caseId = openUnprotectedCase(anna);
        HttpClientSession.Response created = create(anna, caseId, "email", "barn@example.se", "mail-1");
        assertEquals(201, created.status(), created.body() + server.log());
        assertTrue(smtp.waitForIncomingEmail(20_000, 1), "no e-mail arrived");
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertEquals("barn@example.se", message.getAllRecipients()[0].toString());
        String body = GreenMailUtil.getBody(message);
        assertTrue(body.contains("/delaktig/portal/l/"), body);
        assertFalse(body.contains(caseId), "the case id must not be in the message");
        assertFalse(body.toLowerCase().contains("social"), "no word of social services in the default text");

        HttpClientSession.Response again = create(anna, caseId, "email", "barn@example.se", "mail-1");
        assertEquals(200, again.status(), "the same idempotency key gives the same invitation");
        Thread.sleep(500);
        assertEquals(1, smtp.getReceivedMessages().length, "a double click sends one message");
    }

    @Test
    void anSmsGoesThroughTheHttpGatewayAndAFailedDeliveryCanBeResent() throws Exception {
        HttpClientSession anna = new HttpClientSession(server.base()).signIn("anna");
        String caseId = openUnprotectedCase(anna);
        smsStatus.set(500);
        HttpClientSession.Response failed = create(anna, caseId, "sms", "070-123 45 67", "sms-1");
        assertEquals(201, failed.status(), failed.body());
        JsonNode failedResult = new ObjectMapper().readTree(failed.body());
        assertFalse(failedResult.path("delivered").asBoolean(), failed.body());
        assertEquals("DELIVERY_FAILED", failedResult.path("invitation").path("status").asText(), failed.body());
        String invitationId = failedResult.path("invitation").path("id").asText();

        smsStatus.set(200);
        HttpClientSession.Response resent = anna.postRaw("/delaktig/api/cases/" + caseId + "/invitations/" + invitationId
                + "/resend", "application/json", "{}");
        assertEquals(200, resent.status(), resent.body());
        assertEquals("SENT", new ObjectMapper().readTree(resent.body()).path("invitation").path("status").asText());
        String lastSms = smsBodies.get(smsBodies.size() - 1);
        assertTrue(lastSms.contains("+46701234567"), lastSms);
        assertTrue(lastSms.contains("/delaktig/portal/l/"), lastSms);
        assertFalse(lastSms.contains(caseId));

        assertEquals(422, create(anna, caseId, "sms", "not a number", "sms-2").status(), "an invalid number is refused");
        String audit = new HttpClientSession(server.base()).signIn("admin").get("/host/audit").body();
        assertTrue(audit.contains("invitation."), "invitation actions are in the host's audit trail");
    }

    private static HttpClientSession.Response create(HttpClientSession session, String caseId, String channel,
                                                     String address, String key) {
        String json = "{\"channelId\":\"" + channel + "\",\"address\":\"" + address + "\",\"language\":\"sv\","
                + "\"idempotencyKey\":\"" + key + "\"}";
        return session.postRaw("/delaktig/api/cases/" + caseId + "/invitations", "application/json", json);
    }

    /** A case of the caseworker's that is open and has no protected identity (the list shows both). */
    private static String openUnprotectedCase(HttpClientSession session) {
        String list = session.get("/host/?lang=sv").body();
        Matcher rows = CASE_ROW.matcher(list);
        while (rows.find()) {
            String row = rows.group(1);
            Matcher link = CASE_LINK.matcher(row);
            if (link.find() && !row.contains("Skyddad identitet") && !row.contains("Avslutat")) {
                return link.group(1);
            }
        }
        throw new AssertionError("no open, unprotected case in: " + list);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
