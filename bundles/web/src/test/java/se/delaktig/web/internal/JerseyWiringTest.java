package se.delaktig.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/**
 * The extensions inside a real, in-memory Jersey, registered as the whiteboard does (instances),
 * to catch what fakes cannot: injection, filter order, exceptions wrapped by Jackson.
 */
class JerseyWiringTest {

    public record Note(String text) {
    }

    @Path("notes")
    public static class Notes {
        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public Note echo(Note note) {
            return note;
        }

        @GET
        @Path("boom")
        @Produces(MediaType.APPLICATION_JSON)
        public Note boom() {
            throw new IllegalStateException("secret detail");
        }
    }

    /** Negotiates like the status endpoint: JSON unless the client prefers HTML. */
    @Path("status")
    public static class Negotiated {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Note json() {
            return new Note("json");
        }

        @GET
        @Produces(MediaType.TEXT_HTML + ";qs=0.5")
        public String html() {
            return "<p>html</p>";
        }
    }

    @Test
    void theStatusEndpointAnswersJsonByDefaultAndHtmlToBrowsers() throws Exception {
        assertEquals("{\"text\":\"json\"}", call("GET", "status", Map.of(), null).body());
        assertEquals("{\"text\":\"json\"}", call("GET", "status", Map.of("Accept", "*/*"), null).body());
        assertEquals("{\"text\":\"json\"}", call("GET", "status", Map.of("Accept", "application/json"), null).body());
        Answer browser = call("GET", "status", Map.of("Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"), null);
        assertEquals("<p>html</p>", browser.body());
        assertTrue(browser.headers().get("Content-Security-Policy").toString().contains("style-src 'self'"), browser.headers().toString());
    }

    private final ApplicationHandler jersey = new ApplicationHandler(new ResourceConfig(Notes.class, Negotiated.class)
            .register(new JacksonFeature()).register(new ErrorFeature())
            .register(new SecurityHeadersFilter()).register(new RequestSizeLimitFilter()));

    private record Answer(int status, Map<String, ?> headers, String body) {
    }

    private Answer call(String method, String path, Map<String, String> headers, String body) throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/"),
                URI.create("http://localhost/" + path), method, null, new MapPropertiesDelegate(), null);
        headers.forEach(request::header);
        if (body != null) {
            request.setEntityStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContainerResponse response = jersey.apply(request, out).get();
        return new Answer(response.getStatus(), response.getHeaders(), out.toString(StandardCharsets.UTF_8));
    }

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    @Test
    void jsonRoundTripWithSecurityHeaders() throws Exception {
        Answer answer = call("POST", "notes", JSON, "{\"text\":\"hej\"}");
        assertEquals(200, answer.status());
        assertEquals("{\"text\":\"hej\"}", answer.body());
        assertEquals("[no-store]", answer.headers().get("Cache-Control").toString());
    }

    @Test
    void failuresBecomeJsonErrorsInTheRequestLanguage() throws Exception {
        Answer boom = call("GET", "notes/boom", Map.of("Accept-Language", "en"), null);
        assertEquals(500, boom.status());
        assertTrue(boom.body().contains("\"reference\"") && !boom.body().contains("secret"), boom.body());
        assertTrue(boom.body().contains("An unexpected error"), boom.body());
        assertEquals(400, call("POST", "notes", JSON, "{bad").status());
        Answer missing = call("GET", "nothing", Map.of("Accept", "text/html"), null);
        assertEquals(404, missing.status());
        assertTrue(missing.body().startsWith("<!DOCTYPE html>") && missing.body().contains("lang=\"sv\""));
        assertTrue(missing.headers().get("Content-Security-Policy").toString().contains("style-src 'self'"));
    }

    @Test
    void oversizedBodiesAre413EvenWhenJacksonIsReadingThem() throws Exception {
        String big = "{\"text\":\"" + "x".repeat(70_000) + "\"}";
        Answer chunked = call("POST", "notes", JSON, big);
        assertEquals(413, chunked.status(), chunked.body());
        assertTrue(chunked.body().contains("payload_too_large"));
        Answer declared = call("POST", "notes", Map.of("Content-Type", "application/json", "Content-Length", "70000"), "{}");
        assertEquals(413, declared.status());
    }
}
