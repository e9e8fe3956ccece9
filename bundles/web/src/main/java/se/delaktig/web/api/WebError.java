package se.delaktig.web.api;

import jakarta.ws.rs.WebApplicationException;

/**
 * An expected failure of a request, answered with its status and a JSON body
 * {@code {"status":..,"error":"<code>","message":"<text>"}} by the plugin's error mapper (in every
 * Delaktig application). Throw it from resources and filters; never put a child's data in the text.
 */
public class WebError extends WebApplicationException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String text;

    /**
     * @param status  the HTTP status, 4xx or 5xx
     * @param code    a short, stable, machine-readable code such as {@code not_found}
     * @param message a clear text for the person using the page, or {@code null} to use the
     *                plugin's standard text for {@code code} in the request's language
     */
    public WebError(int status, String code, String message) {
        super(message == null ? code : message, status);
        this.code = code;
        this.text = message;
    }

    /** @return the short error code */
    public String code() {
        return code;
    }

    /** @return the text given to the constructor, or {@code null} for the standard text */
    public String text() {
        return text;
    }
}
