package se.delaktig.questionnaire.internal.osgi;

import java.lang.reflect.Proxy;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * A {@link ServiceReference} answering only what the provider whiteboard asks: its
 * {@code service.id} and its bundle ({@code null} once the service is unregistered). Equal only to
 * itself, as the whiteboard keys providers by reference.
 */
final class FakeServiceReference {

    private FakeServiceReference() {
    }

    static ServiceReference<?> of(long serviceId, Bundle bundle) {
        return (ServiceReference<?>) Proxy.newProxyInstance(FakeServiceReference.class.getClassLoader(),
                new Class<?>[] {ServiceReference.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> Constants.SERVICE_ID.equals(args[0]) ? serviceId : null;
                    case "getBundle" -> bundle;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "FakeServiceReference " + serviceId;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
