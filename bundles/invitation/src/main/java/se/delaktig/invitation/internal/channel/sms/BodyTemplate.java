package se.delaktig.invitation.internal.channel.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The configured request body of the SMS gateway, with {@code {to}}, {@code {text}} and {@code {sender}}. */
final class BodyTemplate {

    static final Set<String> PLACEHOLDERS = Set.of("to", "text", "sender");
    static final String DEFAULT_JSON = "{\"from\":\"{sender}\",\"to\":\"{to}\",\"message\":\"{text}\"}";
    static final String DEFAULT_FORM = "from={sender}&to={to}&message={text}";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(to|text|sender)\\}");
    private static final Pattern ANY = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)\\}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BodyFormat format;
    private final String template;

    private BodyTemplate(BodyFormat format, String template) {
        this.format = format;
        this.template = template;
    }

    /**
     * @param format   the body format
     * @param template the template, or blank for the format's default
     * @throws IllegalArgumentException for an unknown placeholder, a missing {to} or {text}, or a
     *                                  JSON template that does not give JSON
     */
    static BodyTemplate parse(BodyFormat format, String template) {
        String t = template == null || template.isBlank() ? (format == BodyFormat.JSON ? DEFAULT_JSON : DEFAULT_FORM) : template.strip();
        Matcher m = ANY.matcher(t);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new IllegalArgumentException("body_template: unknown placeholder {" + m.group(1)
                        + "}; use {to}, {text} and {sender}");
            }
        }
        if (!t.contains("{to}") || !t.contains("{text}")) {
            throw new IllegalArgumentException("body_template: must contain {to} and {text}");
        }
        BodyTemplate body = new BodyTemplate(format, t);
        if (format == BodyFormat.JSON) {
            try {
                JSON.readTree(body.render("+46700000000", "a \"quoted\" text\nwith a line", "Sender"));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("body_template: does not give valid JSON (placeholders belong "
                        + "inside quotes): " + e.getOriginalMessage(), e);
            }
        }
        return body;
    }

    /** @return the content type of the body */
    String contentType() {
        return format == BodyFormat.JSON ? "application/json; charset=utf-8" : "application/x-www-form-urlencoded; charset=utf-8";
    }

    /** @return the body with escaped values in place */
    String render(String to, String text, String sender) {
        Map<String, String> values = Map.of("to", to, "text", text, "sender", sender);
        return PLACEHOLDER.matcher(template).replaceAll(r -> Matcher.quoteReplacement(escape(values.get(r.group(1)))));
    }

    private String escape(String value) {
        if (format == BodyFormat.FORM) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        StringBuilder b = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
