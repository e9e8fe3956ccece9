package se.delaktig.questionnaire.internal.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.api.questionnaire.Texts;

/** Typed reading of JSON fields that records a {@link Problem} with its path instead of throwing. */
final class Fields {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int ID_MAX = 64;
    static final int TEXT_MAX = 2000;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*");

    final List<Problem> problems = new ArrayList<>();
    /** The document's languages; empty while unknown (then texts are not checked for completeness). */
    List<String> languages = List.of();

    void add(String path, String message) {
        problems.add(new Problem(path, message));
    }

    static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    /** Reports every field of {@code node} not in {@code allowed} (fields starting with "_" are comments). */
    void onlyFields(JsonNode node, String path, Set<String> allowed, String why) {
        onlyFields(node, path, allowed, Set.of(), why);
    }

    /** As above; a field in {@code known} but not {@code allowed} is "not allowed {@code why}", others "unknown". */
    void onlyFields(JsonNode node, String path, Set<String> allowed, Set<String> known, String why) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.startsWith("_") && !allowed.contains(name)) {
                add(at(path, name), known.contains(name) ? "not allowed " + why : "unknown field");
            }
        }
    }

    /** @return the field, or null (with a problem when required) when missing or null */
    JsonNode field(JsonNode node, String path, String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                add(at(path, name), "missing");
            }
            return null;
        }
        return value;
    }

    String string(JsonNode node, String path, String name, boolean required) {
        JsonNode value = field(node, path, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            add(at(path, name), "must be a string");
            return null;
        }
        if (value.asText().isBlank()) {
            add(at(path, name), "must not be empty");
            return null;
        }
        return value.asText();
    }

    String id(JsonNode node, String path, String name, boolean required) {
        String value = string(node, path, name, required);
        if (value != null && (value.length() > ID_MAX || !ID.matcher(value).matches())) {
            add(at(path, name), "\"" + clip(value) + "\" is not an id (lower-case letters, digits and single hyphens, at most 64)");
            return null;
        }
        return value;
    }

    Boolean bool(JsonNode node, String path, String name) {
        JsonNode value = field(node, path, name, false);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            add(at(path, name), "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    Integer integer(JsonNode node, String path, String name, boolean required, int min, int max) {
        JsonNode value = field(node, path, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            add(at(path, name), "must be a whole number from " + min + " to " + max);
            return null;
        }
        return value.intValue();
    }

    /** @return the array's elements, or null (with a problem) when not an array */
    JsonNode array(JsonNode node, String path, String name, boolean required) {
        JsonNode value = field(node, path, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            add(at(path, name), "must be an array");
            return null;
        }
        return value;
    }

    JsonNode object(JsonNode node, String path, String name, boolean required) {
        JsonNode value = field(node, path, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            add(at(path, name), "must be an object");
            return null;
        }
        return value;
    }

    boolean isLanguage(String code) {
        return LANGUAGE.matcher(code).matches();
    }

    /** A translated text: every declared language, nothing else, none blank. */
    Texts texts(JsonNode node, String path, String name, boolean required) {
        JsonNode value = object(node, path, name, required);
        if (value == null) {
            return null;
        }
        String here = at(path, name);
        Map<String, String> texts = new LinkedHashMap<>();
        boolean ok = true;
        Iterator<Map.Entry<String, JsonNode>> entries = value.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> e = entries.next();
            String language = e.getKey();
            if (!languages.isEmpty() && !languages.contains(language)) {
                add(here, "\"" + clip(language) + "\" is not a language of this questionnaire");
                ok = false;
            } else if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                add(at(here, language), "must be a non-empty string");
                ok = false;
            } else if (e.getValue().asText().length() > TEXT_MAX) {
                add(at(here, language), "longer than " + TEXT_MAX + " characters");
                ok = false;
            } else {
                texts.put(language, e.getValue().asText());
            }
        }
        for (String language : languages) {
            if (!value.has(language)) {
                add(here, "missing \"" + language + "\"");
                ok = false;
            }
        }
        if (languages.isEmpty() && texts.isEmpty() && ok) {
            add(here, "must have at least one language");
            ok = false;
        }
        return ok ? new Texts(texts) : null;
    }

    /** A file path inside the resource bundle, with one of the given endings. */
    String file(String value, String path, List<String> endings) {
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        if (value.length() > 200 || !FILE.matcher(value).matches() || value.contains("..")) {
            add(path, "\"" + clip(value) + "\" is not a relative path of letters, digits, _ . - and /");
            return null;
        }
        if (endings.stream().noneMatch(lower::endsWith)) {
            add(path, "must end in " + String.join(", ", endings));
            return null;
        }
        return value;
    }

    static String clip(String value) {
        String v = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        StringBuilder out = new StringBuilder();
        v.codePoints().forEach(c -> out.append(Character.isISOControl(c) ? "?" : Character.toString(c)));
        return out.toString();
    }
}
