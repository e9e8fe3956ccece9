package se.delaktig.host.api;

import java.util.Objects;

/**
 * A message the plugin asks the host to deliver.
 *
 * @param channel the channel
 * @param address the phone number or e-mail address, given for this message only; the host must
 *                not add it to the child's case or any register
 * @param subject the subject line (e-mail); ignored for SMS
 * @param text    the plain-text body
 */
public record OutgoingMessage(MessageChannel channel, String address, String subject, String text) {
    /** Checks the components. */
    public OutgoingMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
