package se.delaktig.host.api;

import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The host's gateway for SMS and e-mail, for hosts that have one. Implemented by the host and
 * optional: the plugin has channels of its own (SMTP, an HTTP SMS gateway) for hosts without it.
 */
@ProviderType
public interface MessageGateway {

    /** @return the channels this gateway can deliver through */
    Set<MessageChannel> channels();

    /**
     * Hands a message to the host for delivery.
     *
     * @param message the message
     * @return the host's id of the message, for following its delivery
     * @throws HostException when the message was not accepted (bad address, gateway down); nothing
     *                       was sent then
     */
    String send(OutgoingMessage message) throws HostException;

    /**
     * Tells the staff responsible for a case that something needs their attention. The host
     * decides who that is (the case's caseworkers, or the unit or on-call team when they are away)
     * and how they are told. The text must not carry a child's answers.
     *
     * @param caseId  an opaque case id
     * @param subject a short subject
     * @param text    a content-free plain-text body
     * @throws HostException when nobody could be notified
     */
    void notifyCaseStaff(String caseId, String subject, String text) throws HostException;
}
