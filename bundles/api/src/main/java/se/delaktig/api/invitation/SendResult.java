package se.delaktig.api.invitation;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@link InvitationService#create} and {@link InvitationService#resend}.
 *
 * @param invitation the invitation as stored after the delivery attempt: {@link InvitationStatus#SENT}
 *                   when the channel delivered or accepted it, {@link InvitationStatus#DELIVERY_FAILED}
 *                   with {@link InvitationView#lastFailure()} otherwise
 * @param created    {@code true} when this call created the invitation; {@code false} for a resend
 *                   and for a repeated create with the same idempotency key (nothing was sent then)
 * @param delivered  whether this call's delivery attempt succeeded ({@code false} when nothing was sent)
 * @param handOver   for print and in-person channels, the codes and the printable sheet, once;
 *                   {@code null} otherwise
 */
public record SendResult(InvitationView invitation, boolean created, boolean delivered, HandOver handOver) {

    /** Checks the required components. */
    public SendResult {
        Objects.requireNonNull(invitation, "invitation");
    }

    /** @return the hand-over, if this call produced one */
    public Optional<HandOver> handOverOnce() {
        return Optional.ofNullable(handOver);
    }

    /** The hand-over carries codes: only its presence is shown. */
    @Override
    public String toString() {
        return "SendResult[" + invitation.id() + " " + invitation.status() + ", created=" + created + ", delivered="
                + delivered + (handOver == null ? "" : ", handOver=(redacted)") + "]";
    }
}
