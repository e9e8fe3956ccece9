package se.delaktig.web.internal;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/**
 * Fakes of wide JAX-RS interfaces (request/response contexts, headers) that answer only the
 * methods a test names and fail loudly on any other, so a test shows exactly what the code uses.
 */
public final class Fakes {

    private Fakes() {
    }

    public static <T> T of(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        Object fake = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer != null) {
                return answer.apply(args == null ? new Object[0] : args);
            }
            if (method.getName().equals("toString")) {
                return "fake " + type.getSimpleName();
            }
            throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName() + " is not faked");
        });
        return type.cast(fake);
    }
}
