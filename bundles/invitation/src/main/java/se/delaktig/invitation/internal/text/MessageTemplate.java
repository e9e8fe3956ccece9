package se.delaktig.invitation.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A message text with {@code {placeholder}}s, checked when it is configured, not when a child is waiting. */
public final class MessageTemplate {

    /** The placeholders a text may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("link", "code", "expires", "municipality");

    private static final Pattern BRACE = Pattern.compile("\\{([^{}]*)\\}|[{}]");

    private final String name;
    private final List<Object> parts;
    private final Set<String> used;

    private MessageTemplate(String name, List<Object> parts, Set<String> used) {
        this.name = name;
        this.parts = parts;
        this.used = used;
    }

    /**
     * @param name     the configuration property, for the error message, such as {@code sms_sv}
     * @param template the text
     * @return the checked template
     * @throws IllegalArgumentException naming the property and the fault, for an unknown placeholder
     *                                  or a lone brace
     */
    public static MessageTemplate parse(String name, String template) {
        if (template == null || template.isBlank()) {
            throw new IllegalArgumentException(name + ": the text is empty");
        }
        List<Object> parts = new ArrayList<>();
        Set<String> used = new java.util.TreeSet<>();
        Matcher m = BRACE.matcher(template);
        int last = 0;
        while (m.find()) {
            String placeholder = m.group(1);
            if (placeholder == null) {
                throw new IllegalArgumentException(name + ": a '" + m.group() + "' at position " + m.start()
                        + " is not part of a placeholder; use " + allowed());
            }
            if (!PLACEHOLDERS.contains(placeholder)) {
                throw new IllegalArgumentException(name + ": unknown placeholder {" + placeholder + "}; use " + allowed());
            }
            parts.add(template.substring(last, m.start()));
            parts.add(new Placeholder(placeholder));
            used.add(placeholder);
            last = m.end();
        }
        parts.add(template.substring(last));
        return new MessageTemplate(name, List.copyOf(parts), Set.copyOf(used));
    }

    private static String allowed() {
        return "{link}, {code}, {expires} or {municipality}";
    }

    /** @return the placeholders this text uses */
    public Set<String> uses() {
        return used;
    }

    /** @return the property name this template came from */
    public String name() {
        return name;
    }

    /**
     * @param values a value for every placeholder in {@link #PLACEHOLDERS}
     * @return the text with the values in place, trimmed
     */
    public String render(Map<String, String> values) {
        StringBuilder b = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Placeholder p) {
                String v = values.get(p.name());
                if (v == null) {
                    throw new IllegalArgumentException("no value for {" + p.name() + "}");
                }
                b.append(v);
            } else {
                b.append((String) part);
            }
        }
        return b.toString().strip();
    }

    private record Placeholder(String name) {
    }
}
