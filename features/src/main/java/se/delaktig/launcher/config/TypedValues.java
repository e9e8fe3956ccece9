package se.delaktig.launcher.config;

import java.lang.reflect.Array;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

/**
 * Turns a feature's configuration properties (OSGi Configurator notation: {@code "name:Integer": 5},
 * {@code "names:String[]": ["a"]}; untyped numbers become Long, untyped lists String[]) into the
 * typed values ConfigAdmin stores.
 */
public final class TypedValues {

    /**
     * @param pid        the PID, for error messages
     * @param properties the properties as read from JSON
     * @return the typed properties
     * @throws IllegalArgumentException naming the PID and key when a value does not fit its type
     */
    public static Dictionary<String, Object> toDictionary(String pid, Map<String, Object> properties) {
        Hashtable<String, Object> result = new Hashtable<>();
        for (Map.Entry<String, Object> entry : properties.entrySet()) {
            String key = entry.getKey();
            int colon = key.lastIndexOf(':');
            String name = colon > 0 ? key.substring(0, colon) : key;
            String type = colon > 0 ? key.substring(colon + 1) : null;
            try {
                result.put(name, convert(entry.getValue(), type));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(pid + ": property '" + key + "': " + e.getMessage(), e);
            }
        }
        return result;
    }

    private static final java.util.regex.Pattern PROPERTY = java.util.regex.Pattern.compile("\\$\\[prop:([^\\]]+)\\]");

    /**
     * Replaces {@code $[prop:NAME]} in string values with framework properties.
     *
     * @param properties the properties as read from JSON
     * @param lookup     framework property by name
     * @return a copy with the references replaced
     * @throws IllegalArgumentException naming a property that is not set
     */
    public static Map<String, Object> interpolate(Map<String, Object> properties, java.util.function.UnaryOperator<String> lookup) {
        Map<String, Object> result = new java.util.LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (value instanceof String text) {
                java.util.regex.Matcher matcher = PROPERTY.matcher(text);
                StringBuilder replaced = new StringBuilder();
                while (matcher.find()) {
                    String found = lookup.apply(matcher.group(1));
                    if (found == null) {
                        throw new IllegalArgumentException("property '" + key + "' names framework property '"
                                + matcher.group(1) + "', which is not set");
                    }
                    matcher.appendReplacement(replaced, java.util.regex.Matcher.quoteReplacement(found));
                }
                matcher.appendTail(replaced);
                result.put(key, replaced.toString());
            } else {
                result.put(key, value);
            }
        });
        return result;
    }

    static Object convert(Object value, String type) {
        if (value == null) {
            throw new IllegalArgumentException("null is not a configuration value");
        }
        if (type == null) {
            if (value instanceof List<?> list) {
                return list.stream().map(String::valueOf).toArray(String[]::new);
            }
            if (value instanceof Integer number) {
                return number.longValue();
            }
            return value instanceof Number || value instanceof Boolean || value instanceof String ? value : value.toString();
        }
        if (type.endsWith("[]")) {
            String element = type.substring(0, type.length() - 2);
            List<?> list = value instanceof List<?> l ? l : List.of(value);
            Object array = Array.newInstance(scalarClass(element), list.size());
            for (int i = 0; i < list.size(); i++) {
                Array.set(array, i, scalar(list.get(i), element));
            }
            return array;
        }
        return scalar(value, type);
    }

    private static Class<?> scalarClass(String type) {
        return switch (type) {
            case "String" -> String.class;
            case "Integer" -> Integer.class;
            case "Long" -> Long.class;
            case "Double" -> Double.class;
            case "Float" -> Float.class;
            case "Boolean" -> Boolean.class;
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static Object scalar(Object value, String type) {
        String text = String.valueOf(value);
        return switch (type) {
            case "String" -> text;
            case "Integer" -> Integer.valueOf(text);
            case "Long" -> Long.valueOf(text);
            case "Double" -> Double.valueOf(text);
            case "Float" -> Float.valueOf(text);
            case "Boolean" -> {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException("'" + text + "' is not true or false");
                }
                yield Boolean.valueOf(text);
            }
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private TypedValues() {
    }
}
