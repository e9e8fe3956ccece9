package se.delaktig.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.delaktig.web.render.HtmlRenderer;
import se.delaktig.web.render.Messages;

/**
 * Builds the error bodies. JSON is written here rather than by the Jackson extension so that
 * errors stay readable even when that extension is missing.
 */
final class ErrorResponses {

    enum Format { JSON, HTML }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
    private static final MediaType HTML_UTF8 = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private ErrorResponses() {
    }

    /** HTML only for a client that prefers it explicitly (a browser); JSON for everyone else. */
    static Format format(HttpHeaders request) {
        List<MediaType> accepted;
        try {
            accepted = request == null ? List.of() : request.getAcceptableMediaTypes();
        } catch (RuntimeException malformed) {
            return Format.JSON;
        }
        for (MediaType type : accepted) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return Format.JSON;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return Format.HTML;
            }
        }
        return Format.JSON;
    }

    static Map<String, Object> body(int status, String code, String message, String reference) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", code);
        body.put("message", message);
        if (reference != null) {
            body.put("reference", reference);
        }
        return body;
    }

    static Response build(int status, String code, String message, String reference, Format format,
            Messages messages, Response original) {
        Response.ResponseBuilder builder = Response.status(status);
        if (original != null) {
            // keep headers such as Allow (405) or Retry-After (503), but not the body's metadata
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                        && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                    values.forEach(value -> builder.header(name, value));
                }
            });
        }
        if (format == Format.HTML) {
            return builder.type(HTML_UTF8).entity(page(status, message, messages)).build();
        }
        return builder.type(JSON_UTF8).entity(json(body(status, code, message, reference))).build();
    }

    static String json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings and numbers is always writable", e);
        }
    }

    private static String page(int status, String message, Messages messages) {
        String title = HtmlRenderer.escape(messages.get("error.title"));
        return "<!DOCTYPE html>\n<html lang=\"" + messages.language() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + "</title></head>\n<body><main><h1>" + title + "</h1><p>"
                + HtmlRenderer.escape(message) + "</p><p>" + status + "</p></main></body></html>\n";
    }
}
