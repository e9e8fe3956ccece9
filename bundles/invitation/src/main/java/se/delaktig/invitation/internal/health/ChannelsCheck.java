package se.delaktig.invitation.internal.health;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import se.delaktig.api.invitation.DeliveryChannel;
import se.delaktig.web.api.HealthCheck;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;

/** {@code invitation.channels}: at least one delivery channel is registered and available. */
@Component(service = HealthCheck.class)
public class ChannelsCheck implements HealthCheck {

    private final List<DeliveryChannel> channels = new CopyOnWriteArrayList<>();

    @Reference(service = DeliveryChannel.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addChannel(DeliveryChannel channel) {
        channels.add(channel);
    }

    void removeChannel(DeliveryChannel channel) {
        channels.remove(channel);
    }

    @Override
    public String name() {
        return "invitation.channels";
    }

    @Override
    public String title(String language) {
        return HealthTexts.title(language, "health.channels.title");
    }

    @Override
    public HealthResult check() {
        List<String> available = channels.stream().filter(ChannelsCheck::available).map(DeliveryChannel::id)
                .sorted().toList();
        if (available.isEmpty()) {
            return HealthResult.of(Status.CRITICAL, HealthTexts.TEXTS, "health.channels.none", channels.size());
        }
        return HealthResult.of(Status.OK, HealthTexts.TEXTS, "health.channels.ok", available.size(),
                String.join(", ", available));
    }

    private static boolean available(DeliveryChannel channel) {
        try {
            return channel.available();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
