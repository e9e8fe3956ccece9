package se.delaktig.api.invitation;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way to get an invitation to a child: the invitation extension point. Register an
 * implementation as an OSGi service (whiteboard); the invitation panel offers every channel that is
 * {@link #available()}, and a new channel needs nothing else: no change to the panel, the store or
 * the invitation service.
 *
 * <p>Register the service with the property {@value #ID_PROPERTY} equal to {@link #id()}, so that
 * configuration can aim at one channel with a target filter.
 *
 * <pre>{@code
 * @Component(property = DeliveryChannel.ID_PROPERTY + "=fax")
 * public class FaxChannel implements DeliveryChannel { ... }
 * }</pre>
 *
 * <p>Rules for implementations:
 * <ul>
 * <li>{@link #deliver(Delivery)} reports failures as {@link DeliveryResult#failed(String)} and does
 *     not throw for them (a server that refuses, a timeout, a 500); it returns within the channel's
 *     configured timeouts.</li>
 * <li>Never log, store or return the code, the link, the address or the message text (the
 *     {@code toString()} of {@link Delivery} redacts them; a failure reason must not quote them).</li>
 * <li>Keep nothing after the call: the address is for this delivery only.</li>
 * </ul>
 */
@ConsumerType
public interface DeliveryChannel {

    /** The service property that carries {@link #id()}. */
    String ID_PROPERTY = "delaktig.channel.id";

    /**
     * @return a stable id that is stored with each invitation and never changes, lower case with
     *         hyphens, such as {@code "sms"}, {@code "email"}, {@code "host-sms"}, {@code "print"}
     */
    String id();

    /**
     * @param language an ISO 639 code such as {@code "sv"} or {@code "en"}
     * @return the channel's name for a caseworker in that language, such as {@code "SMS"} or
     *         {@code "Kod att skriva ut"}; a channel without that language answers in Swedish
     */
    String label(String language);

    /** @return which address the caseworker must type for this channel */
    AddressKind addressKind();

    /**
     * @return whether the channel can deliver now (for example, the host has a message gateway that
     *         supports this kind); a channel that is not available is not offered, and its
     *         {@link #deliver(Delivery)} fails. Defaults to {@code true}.
     */
    default boolean available() {
        return true;
    }

    /**
     * Checks an address typed by a caseworker, before anything is created.
     *
     * @param address the address as typed, may be {@code null} or blank
     * @return the normalised address, or the problem with it; for {@link AddressKind#NONE} a valid
     *         result with an empty address
     */
    AddressCheck checkAddress(String address);

    /**
     * Sends the invitation.
     *
     * @param delivery what to deliver, with an address already checked by {@link #checkAddress}
     * @return delivered or accepted with a provider reference, or failed with a reason that contains
     *         no code, link or address
     */
    DeliveryResult deliver(Delivery delivery);
}
