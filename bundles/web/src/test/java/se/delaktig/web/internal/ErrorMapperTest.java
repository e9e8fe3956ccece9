package se.delaktig.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.delaktig.web.api.WebError;

class ErrorMapperTest {

    private final ErrorMapper mapper = new ErrorMapper();

    private static HttpHeaders accepting(MediaType type, Locale language) {
        return Fakes.of(HttpHeaders.class, Map.of(
                "getAcceptableMediaTypes", args -> List.of(type),
                "getAcceptableLanguages", args -> List.of(language)));
    }

    private static JsonNode json(Response response) throws Exception {
        assertTrue(response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE));
        return new ObjectMapper().readTree((String) response.getEntity());
    }

    @Test
    void webApplicationExceptionKeepsItsStatus() throws Exception {
        Response response = mapper.map(new NotFoundException("no such thing: /secret"), null);
        assertEquals(404, response.getStatus());
        JsonNode body = json(response);
        assertEquals(404, body.get("status").asInt());
        assertEquals("not_found", body.get("error").asText());
        assertFalse(body.get("message").asText().contains("secret"), "exception texts stay in the server");
    }

    @Test
    void webErrorKeepsItsCodeAndText() throws Exception {
        JsonNode body = json(mapper.map(new WebError(409, "already_sent", "The answers were already sent."), null));
        assertEquals(409, body.get("status").asInt());
        assertEquals("already_sent", body.get("error").asText());
        assertEquals("The answers were already sent.", body.get("message").asText());
    }

    @Test
    void standardTextFollowsTheRequestLanguage() throws Exception {
        HttpHeaders english = accepting(MediaType.APPLICATION_JSON_TYPE, Locale.ENGLISH);
        assertEquals("You need to sign in to do this.",
                json(mapper.map(new WebError(401, "unauthenticated", null), english)).get("message").asText());
        assertEquals("Du behöver logga in för att göra det här.",
                json(mapper.map(new WebError(401, "unauthenticated", null), null)).get("message").asText());
    }

    @Test
    void unexpectedFailureIsA500WithReferenceAndNoDetails() throws Exception {
        Response response = mapper.map(new IllegalStateException("database password is hunter2"), null);
        assertEquals(500, response.getStatus());
        String raw = (String) response.getEntity();
        assertFalse(raw.contains("hunter2"));
        assertFalse(raw.contains("IllegalStateException"));
        assertFalse(raw.contains("at se.delaktig"), "no stack trace");
        JsonNode body = json(response);
        assertEquals("internal_error", body.get("error").asText());
        String reference = body.get("reference").asText();
        assertTrue(reference.matches("[0-9a-f]{12}"), reference);
        assertTrue(body.get("message").asText().contains(reference));
    }

    @Test
    void eachFailureGetsItsOwnReference() throws Exception {
        String first = json(mapper.map(new RuntimeException(), null)).get("reference").asText();
        String second = json(mapper.map(new RuntimeException(), null)).get("reference").asText();
        assertFalse(first.equals(second));
    }

    @Test
    void unreadableJsonIsABadRequest() throws Exception {
        Response response = mapper.map(new JsonParseException(null, "Unexpected character"), null);
        assertEquals(400, response.getStatus());
        assertEquals("bad_request", json(response).get("error").asText());
    }

    @Test
    void ourOwnErrorKeepsItsStatusWhenWrapped() throws Exception {
        var wrapped = new com.fasterxml.jackson.databind.JsonMappingException(null, "while reading",
                RequestSizeLimitFilter.tooLarge());
        Response response = mapper.map(wrapped, null);
        assertEquals(413, response.getStatus());
        assertEquals("payload_too_large", json(response).get("error").asText());
    }

    @Test
    void headersOfTheOriginalResponseAreKept() {
        Response response = mapper.map(new NotAllowedException("GET", new String[] {"POST"}), null);
        assertEquals(405, response.getStatus());
        assertTrue(response.getHeaderString("Allow").contains("POST"));
    }

    @Test
    void browsersGetAnEscapedHtmlPage() {
        HttpHeaders browser = accepting(MediaType.TEXT_HTML_TYPE, Locale.ENGLISH);
        Response response = mapper.map(new WebError(400, "bad_request", "<script>alert(1)</script>"), browser);
        assertTrue(response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE));
        String page = (String) response.getEntity();
        assertTrue(page.contains("&lt;script&gt;"));
        assertFalse(page.contains("<script>"));
        assertTrue(page.contains("lang=\"en\""));
    }

    @Test
    void theLogOfUnreadableJsonNamesThePlaceNotTheContent() throws Exception {
        Exception failure = null;
        try {
            new ObjectMapper().readTree("{\"address\": barn@example.se}");
        } catch (JsonParseException e) {
            failure = e;
        }
        assertTrue(failure != null && failure.getMessage().contains("barn"), "the parser quotes the body");
        String logged = ErrorMapper.location(failure);
        assertEquals(" at line 1, column 17", logged);
        assertFalse(logged.contains("barn"));
        assertEquals("", ErrorMapper.location(new IllegalStateException("no JSON")));
    }
}
