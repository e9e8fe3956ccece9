package se.delaktig.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.web.api.WebError;
import se.delaktig.web.render.MessageCatalog;
import se.delaktig.web.render.Messages;

/**
 * Turns every exception into a short JSON (or HTML) error: a WebApplicationException keeps its
 * status, anything else is a 500 whose details go to the log under a random reference that the
 * answer repeats. Stack traces and exception texts never reach the client. Registered by class
 * through {@link ErrorFeature} so that Jersey creates it and injects the request's headers.
 */
public class ErrorMapper implements ExceptionMapper<Throwable> {

    static final String DEFAULT_LANGUAGE = "sv";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MessageCatalog texts =
            MessageCatalog.of(ErrorMapper.class.getClassLoader(), "se/delaktig/web/i18n/messages");

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        return map(failure, headers);
    }

    Response map(Throwable thrown, HttpHeaders request) {
        Throwable failure = ownError(thrown);
        Messages messages = texts.best(request == null ? List.of() : languages(request), DEFAULT_LANGUAGE);
        ErrorResponses.Format format = ErrorResponses.format(request);
        if (failure instanceof WebApplicationException wae) {
            Response original = wae.getResponse();
            int status = original.getStatus();
            String code = wae instanceof WebError e ? e.code() : codeFor(status);
            String given = wae instanceof WebError e ? e.text() : null;
            if (status >= 500) {
                String reference = newReference();
                LOG.error("Request failed with {}, reference {}", status, reference, failure);
                return ErrorResponses.build(status, code, text(messages, "error.internal_error", reference),
                        reference, format, messages, original);
            }
            LOG.debug("Request answered {} {}", status, code);
            String message = given != null ? given : text(messages, "error." + code, null);
            return ErrorResponses.build(status, code, message, null, format, messages, original);
        }
        if (isBadJson(failure)) {
            // the parser's message can quote the body (a typed address): only the kind and the place
            LOG.debug("Unreadable JSON: {}{}", failure.getClass().getSimpleName(), location(failure));
            return ErrorResponses.build(400, "bad_request", messages.get("error.bad_request"), null,
                    format, messages, null);
        }
        String reference = newReference();
        LOG.error("Unexpected failure, reference {}", reference, failure);
        return ErrorResponses.build(500, "internal_error", messages.get("error.internal_error", reference),
                reference, format, messages, null);
    }

    /**
     * Our own WebError may arrive wrapped, e.g. the size limit's 413 thrown while Jackson reads the
     * body comes inside a JsonMappingException; it must keep its status rather than become a 400.
     */
    private static Throwable ownError(Throwable thrown) {
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (t instanceof WebError) {
                return t;
            }
        }
        return thrown;
    }

    private static List<Locale> languages(HttpHeaders request) {
        try {
            return request.getAcceptableLanguages();
        } catch (RuntimeException malformed) {
            return List.of();
        }
    }

    private static String text(Messages messages, String key, String reference) {
        if (!messages.has(key)) {
            key = "error.client_error";
        }
        return reference == null ? messages.get(key) : messages.get(key, reference);
    }

    private static boolean isBadJson(Throwable failure) {
        return failure instanceof JsonProcessingException
                || failure.getCause() instanceof JsonProcessingException;
    }

    /** @return " at line L, column C" of the JSON fault, or "" when the parser gives none */
    static String location(Throwable failure) {
        Throwable json = failure instanceof JsonProcessingException ? failure : failure.getCause();
        if (json instanceof JsonProcessingException j && j.getLocation() != null) {
            return " at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr();
        }
        return "";
    }

    static String newReference() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "too_many_requests";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal_error" : "client_error";
        };
    }
}
