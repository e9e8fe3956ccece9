package se.delaktig.referencehost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Constants;

/**
 * The services of one whiteboard type, kept in page order: {@code service.ranking} highest first,
 * then the oldest registration (lowest {@code service.id}).
 */
public final class Whiteboard<T> {
    private record Entry<T>(T service, int ranking, long id) { }

    private final List<Entry<T>> entries = new CopyOnWriteArrayList<>();

    /** Adds a service with its registration properties. */
    public void add(T service, Map<String, ?> properties) {
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        Object id = properties.get(Constants.SERVICE_ID);
        entries.add(new Entry<>(service, ranking instanceof Integer r ? r : 0,
                id instanceof Long l ? l : Long.MAX_VALUE));
    }

    /** Removes a service (by identity). */
    public void remove(T service) {
        entries.removeIf(e -> e.service() == service);
    }

    /** @return a snapshot in page order */
    public List<T> ordered() {
        List<Entry<T>> copy = new ArrayList<>(entries);
        copy.sort(Comparator.comparingInt((Entry<T> e) -> -e.ranking()).thenComparingLong(Entry::id));
        return copy.stream().map(Entry::service).toList();
    }
}
