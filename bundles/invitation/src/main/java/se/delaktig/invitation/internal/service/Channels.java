package se.delaktig.invitation.internal.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.delaktig.api.invitation.DeliveryChannel;

/** The delivery channels registered now, by id (the whiteboard). */
final class Channels {

    private final Map<String, DeliveryChannel> byId = new ConcurrentHashMap<>();

    void add(DeliveryChannel channel) {
        byId.put(channel.id(), channel);
    }

    void remove(DeliveryChannel channel) {
        byId.remove(channel.id(), channel);
    }

    Optional<DeliveryChannel> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    List<DeliveryChannel> all() {
        return byId.values().stream().sorted(Comparator.comparing(DeliveryChannel::id)).toList();
    }
}
