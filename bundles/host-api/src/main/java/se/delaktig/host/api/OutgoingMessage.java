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
 * @param caseId  the opaque id of the case the message is about, or {@code null} when it is about
 *                none; for the host's own records (who may read the message in an outbox, which
 *                case's log it belongs to), never for the recipient: the host must not put it
 *                into the message
 * @since 1.1.0
 */
public record OutgoingMessage(MessageChannel channel, String address, String subject, String text, String caseId) {
    /** Checks the components. */
    public OutgoingMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }

    /**
     * A message about no case (the form of 1.0.0).
     *
     * @param channel the channel
     * @param address the phone number or e-mail address
     * @param subject the subject line
     * @param text    the plain-text body
     */
    public OutgoingMessage(MessageChannel channel, String address, String subject, String text) {
        this(channel, address, subject, text, null);
    }

    /** @return the channel and case only: the address is personal, and the text carries a code */
    @Override
    public String toString() {
        return "OutgoingMessage[channel=" + channel + ", caseId=" + caseId
                + ", address=(redacted), subject=(redacted), text=(redacted)]";
    }
}
