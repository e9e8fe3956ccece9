package se.delaktig.api.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The invitations' persistence, implemented by the store bundle on the plugin's own database
 * (tables {@code delaktig_invitation} and {@code delaktig_case_event_cursor}). Every write is one
 * durable transaction: when a method returns, the change survives a crash. Database failures are
 * unchecked exceptions.
 *
 * <p>Used by the invitation bundle only; other bundles use {@link InvitationService} and
 * {@link InvitationRedemption}.
 */
@ProviderType
public interface InvitationRepository {

    /**
     * Stores a new invitation with revision 0.
     *
     * @param invitation the invitation
     * @return {@code false} (and nothing stored) when its creator already has an invitation with
     *         the same idempotency key
     */
    boolean insert(StoredInvitation invitation);

    /** @return the invitation with that id */
    Optional<StoredInvitation> find(String id);

    /** @return the creator's invitation with that idempotency key */
    Optional<StoredInvitation> findByIdempotencyKey(String createdBy, String idempotencyKey);

    /** @return the invitation whose link-token hash is {@code tokenHash} */
    Optional<StoredInvitation> findByTokenHash(String tokenHash);

    /** @return the invitation whose short-code hash is {@code shortCodeHash} */
    Optional<StoredInvitation> findByShortCodeHash(String shortCodeHash);

    /** @return the case's invitations, newest first */
    List<StoredInvitation> listByCase(String caseId);

    /**
     * Writes every changeable field of {@code changed} if the stored row still has
     * {@code changed.revision()} (optimistic locking).
     *
     * @param changed the new state, carrying the revision it was read with
     * @return the stored state with the next revision, or empty when the row changed meanwhile
     *         (or is gone): read again and decide again
     */
    Optional<StoredInvitation> update(StoredInvitation changed);

    /** @return up to {@code max} invitations in a live status whose expiry is at or before {@code now}, oldest expiry first */
    List<StoredInvitation> listExpired(Instant now, int max);

    /**
     * The invitations that may get the one reminder: not yet answered and reached the child at least
     * once, that is {@link InvitationStatus#SENT}, {@link InvitationStatus#OPENED} or
     * {@link InvitationStatus#IN_PROGRESS} (since 1.3; before, {@code SENT} only), with a non-empty
     * address (so never a code handed over in person), no reminder yet and a last delivery at or
     * before {@code sentBefore}; oldest delivery first.
     *
     * @param sentBefore the latest last delivery that is due
     * @param max        the most rows to return
     * @return up to {@code max} invitations due for a reminder
     * @deprecated since 1.3: it lists expired invitations too, and rows the caller cannot remind now
     *             (channel switched off, case closed) fill every page; use
     *             {@link #listDueForReminder(Instant, Duration, Instant, String, int)}
     */
    @Deprecated
    List<StoredInvitation> listDueForReminder(Instant sentBefore, int max);

    /**
     * One page of the invitations due for the one reminder at {@code now}: status
     * {@link InvitationStatus#SENT}, {@link InvitationStatus#OPENED} or
     * {@link InvitationStatus#IN_PROGRESS}, a non-empty address, no reminder yet, a last delivery at
     * or before {@code now - reminderAfter} and an expiry after {@code now} (so also last delivery +
     * {@code reminderAfter} before the expiry). Ordered by last delivery, then id, and starting after
     * the position ({@code afterSentAt}, {@code afterId}) of the previous page's last row (keyset
     * paging), so that a caller pages past rows it cannot remind now instead of meeting them again.
     *
     * @param now           the moment of the reminder round
     * @param reminderAfter how long after the last delivery the reminder is due; positive
     * @param afterSentAt   the last delivery of the previous page's last row, or {@code null} to start
     *                      at the oldest
     * @param afterId       that row's id, or {@code null} (together with {@code afterSentAt})
     * @param max           the most rows to return
     * @return up to {@code max} invitations due for a reminder
     * @since 1.3
     */
    List<StoredInvitation> listDueForReminder(Instant now, Duration reminderAfter, Instant afterSentAt, String afterId,
            int max);

    /**
     * @return up to {@code max} invitations in a final status that still keep an address and whose status changed at or before {@code before}
     * @deprecated since 1.3: an opened invitation's address is needed no longer either; use
     *             {@link #listAddressesNoLongerNeeded(Instant, Duration, int)}
     */
    @Deprecated
    List<StoredInvitation> listAddressesToErase(Instant before, int max);

    /**
     * The invitations that still keep an address (not {@code null}) although it can serve neither a
     * resend nor a pending reminder since {@code before} or earlier: a final status changed at or
     * before {@code before}; or {@link InvitationStatus#OPENED} / {@link InvitationStatus#IN_PROGRESS}
     * (which cannot be resent) whose status changed at or before {@code before} and whose reminder
     * either went at or before {@code before} or can never go: reminders off ({@code reminderAfter}
     * zero), no delivery yet, or last delivery + {@code reminderAfter} not before the expiry. Oldest
     * change first.
     *
     * @param before        the latest moment the address may have become useless
     * @param reminderAfter how long after the last delivery the reminder is due; zero = reminders off
     * @param max           the most rows to return
     * @return up to {@code max} invitations whose address may be erased
     * @since 1.3
     */
    List<StoredInvitation> listAddressesNoLongerNeeded(Instant before, Duration reminderAfter, int max);

    /**
     * Erases the personal and secret fields of every invitation of a case (address, code hashes,
     * last failure, idempotency key), for a case the host deleted. Repeating it is harmless.
     *
     * @param caseId the case
     * @return how many rows were touched
     */
    int eraseCase(String caseId);

    /**
     * @param name the cursor's name, such as {@code "case-events"}
     * @return the stored cursor, or empty when none has been stored
     */
    Optional<String> cursor(String name);

    /**
     * Stores a cursor durably.
     *
     * @param name   the cursor's name
     * @param cursor the value
     */
    void saveCursor(String name, String cursor);
}
