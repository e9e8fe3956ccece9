package se.delaktig.invitation.internal.text;

/**
 * A message ready for a channel.
 *
 * @param subject the subject line
 * @param text    the body, with link and code in it
 */
public record ComposedMessage(String subject, String text) {
    /** The text carries the link and code: redacted. */
    @Override
    public String toString() {
        return "ComposedMessage[subject=" + subject + ", text=(redacted)]";
    }
}
