package se.delaktig.invitation.internal.channel.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.AddressKind;
import se.delaktig.api.invitation.DeliveryResult;
import se.delaktig.invitation.internal.Configs;
import se.delaktig.invitation.internal.channel.Deliveries;

class SmsGatewayChannelTest {

    private record Received(String contentType, String auth, String body) {
    }

    private HttpServer server;
    private final CopyOnWriteArrayList<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile String answer = "{\"id\":\"msg-777\",\"status\":\"queued\"}";
    private volatile boolean hang;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/send", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange x) throws IOException {
        received.add(new Received(x.getRequestHeaders().getFirst("Content-Type"),
                x.getRequestHeaders().getFirst("Authorization"),
                new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        if (hang) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] out = answer.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, out.length);
        x.getResponseBody().write(out);
        x.close();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/send";
    }

    private SmsGatewayChannel channel(Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>(Map.of("url", url(), "allow_plain_http", true,
                "auth_header_value", "Bearer t0ken", "sender", "Kommunen",
                "connect_timeout_ms", 1000, "request_timeout_ms", 1000));
        values.putAll(overrides);
        SmsGatewayChannel c = new SmsGatewayChannel();
        c.configure(Configs.of(SmsGatewayConfiguration.class, values));
        return c;
    }

    @Test
    void successPostsJsonWithAuthAndReturnsTheGatewaysId() throws Exception {
        SmsGatewayChannel channel = channel(Map.of());
        assertEquals("sms", channel.id());
        assertEquals(AddressKind.PHONE, channel.addressKind());
        assertEquals("+46701234567", channel.checkAddress("070-123 45 67").normalized());

        DeliveryResult result = channel.deliver(Deliveries.to("+46701234567", "sv"));
        assertEquals(DeliveryResult.Outcome.ACCEPTED, result.outcome(), String.valueOf(result.reason()));
        assertEquals("msg-777", result.providerReference());

        Received r = received.get(0);
        assertEquals("Bearer t0ken", r.auth());
        assertTrue(r.contentType().startsWith("application/json"));
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertEquals("+46701234567", json.get("to").asText());
        assertEquals("Kommunen", json.get("from").asText());
        assertEquals(Deliveries.to("+46701234567", "sv").text(), json.get("message").asText());
    }

    @Test
    void formBodiesAreUrlEncoded() {
        answer = "OK";
        DeliveryResult result = channel(Map.of("body_format", BodyFormat.FORM,
                "body_template", "user=delaktig&dest={to}&msg={text}")).deliver(Deliveries.to("+46701234567", "en"));
        assertEquals(DeliveryResult.Outcome.ACCEPTED, result.outcome());
        assertNull(result.providerReference(), "no JSON answer, no reference");
        Received r = received.get(0);
        assertTrue(r.contentType().startsWith("application/x-www-form-urlencoded"));
        assertTrue(r.body().startsWith("user=delaktig&dest=%2B46701234567&msg="), r.body());
        String msg = URLDecoder.decode(r.body().substring(r.body().indexOf("msg=") + 4), StandardCharsets.UTF_8);
        assertEquals(Deliveries.to("+46701234567", "en").text(), msg);
    }

    @Test
    void aServerErrorIsAFailedResultWithoutTheSecrets() {
        status = 500;
        answer = "{\"error\":\"cannot deliver to 46701234567: " + Deliveries.LINK + "\"}";
        DeliveryResult result = channel(Map.of()).deliver(Deliveries.to("+46701234567", "sv"));
        assertEquals(DeliveryResult.Outcome.FAILED, result.outcome());
        assertTrue(result.reason().startsWith("the SMS gateway answered HTTP 500"), result.reason());
        assertFalse(result.reason().contains("701234567"), result.reason());
        assertFalse(result.reason().contains(Deliveries.TOKEN), result.reason());
    }

    @Test
    void aTimeoutIsAFailedResult() {
        hang = true;
        long start = System.nanoTime();
        DeliveryResult result = channel(Map.of("request_timeout_ms", 300)).deliver(Deliveries.to("+46701234567", "sv"));
        assertEquals(DeliveryResult.Outcome.FAILED, result.outcome());
        assertTrue(result.reason().contains("did not answer within 300 ms"), result.reason());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
    }

    @Test
    void anUnreachableGatewayIsAFailedResult() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        DeliveryResult result = channel(Map.of("url", "http://127.0.0.1:" + closed + "/send"))
                .deliver(Deliveries.to("+46701234567", "sv"));
        assertEquals(DeliveryResult.Outcome.FAILED, result.outcome());
        assertTrue(result.reason().startsWith("the SMS gateway could not be reached"), result.reason());
    }

    @Test
    void configurationIsChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> channel(Map.of("body_template", "{\"to\":\"{to}\",\"msg\":\"{text}\",\"x\":\"{name}\"}")));
        assertEquals("body_template: unknown placeholder {name}; use {to}, {text} and {sender}", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> channel(Map.of("body_template", "{\"to\":{to},\"m\":\"{text}\"}")));
        assertTrue(e.getMessage().startsWith("body_template: does not give valid JSON"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> channel(Map.of("body_template", "{\"m\":\"{text}\"}")));
        assertEquals("body_template: must contain {to} and {text}", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> channel(Map.of("allow_plain_http", false)));
        assertTrue(e.getMessage().startsWith("url: must be an https:// URL"));
        assertThrows(IllegalArgumentException.class, () -> channel(Map.of("sender", "A much too long sender")));
    }
}
