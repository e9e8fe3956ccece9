package se.delaktig.api.invitation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an invitation is in its life. The allowed transitions are data ({@link #next()}), so the
 * invitation service, the store and the panel agree on them without repeating the rules:
 *
 * <pre>
 * CREATED ─────────┬─► SENT ◄──────────┐ (retry)
 *    │             └─► DELIVERY_FAILED ─┘
 *    ▼ (code given in person, or a link opened after any of the above)
 * OPENED ─► IN_PROGRESS ─► ANSWERED
 * every non-final status ─► EXPIRED | REVOKED
 * </pre>
 *
 * A resend is not a transition: {@code SENT} stays {@code SENT} or becomes {@code DELIVERY_FAILED}.
 * {@code DELIVERY_FAILED} may still become {@code OPENED}, because a gateway that timed out may have
 * delivered after all. {@link #ANSWERED}, {@link #EXPIRED} and {@link #REVOKED} are final; an
 * expired invitation is not revived, the caseworker sends a new one (extending is for invitations
 * that are still live).
 */
public enum InvitationStatus {
    /** Codes exist; nothing has been delivered yet. */
    CREATED,
    /** A channel accepted the invitation for delivery (or the sheet was printed). */
    SENT,
    /** The last delivery attempt failed; the invitation can be sent again. */
    DELIVERY_FAILED,
    /** The child redeemed the code or link; an answering session exists. */
    OPENED,
    /** The child has given at least one answer. */
    IN_PROGRESS,
    /** The child sent the answers; the codes are dead. Final. */
    ANSWERED,
    /** The invitation passed its expiry without being answered. Final. */
    EXPIRED,
    /** A caseworker or a case event (closed, moved, deleted) revoked the invitation. Final. */
    REVOKED;

    private static final Map<InvitationStatus, Set<InvitationStatus>> NEXT = new EnumMap<>(InvitationStatus.class);

    static {
        NEXT.put(CREATED, EnumSet.of(SENT, DELIVERY_FAILED, OPENED, EXPIRED, REVOKED));
        NEXT.put(SENT, EnumSet.of(DELIVERY_FAILED, OPENED, EXPIRED, REVOKED));
        NEXT.put(DELIVERY_FAILED, EnumSet.of(SENT, OPENED, EXPIRED, REVOKED));
        NEXT.put(OPENED, EnumSet.of(IN_PROGRESS, ANSWERED, EXPIRED, REVOKED));
        NEXT.put(IN_PROGRESS, EnumSet.of(ANSWERED, EXPIRED, REVOKED));
        NEXT.put(ANSWERED, EnumSet.noneOf(InvitationStatus.class));
        NEXT.put(EXPIRED, EnumSet.noneOf(InvitationStatus.class));
        NEXT.put(REVOKED, EnumSet.noneOf(InvitationStatus.class));
    }

    /** @return the statuses this status may change to; empty for a final status; unmodifiable */
    public Set<InvitationStatus> next() {
        return Collections.unmodifiableSet(NEXT.get(this));
    }

    /**
     * @param target the status to change to
     * @return whether the change from this status to {@code target} is allowed; staying in the
     *         same status is not a transition and answers {@code false}
     */
    public boolean canMoveTo(InvitationStatus target) {
        return target != null && NEXT.get(this).contains(target);
    }

    /** @return whether nothing can happen to the invitation any more (answered, expired, revoked) */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    /** @return whether the invitation's codes may still be redeemed: every status that is not final */
    public boolean isRedeemable() {
        return !isFinal();
    }

    /** @return whether the invitation may be sent (again) through a channel: created, sent, delivery failed */
    public boolean canSend() {
        return this == CREATED || this == SENT || this == DELIVERY_FAILED;
    }
}
