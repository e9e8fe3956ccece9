package se.delaktig.invitation.internal.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import se.delaktig.api.invitation.InvitationRepository;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.StoredInvitation;

/** The repository contract in memory, with the store's semantics (revision check, idempotency key unique per creator). */
final class MemoryInvitationRepository implements InvitationRepository {

    private static final Set<InvitationStatus> UNANSWERED = EnumSet.of(InvitationStatus.SENT, InvitationStatus.OPENED,
            InvitationStatus.IN_PROGRESS);
    private static final Set<InvitationStatus> OPENED = EnumSet.of(InvitationStatus.OPENED, InvitationStatus.IN_PROGRESS);

    final Map<String, StoredInvitation> rows = new LinkedHashMap<>();
    final Map<String, String> cursors = new HashMap<>();
    /** When set, the next update fails as if another writer came first. */
    boolean loseNextUpdate;

    @Override
    public synchronized boolean insert(StoredInvitation inv) {
        if (inv.idempotencyKey() != null && findByIdempotencyKey(inv.createdBy(), inv.idempotencyKey()).isPresent()) {
            return false;
        }
        rows.put(inv.id(), withRevision(inv, 0));
        return true;
    }

    @Override
    public synchronized Optional<StoredInvitation> find(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Optional<StoredInvitation> findByIdempotencyKey(String createdBy, String key) {
        return first(r -> r.createdBy().equals(createdBy) && key.equals(r.idempotencyKey()));
    }

    @Override
    public synchronized Optional<StoredInvitation> findByTokenHash(String hash) {
        return first(r -> hash.equals(r.tokenHash()));
    }

    @Override
    public synchronized Optional<StoredInvitation> findByShortCodeHash(String hash) {
        return first(r -> hash.equals(r.shortCodeHash()));
    }

    @Override
    public synchronized List<StoredInvitation> listByCase(String caseId) {
        return rows.values().stream().filter(r -> r.caseId().equals(caseId))
                .sorted(Comparator.comparing(StoredInvitation::createdAt).reversed()).toList();
    }

    @Override
    public synchronized Optional<StoredInvitation> update(StoredInvitation changed) {
        StoredInvitation current = rows.get(changed.id());
        if (loseNextUpdate) {
            loseNextUpdate = false;
            rows.put(current.id(), withRevision(current, current.revision() + 1));
            return Optional.empty();
        }
        if (current == null || current.revision() != changed.revision()) {
            return Optional.empty();
        }
        StoredInvitation next = withRevision(changed, changed.revision() + 1);
        rows.put(next.id(), next);
        return Optional.of(next);
    }

    @Override
    public synchronized List<StoredInvitation> listExpired(Instant now, int max) {
        return many(r -> !r.status().isFinal() && !r.expiresAt().isAfter(now), max);
    }

    @Override
    @Deprecated
    public synchronized List<StoredInvitation> listDueForReminder(Instant sentBefore, int max) {
        return many(r -> UNANSWERED.contains(r.status()) && r.address() != null && !r.address().isEmpty()
                && r.reminderSentAt() == null && r.lastSentAt() != null && !r.lastSentAt().isAfter(sentBefore), max);
    }

    @Override
    public synchronized List<StoredInvitation> listDueForReminder(Instant now, Duration reminderAfter,
            Instant afterSentAt, String afterId, int max) {
        Instant sentBefore = now.minus(reminderAfter);
        Comparator<StoredInvitation> order = Comparator.comparing(StoredInvitation::lastSentAt)
                .thenComparing(StoredInvitation::id);
        return new ArrayList<>(rows.values().stream()
                .filter(r -> UNANSWERED.contains(r.status()) && r.address() != null && !r.address().isEmpty()
                        && r.reminderSentAt() == null && r.lastSentAt() != null && !r.lastSentAt().isAfter(sentBefore)
                        && r.expiresAt().isAfter(now))
                .filter(r -> afterSentAt == null || r.lastSentAt().isAfter(afterSentAt)
                        || (r.lastSentAt().equals(afterSentAt) && r.id().compareTo(afterId) > 0))
                .sorted(order).limit(max).toList());
    }

    @Override
    @Deprecated
    public synchronized List<StoredInvitation> listAddressesToErase(Instant before, int max) {
        return many(r -> r.status().isFinal() && r.address() != null && !r.statusChangedAt().isAfter(before), max);
    }

    @Override
    public synchronized List<StoredInvitation> listAddressesNoLongerNeeded(Instant before, Duration reminderAfter,
            int max) {
        return many(r -> r.address() != null && !r.statusChangedAt().isAfter(before) && (r.status().isFinal()
                || (OPENED.contains(r.status()) && (r.reminderSentAt() == null ? reminderNeverGoes(r, reminderAfter)
                        : !r.reminderSentAt().isAfter(before)))), max);
    }

    private static boolean reminderNeverGoes(StoredInvitation r, Duration reminderAfter) {
        return reminderAfter.isZero() || r.lastSentAt() == null || !r.lastSentAt().plus(reminderAfter).isBefore(r.expiresAt());
    }

    @Override
    public synchronized int eraseCase(String caseId) {
        int n = 0;
        for (StoredInvitation r : List.copyOf(rows.values())) {
            if (r.caseId().equals(caseId) && (r.address() != null || r.tokenHash() != null || r.idempotencyKey() != null)) {
                rows.put(r.id(), new StoredInvitation(r.id(), r.caseId(), r.questionnaireId(), r.questionnaireVersion(),
                        r.channelId(), null, r.language(), r.status(), null, null, r.pepperId(), r.createdBy(),
                        r.createdAt(), r.expiresAt(), r.sendCount(), r.lastSentAt(), null, null, r.reminderSentAt(),
                        r.statusChangedAt(), r.revision() + 1));
                n++;
            }
        }
        return n;
    }

    @Override
    public synchronized Optional<String> cursor(String name) {
        return Optional.ofNullable(cursors.get(name));
    }

    @Override
    public synchronized void saveCursor(String name, String cursor) {
        cursors.put(name, Objects.requireNonNull(cursor));
    }

    StoredInvitation only() {
        if (rows.size() != 1) {
            throw new AssertionError("expected one invitation, found " + rows.size());
        }
        return rows.values().iterator().next();
    }

    private Optional<StoredInvitation> first(Predicate<StoredInvitation> p) {
        return rows.values().stream().filter(p).findFirst();
    }

    private List<StoredInvitation> many(Predicate<StoredInvitation> p, int max) {
        return new ArrayList<>(rows.values().stream().filter(p).limit(max).toList());
    }

    private static StoredInvitation withRevision(StoredInvitation r, long revision) {
        return new StoredInvitation(r.id(), r.caseId(), r.questionnaireId(), r.questionnaireVersion(), r.channelId(),
                r.address(), r.language(), r.status(), r.tokenHash(), r.shortCodeHash(), r.pepperId(), r.createdBy(),
                r.createdAt(), r.expiresAt(), r.sendCount(), r.lastSentAt(), r.lastFailure(), r.idempotencyKey(),
                r.reminderSentAt(), r.statusChangedAt(), revision);
    }
}
