package se.delaktig.invitation.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * Builds a typed configuration (a component property type) from a map keyed by the configuration
 * property names (as in a .cfg file: {@code from_address} for the method {@code from__address()});
 * missing values take the annotation's defaults.
 */
public final class Configs {

    private Configs() {
    }

    /** DS's mapping of a method name to a property key: "__" is "_", a single "_" is ".". */
    static String propertyKey(String method) {
        return method.replace("__", "\u0000").replace('_', '.').replace("\u0000", "_");
    }

    /**
     * @param type   the configuration annotation
     * @param values values by property key
     * @return an instance that answers like DS would
     */
    public static <T> T of(Class<T> type, Map<String, ?> values) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            if (method.getName().equals("annotationType")) {
                return type;
            }
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> type.getSimpleName() + values.keySet();
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                };
            }
            String key = propertyKey(method.getName());
            if (values.containsKey(key)) {
                return values.get(key);
            }
            Object def = method.getDefaultValue();
            if (def == null) {
                throw new IllegalStateException("no value and no default for " + method.getName());
            }
            return def;
        });
        return type.cast(proxy);
    }
}
