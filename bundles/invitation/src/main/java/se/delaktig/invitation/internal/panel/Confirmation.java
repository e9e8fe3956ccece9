package se.delaktig.invitation.internal.panel;

import java.util.Objects;

/**
 * A question the panel asks before a change that cannot be taken back: the first press of
 * <i>Revoke</i> (or of <i>Send again</i> after a successful delivery) leaves one of these for the
 * next rendering, which shows the question with the real button and a way back.
 *
 * @param action       what the second press does
 * @param invitationId the invitation it concerns
 */
public record Confirmation(Action action, String invitationId) {

    /** The actions that ask first. */
    public enum Action {
        /** Revoke: the code stops working and the address is erased. */
        REVOKE,
        /** Send again after a successful delivery: a new code, the one the child has stops working. */
        RESEND;

        /** @return the action's name in URLs and text keys ({@code revoke}, {@code resend}) */
        public String operation() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Checks the components. */
    public Confirmation {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(invitationId, "invitationId");
    }
}
