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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.delaktig.it.browser.DemoServer;

/**
 * Invitations through real delivery channels, end to end: the demo in its own process with an
 * administrator's configuration files for SMTP (GreenMail, a real SMTP server in this JVM), an
 * HTTP SMS gateway (a local HTTP server in this JVM) and a portal behind a (simulated) reverse
 * proxy, driven through the staff REST API; the child redeems what arrived through the portal.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvitationChannelsIT {

    private static final String PORTAL = "/delaktig/portal";
    private static final Pattern LINK_TOKEN = Pattern.compile(PORTAL + "/l/([A-Za-z0-9_-]{22,})");
    private static final Pattern SHORT_CODE = Pattern.compile("\\b([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})\\b");
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
                        + "/sms\nallow_plain_http=true\nsender=Exempelby\n",
                // Every request comes from the test on this machine: it plays the proxy, the header the child.
                "se.delaktig.portal.config", "trusted.proxies=[\"127.0.0.1\",\"::1\"]\n"));
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
    @Order(1)
    void anEmailInvitationArrivesThroughSmtpWithANeutralTextAndItsLinkAndCodeOpenThePortal() throws Exception {
        HttpClientSession anna = new HttpClientSession(server.base()).signIn("anna");
        String caseId = openUnprotectedCase(anna);
        List<HostAudit.Entry> before = HostAudit.entries(admin(), caseId);
        HttpClientSession.Response created = create(anna, caseId, "email", "barn@example.se", "mail-1");
        assertEquals(201, created.status(), created.body() + server.log());
        String invitationId = new ObjectMapper().readTree(created.body()).path("invitation").path("id").asText();
        MimeMessage message = awaitMail("barn@example.se", 1);
        String body = text(message);
        assertTrue(body.contains(PORTAL + "/l/"), body);
        assertFalse(body.contains(caseId), "the case id must not be in the message");
        assertFalse(body.toLowerCase().contains("social"), "no word of social services in the default text");

        HttpClientSession.Response again = create(anna, caseId, "email", "barn@example.se", "mail-1");
        assertEquals(200, again.status(), "the same idempotency key gives the same invitation");
        Thread.sleep(500);
        assertEquals(1, mailsTo("barn@example.se").size(), "a double click sends one message");
        List<HostAudit.Entry> afterSend = HostAudit.entries(admin(), caseId);
        assertEquals(annas(before, "invitation.send") + 1, annas(afterSend, "invitation.send"),
                "the delivery is in the host's audit trail once, as anna's: " + afterSend);
        assertEquals(annas(before, "invitation.send_failed"), annas(afterSend, "invitation.send_failed"),
                afterSend::toString);

        assertEquals("SENT", status(anna, caseId, invitationId));
        assertEquals(PORTAL + "/intro", openLink(find(LINK_TOKEN, body)), "the e-mail's link opens the portal");
        assertEquals("OPENED", status(anna, caseId, invitationId));
        assertEquals(PORTAL + "/intro", typeCode(new HttpClientSession(server.base()), find(SHORT_CODE, body), null),
                "the e-mail's code opens it too, until the answers are sent");
        assertEquals("OPENED", status(anna, caseId, invitationId));

        List<HostAudit.Entry> audit = HostAudit.entries(admin(), caseId);
        assertTrue(audit.stream().anyMatch(e -> e.action().equals("invitation.create") && e.who().contains("staff-01")),
                "the creation is in the host's audit trail as anna's: " + audit);
    }

    @Test
    @Order(2)
    void anSmsGoesThroughTheHttpGatewayAFailedDeliveryCanBeResentAndItsLinkOpensThePortal() throws Exception {
        HttpClientSession anna = new HttpClientSession(server.base()).signIn("anna");
        String caseId = openUnprotectedCase(anna);
        List<HostAudit.Entry> before = HostAudit.entries(admin(), caseId);
        smsStatus.set(500);
        HttpClientSession.Response failed = create(anna, caseId, "sms", "070-123 45 67", "sms-1");
        assertEquals(201, failed.status(), failed.body());
        JsonNode failedResult = new ObjectMapper().readTree(failed.body());
        assertFalse(failedResult.path("delivered").asBoolean(), failed.body());
        assertEquals("DELIVERY_FAILED", failedResult.path("invitation").path("status").asText(), failed.body());
        String invitationId = failedResult.path("invitation").path("id").asText();
        List<HostAudit.Entry> afterFailure = HostAudit.entries(admin(), caseId);
        assertEquals(annas(before, "invitation.send_failed") + 1, annas(afterFailure, "invitation.send_failed"),
                "the failed delivery is in the host's audit trail as anna's: " + afterFailure);
        assertEquals(annas(before, "invitation.send"), annas(afterFailure, "invitation.send"),
                "a failed delivery is not audited as sent: " + afterFailure);

        smsStatus.set(200);
        HttpClientSession.Response resent = anna.postRaw("/delaktig/api/cases/" + caseId + "/invitations/" + invitationId
                + "/resend", "application/json", "{}");
        assertEquals(200, resent.status(), resent.body());
        assertEquals("SENT", new ObjectMapper().readTree(resent.body()).path("invitation").path("status").asText());
        List<HostAudit.Entry> afterResend = HostAudit.entries(admin(), caseId);
        assertEquals(annas(before, "invitation.send") + 1, annas(afterResend, "invitation.send"),
                "the resent delivery is in the host's audit trail as anna's: " + afterResend);
        assertEquals(annas(afterFailure, "invitation.send_failed"), annas(afterResend, "invitation.send_failed"),
                afterResend::toString);
        String lastSms = smsBodies.get(smsBodies.size() - 1);
        assertTrue(lastSms.contains("+46701234567"), lastSms);
        assertTrue(lastSms.contains("/delaktig/portal/l/"), lastSms);
        assertFalse(lastSms.contains(caseId));

        assertEquals(422, create(anna, caseId, "sms", "not a number", "sms-2").status(), "an invalid number is refused");

        assertEquals(PORTAL + "/intro", openLink(find(LINK_TOKEN, lastSms)), "the SMS's link opens the portal");
        assertEquals("OPENED", status(anna, caseId, invitationId));
        List<String> actions = HostAudit.actions(admin(), caseId);
        assertTrue(actions.contains("invitation.create"), actions.toString());
        assertTrue(actions.contains("invitation.resend"), actions.toString());
    }

    @Test
    @Order(3)
    void aRevokedInvitationsLinkNoLongerOpensThePortalAndTheRevocationIsAudited() throws Exception {
        HttpClientSession anna = new HttpClientSession(server.base()).signIn("anna");
        String caseId = openUnprotectedCase(anna);
        int before = smsBodies.size();
        long sendsBefore = annas(HostAudit.entries(admin(), caseId), "invitation.send");
        HttpClientSession.Response created = create(anna, caseId, "sms", "070-765 43 21", "sms-revoke");
        assertEquals(201, created.status(), created.body());
        List<HostAudit.Entry> afterSend = HostAudit.entries(admin(), caseId);
        assertEquals(sendsBefore + 1, annas(afterSend, "invitation.send"),
                "the SMS delivery is in the host's audit trail as anna's: " + afterSend);
        String invitationId = new ObjectMapper().readTree(created.body()).path("invitation").path("id").asText();
        String sms = smsBodies.subList(before, smsBodies.size()).stream().filter(b -> b.contains("+46707654321"))
                .findFirst().orElseThrow(() -> new AssertionError("no SMS to +46707654321: " + smsBodies));
        String token = find(LINK_TOKEN, sms);

        HttpClientSession.Response revoked = anna.postRaw("/delaktig/api/cases/" + caseId + "/invitations/"
                + invitationId + "/revoke", "application/json", "{}");
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals("REVOKED", status(anna, caseId, invitationId));
        assertTrue(openLink(token).startsWith(PORTAL + "/?e=code"), "a revoked link gets the uniform refusal");
        assertEquals("REVOKED", status(anna, caseId, invitationId));
        List<HostAudit.Entry> audit = HostAudit.entries(admin(), caseId);
        assertTrue(audit.stream().anyMatch(e -> e.action().equals("invitation.revoke") && e.who().contains("staff-01")),
                "the revocation is in the host's audit trail as anna's: " + audit);
    }

    /**
     * Behind a trusted proxy each child has its own rate limit: ten wrong codes from one forwarded
     * address lock that address only, and neither a spoofed left-most address nor a browser's own
     * {@code Forwarded} header (which the proxy, setting X-Forwarded-For, passes through) gets round
     * the lock or aims it at another child. Last, since without the proxy setting the wrong codes
     * would lock out this test's own address.
     */
    @Test
    @Order(4)
    void behindATrustedProxyWrongCodesLockOutOneChildNotEveryone() throws Exception {
        HttpClientSession anna = new HttpClientSession(server.base()).signIn("anna");
        String caseId = openUnprotectedCase(anna);
        HttpClientSession.Response created = anna.postRaw("/delaktig/api/cases/" + caseId + "/invitations",
                "application/json", "{\"channelId\":\"print\",\"language\":\"sv\",\"idempotencyKey\":\"proxy-1\"}");
        assertEquals(201, created.status(), created.body());
        String code = new ObjectMapper().readTree(created.body()).path("handOver").path("shortCode").asText();
        String guesser = "198.51.100.7";
        String victim = "198.51.100.8";
        for (char last : "QRTWXY3479".toCharArray()) { // ten readable codes: unreadable ones share one code key
            String guess = "ACDE-FHJK-MNP" + last;
            // The guesser's browser names the victim in its own Forwarded header, trying to lock the victim out.
            assertTrue(typeCode(new HttpClientSession(server.base()), guess, guesser, "for=" + victim)
                    .startsWith(PORTAL + "/?e=code"));
        }
        assertTrue(typeCode(new HttpClientSession(server.base()), code, guesser).startsWith(PORTAL + "/?e=code"),
                "the guessing address is locked, even with the right code");
        assertTrue(typeCode(new HttpClientSession(server.base()), code, "203.0.113.9, " + guesser)
                .startsWith(PORTAL + "/?e=code"), "a made-up left-most address does not unlock it");
        assertTrue(typeCode(new HttpClientSession(server.base()), code, guesser, "for=203.0.113.77")
                .startsWith(PORTAL + "/?e=code"), "a browser's own Forwarded header does not unlock it");
        assertEquals(PORTAL + "/intro", typeCode(new HttpClientSession(server.base()), code, victim),
                "another child behind the same proxy is not locked out, though the guesser's Forwarded named it");
    }

    /** The link as a phone follows it: GET the link, then the page's button; @return where the portal sent the child */
    private static String openLink(String token) {
        HttpClientSession phone = new HttpClientSession(server.base());
        HttpClientSession.Response link = phone.get(PORTAL + "/l/" + token);
        assertEquals(303, link.status(), link.body());
        assertEquals(200, phone.get(PORTAL + "/l").status());
        return location(phone.post(PORTAL + "/l", Map.of("lang", "sv")));
    }

    /** @param forwardedFor the proxy's X-Forwarded-For, or null @return where the portal sent the child */
    private static String typeCode(HttpClientSession child, String code, String forwardedFor) {
        return typeCode(child, code, forwardedFor, null);
    }

    /** @param forwarded a {@code Forwarded} header from the child's browser, passed through by the proxy, or null */
    private static String typeCode(HttpClientSession child, String code, String forwardedFor, String forwarded) {
        Map<String, String> headers = new java.util.HashMap<>();
        if (forwardedFor != null) {
            headers.put("X-Forwarded-For", forwardedFor);
        }
        if (forwarded != null) {
            headers.put("Forwarded", forwarded);
        }
        return location(child.send(PORTAL + "/", "application/x-www-form-urlencoded", "lang=sv&code=" + code,
                headers));
    }

    private static String location(HttpClientSession.Response r) {
        assertEquals(303, r.status(), r.body());
        return r.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    private static String status(HttpClientSession staff, String caseId, String invitationId) throws IOException {
        HttpClientSession.Response r = staff.getJson("/delaktig/api/cases/" + caseId + "/invitations/" + invitationId);
        assertEquals(200, r.status(), r.body());
        return new ObjectMapper().readTree(r.body()).path("status").asText();
    }

    /** How many of the case's audit entries are {@code action} by anna (staff-01). */
    private static long annas(List<HostAudit.Entry> audit, String action) {
        return audit.stream().filter(e -> e.action().equals(action) && e.who().contains("staff-01")).count();
    }

    private static HttpClientSession admin() {
        return new HttpClientSession(server.base()).signIn("admin");
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertTrue(m.find(), pattern + " not in: " + text);
        return m.group(1);
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (address.equals(m.getAllRecipients()[0].toString())) {
                found.add(m);
            }
        }
        return found;
    }

    private static MimeMessage awaitMail(String address, int count) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (mailsTo(address).size() < count) {
            assertTrue(System.nanoTime() < deadline, "no e-mail to " + address + " within 20 s");
            Thread.sleep(100);
        }
        return mailsTo(address).get(count - 1);
    }

    /** The decoded text (quoted-printable soft line breaks would otherwise split the link). */
    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof String text ? text : GreenMailUtil.getBody(message);
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
