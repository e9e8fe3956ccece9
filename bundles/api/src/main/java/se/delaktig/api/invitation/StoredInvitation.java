package se.delaktig.api.invitation;

import java.time.Instant;
import java.util.Objects;

/**
 * One invitation as the {@link InvitationRepository} keeps it: one row. Used only between the
 * invitation bundle and the store; other bundles see {@link InvitationView}.
 *
 * <p>No code is kept, only keyed hashes. The address is kept only while the invitation can still
 * be sent again or waits for its reminder, then erased ({@code null}). {@link #toString()} leaves
 * the address out.
 *
 * @param id                   opaque id (random, URL-safe), also the loggable reference
 * @param caseId               the opaque case id
 * @param questionnaireId      questionnaire id
 * @param questionnaireVersion the version pinned at creation
 * @param channelId            the channel's id
 * @param address              the normalised address, {@code null} when none or erased; empty
 *                             for channels without an address
 * @param language             the language
 * @param status               the stored status (a live status past {@link #expiresAt()} is
 *                             shown as expired until the sweep stores it)
 * @param tokenHash            keyed hash of the link token, {@code null} once erased
 * @param shortCodeHash        keyed hash of the short code, {@code null} once erased
 * @param pepperId             the id of the pepper the hashes were made with, or {@code null}
 * @param createdBy            the creating staff member's id
 * @param createdAt            creation time
 * @param expiresAt            expiry
 * @param sendCount            delivery attempts so far
 * @param lastSentAt           the last delivery attempt, or {@code null}
 * @param lastFailure          the reason of the last failed attempt, or {@code null}
 * @param idempotencyKey       the creator's idempotency key (unique per {@code createdBy}), or
 *                             {@code null} once erased
 * @param reminderSentAt       when the reminder went, or {@code null}
 * @param statusChangedAt      when {@link #status()} last changed
 * @param revision             the row's revision for optimistic updates (0 when inserted)
 */
public record StoredInvitation(String id, String caseId, String questionnaireId, String questionnaireVersion,
        String channelId, String address, String language, InvitationStatus status, String tokenHash,
        String shortCodeHash, String pepperId, String createdBy, Instant createdAt, Instant expiresAt,
        int sendCount, Instant lastSentAt, String lastFailure, String idempotencyKey, Instant reminderSentAt,
        Instant statusChangedAt, long revision) {

    /** Checks the required components. */
    public StoredInvitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(statusChangedAt, "statusChangedAt");
    }

    /** @return a copy in {@code next}, changed at {@code at} (no transition check: the caller checks) */
    public StoredInvitation withStatus(InvitationStatus next, Instant at) {
        return new StoredInvitation(id, caseId, questionnaireId, questionnaireVersion, channelId, address, language,
                next, tokenHash, shortCodeHash, pepperId, createdBy, createdAt, expiresAt, sendCount, lastSentAt,
                lastFailure, idempotencyKey, reminderSentAt, next == status ? statusChangedAt : at, revision);
    }

    /** @return a copy with new code hashes */
    public StoredInvitation withCodes(String newTokenHash, String newShortCodeHash, String newPepperId) {
        return new StoredInvitation(id, caseId, questionnaireId, questionnaireVersion, channelId, address, language,
                status, newTokenHash, newShortCodeHash, newPepperId, createdBy, createdAt, expiresAt, sendCount,
                lastSentAt, lastFailure, idempotencyKey, reminderSentAt, statusChangedAt, revision);
    }

    /** @return a copy that records one more delivery attempt at {@code at}, failed with {@code failure} or not ({@code null}) */
    public StoredInvitation withAttempt(Instant at, String failure) {
        return new StoredInvitation(id, caseId, questionnaireId, questionnaireVersion, channelId, address, language,
                status, tokenHash, shortCodeHash, pepperId, createdBy, createdAt, expiresAt, sendCount + 1, at,
                failure, idempotencyKey, reminderSentAt, statusChangedAt, revision);
    }

    /** @return a copy with a new expiry */
    public StoredInvitation withExpiry(Instant newExpiry) {
        return new StoredInvitation(id, caseId, questionnaireId, questionnaireVersion, channelId, address, language,
                status, tokenHash, shortCodeHash, pepperId, createdBy, createdAt, newExpiry, sendCount, lastSentAt,
                lastFailure, idempotencyKey, reminderSentAt, statusChangedAt, revision);
    }

    /** @return a copy that records the reminder at {@code at} */
    public StoredInvitation withReminderSent(Instant at) {
        return new StoredInvitation(id, caseId, questionnaireId, questionnaireVersion, channelId, address, language,
                status, tokenHash, shortCodeHash, pepperId, createdBy, createdAt, expiresAt, sendCount, lastSentAt,
                lastFailure, idempotencyKey, at, statusChangedAt, revision);
    }

    /** @return a copy without the address (kept no longer than it can serve a resend or a reminder) */
    public StoredInvitation withoutAddress() {
        return new StoredInvitation(id, caseId, questionnaireId, questionnaireVersion, channelId, null, language,
                status, tokenHash, shortCodeHash, pepperId, createdBy, createdAt, expiresAt, sendCount, lastSentAt,
                lastFailure, idempotencyKey, reminderSentAt, statusChangedAt, revision);
    }

    /** @return whether the status is live but the expiry has passed at {@code now} */
    public boolean expiredAt(Instant now) {
        return !status.isFinal() && !now.isBefore(expiresAt);
    }

    /** @return the status as it holds at {@code now}: {@link InvitationStatus#EXPIRED} for a live one past its expiry */
    public InvitationStatus statusAt(Instant now) {
        return expiredAt(now) ? InvitationStatus.EXPIRED : status;
    }

    /** Leaves out the address. */
    @Override
    public String toString() {
        return "StoredInvitation[id=" + id + ", caseId=" + caseId + ", questionnaire=" + questionnaireId + " "
                + questionnaireVersion + ", channel=" + channelId + ", status=" + status + ", expiresAt=" + expiresAt
                + ", sendCount=" + sendCount + ", revision=" + revision + ", address=" + (address == null ? "none" : "(redacted)")
                + "]";
    }
}
