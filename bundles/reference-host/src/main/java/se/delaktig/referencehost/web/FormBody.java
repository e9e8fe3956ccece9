package se.delaktig.referencehost.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body, read by us with a size limit: too large is
 * refused (413) from the Content-Length before reading, or as soon as the limit is passed.
 */
final class FormBody {
    static final int MAX_BYTES = 64 * 1024;
    private final Map<String, List<String>> fields;

    private FormBody(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    static FormBody read(HttpServletRequest request) throws IOException, HttpError {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw new HttpError(413, "error.413");
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw HttpError.badRequest("error.form");
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            throw new HttpError(413, "error.413");
        }
        return parse(new String(body, StandardCharsets.UTF_8));
    }

    static FormBody parse(String body) throws HttpError {
        Map<String, List<String>> fields = new HashMap<>();
        try {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException malformed) {
            throw HttpError.badRequest("error.form");
        }
        return new FormBody(fields);
    }

    /** @return the single value of a field; 400 when missing, repeated or blank */
    String required(String name) throws HttpError {
        List<String> values = fields.get(name);
        if (values == null || values.size() != 1 || values.get(0).isBlank()) {
            throw HttpError.badRequest("error.form");
        }
        return values.get(0);
    }

    /** @return the single value of a field, or {@code ""} when absent */
    String optional(String name) throws HttpError {
        List<String> values = fields.get(name);
        if (values == null) {
            return "";
        }
        if (values.size() != 1) {
            throw HttpError.badRequest("error.form");
        }
        return values.get(0);
    }
}
