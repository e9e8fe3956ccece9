package se.delaktig.store.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.StoredInvitation;
import se.delaktig.store.db.PostgreSql;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.TestDatabases;

class JdbcInvitationRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:15:30.123456Z");

    private StoreDatabase db;
    private JdbcInvitationRepository repo;

    /** The database under test: a fresh H2 in memory; the PostgreSQL subclass opens a fresh PostgreSQL one. */
    StoreDatabase openDatabase() throws Exception {
        return new StoreDatabase(TestDatabases.h2Factory(), TestDatabases.memory(), TestDatabases.bundleMigrations());
    }

    @BeforeEach
    void open() throws Exception {
        db = openDatabase();
        repo = new JdbcInvitationRepository(db, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static StoredInvitation invitation(String id, String caseId, String creator, String key) {
        return new StoredInvitation(id, caseId, "barn-8-12", "1.0.0", "sms", "+46701234567", "sv",
                InvitationStatus.CREATED, "hmac-sha256:1:t-" + id, "hmac-sha256:1:s-" + id, "1", creator, NOW,
                NOW.plus(Duration.ofDays(14)), 0, null, null, key, null, NOW, 0);
    }

    @Test
    void insertsAndReadsBackEveryField() {
        StoredInvitation inv = invitation("i1", "case-1", "anna", "k1");
        assertTrue(repo.insert(inv));
        assertEquals(Optional.of(inv), repo.find("i1"));
        assertEquals(Optional.of(inv), repo.findByIdempotencyKey("anna", "k1"));
        assertEquals(Optional.of(inv), repo.findByTokenHash("hmac-sha256:1:t-i1"));
        assertEquals(Optional.of(inv), repo.findByShortCodeHash("hmac-sha256:1:s-i1"));
        assertEquals(Optional.empty(), repo.find("nope"));
        assertEquals(Optional.empty(), repo.findByShortCodeHash("hmac-sha256:1:other"));
    }

    @Test
    void theSameIdempotencyKeyFromTheSameCreatorIsRefusedButNotFromAnother() {
        assertTrue(repo.insert(invitation("i1", "case-1", "anna", "k1")));
        assertFalse(repo.insert(invitation("i2", "case-1", "anna", "k1")));
        assertTrue(repo.insert(invitation("i3", "case-1", "bert", "k1")));
        assertEquals(Optional.empty(), repo.find("i2"));
    }

    @Test
    void updatesOnlyFromTheRevisionItWasReadWith() {
        StoredInvitation inv = invitation("i1", "case-1", "anna", "k1");
        repo.insert(inv);
        Instant later = NOW.plusSeconds(5);
        StoredInvitation sent = repo.update(inv.withAttempt(later, null).withStatus(InvitationStatus.SENT, later))
                .orElseThrow();
        assertEquals(1, sent.revision());
        assertEquals(InvitationStatus.SENT, sent.status());
        assertEquals(1, sent.sendCount());
        assertEquals(later, sent.lastSentAt());
        assertEquals(later, sent.statusChangedAt());
        // a second writer still holding revision 0 loses
        assertEquals(Optional.empty(), repo.update(inv.withStatus(InvitationStatus.REVOKED, later)));
        assertEquals(InvitationStatus.SENT, repo.find("i1").orElseThrow().status());
    }

    @Test
    void listsByCaseNewestFirst() {
        repo.insert(invitation("a", "case-1", "anna", "k1"));
        StoredInvitation newer = new StoredInvitation("b", "case-1", "q", "1.0.0", "print", "", "en",
                InvitationStatus.CREATED, null, null, null, "anna", NOW.plusSeconds(1), NOW.plusSeconds(100), 0, null,
                null, "k2", null, NOW, 0);
        repo.insert(newer);
        repo.insert(invitation("c", "case-2", "anna", "k3"));
        assertEquals(List.of("b", "a"), repo.listByCase("case-1").stream().map(StoredInvitation::id).toList());
    }

    @Test
    @SuppressWarnings("deprecation")
    void findsExpiredDueForReminderAndAddressesToErase() {
        StoredInvitation a = invitation("a", "case-1", "anna", "k1");
        repo.insert(a);
        StoredInvitation sent = repo.update(a.withAttempt(NOW, null).withStatus(InvitationStatus.SENT, NOW)).orElseThrow();
        assertEquals(List.of("a"), ids(repo.listDueForReminder(NOW.plusSeconds(1), 10)));
        assertEquals(List.of(), ids(repo.listDueForReminder(NOW.minusSeconds(1), 10)));
        repo.update(sent.withReminderSent(NOW.plusSeconds(2))).orElseThrow();
        assertEquals(List.of(), ids(repo.listDueForReminder(NOW.plusSeconds(10), 10)));

        assertEquals(List.of(), ids(repo.listExpired(NOW, 10)));
        assertEquals(List.of("a"), ids(repo.listExpired(NOW.plus(Duration.ofDays(14)), 10)));

        StoredInvitation b = invitation("b", "case-1", "anna", "k2");
        repo.insert(b);
        repo.update(b.withStatus(InvitationStatus.REVOKED, NOW.plusSeconds(3))).orElseThrow();
        assertEquals(List.of(), ids(repo.listAddressesToErase(NOW, 10)));
        assertEquals(List.of("b"), ids(repo.listAddressesToErase(NOW.plusSeconds(3), 10)));
        StoredInvitation erased = repo.update(repo.find("b").orElseThrow().withoutAddress()).orElseThrow();
        assertNull(erased.address());
        assertEquals(List.of(), ids(repo.listAddressesToErase(NOW.plusSeconds(3), 10)));
    }

    @Test
    @SuppressWarnings("deprecation")
    void remindersGoToEveryUnansweredInvitationThatReachedTheChildButNeverToAHandedOverCode() {
        Instant t = NOW.plusSeconds(1);
        for (InvitationStatus status : InvitationStatus.values()) {
            StoredInvitation inv = invitation(status.name(), "case-1", "anna", "k-" + status);
            repo.insert(inv);
            repo.update(inv.withAttempt(NOW, null).withStatus(status, NOW)).orElseThrow();
        }
        StoredInvitation print = new StoredInvitation("print", "case-1", "q", "1.0.0", "print", "", "sv",
                InvitationStatus.SENT, null, null, null, "anna", NOW, NOW.plusSeconds(100), 1, NOW, null, "k-p", null,
                NOW, 0);
        repo.insert(print);
        assertEquals(List.of("IN_PROGRESS", "OPENED", "SENT"), ids(repo.listDueForReminder(t, 10)).stream().sorted().toList());
        assertEquals(List.of("IN_PROGRESS", "OPENED", "SENT"), ids(repo.listDueForReminder(t, Duration.ofSeconds(1), null,
                null, 10)).stream().sorted().toList());
    }

    /** Sent at {@code sentAt}, expiring at {@code expiresAt}, in {@code status}. */
    private StoredInvitation sentAt(String id, Instant sentAt, Instant expiresAt, InvitationStatus status) {
        StoredInvitation inv = invitation(id, "case-1", "anna", "k-" + id).withExpiry(expiresAt);
        repo.insert(inv);
        return repo.update(inv.withAttempt(sentAt, null).withStatus(status, sentAt)).orElseThrow();
    }

    @Test
    void theDueListLeavesOutExpiredInvitationsAndPagesByLastDeliveryAndId() {
        Duration after = Duration.ofDays(3);
        Instant now = NOW.plus(Duration.ofDays(4));
        Instant expiry = NOW.plus(Duration.ofDays(14));
        sentAt("b", NOW, expiry, InvitationStatus.SENT);
        sentAt("a", NOW, expiry, InvitationStatus.OPENED);
        sentAt("c", NOW.plusSeconds(1), expiry, InvitationStatus.IN_PROGRESS);
        sentAt("expired", NOW, now, InvitationStatus.SENT);
        sentAt("late", NOW.plus(Duration.ofDays(2)), expiry, InvitationStatus.SENT);
        sentAt("failed", NOW, expiry, InvitationStatus.DELIVERY_FAILED);

        assertEquals(List.of("a", "b", "c"), ids(repo.listDueForReminder(now, after, null, null, 10)));
        List<StoredInvitation> first = repo.listDueForReminder(now, after, null, null, 2);
        assertEquals(List.of("a", "b"), ids(first));
        StoredInvitation last = first.get(1);
        assertEquals(List.of("c"), ids(repo.listDueForReminder(now, after, last.lastSentAt(), last.id(), 2)));
        assertEquals(List.of("b", "c"), ids(repo.listDueForReminder(now, after, NOW, "a", 10)));
        assertEquals(List.of(), ids(repo.listDueForReminder(now, after, NOW.plusSeconds(1), "c", 10)));
        // a reminder due only at or after the expiry never shows up
        sentAt("edge", NOW.plusSeconds(2), NOW.plusSeconds(2).plus(after), InvitationStatus.SENT);
        assertFalse(ids(repo.listDueForReminder(NOW.plusSeconds(2).plus(after), after, null, null, 10)).contains("edge"));
    }

    @Test
    void anOpenedInvitationWhoseReminderCouldOnlyFallDueAtOrAfterItsExpiryKeepsNoAddress() {
        Duration after = Duration.ofDays(3);
        Instant expiry = NOW.plus(Duration.ofDays(14));
        Instant before = NOW.plus(Duration.ofDays(1));
        sentAt("waits", expiry.minus(after).minusSeconds(1), expiry, InvitationStatus.OPENED);
        sentAt("at-expiry", expiry.minus(after), expiry, InvitationStatus.OPENED);
        sentAt("after-expiry", NOW, NOW.plus(Duration.ofDays(2)), InvitationStatus.IN_PROGRESS);
        StoredInvitation never = invitation("never-sent", "case-1", "anna", "k-never").withExpiry(expiry);
        repo.insert(never);
        repo.update(never.withStatus(InvitationStatus.OPENED, NOW)).orElseThrow();

        assertEquals(List.of("after-expiry", "at-expiry", "never-sent"), ids(repo.listAddressesNoLongerNeeded(
                expiry, after, 10)).stream().sorted().toList());
        assertEquals(List.of("after-expiry", "never-sent"), ids(repo.listAddressesNoLongerNeeded(before, after, 10))
                .stream().sorted().toList());
        assertEquals(4, repo.listAddressesNoLongerNeeded(expiry, Duration.ZERO, 10).size(), "without reminders");
    }

    @Test
    void addressesNoLongerNeededAreFinalOrOpenedWithoutAPendingReminder() {
        Instant opened = NOW.plusSeconds(10);
        Instant reminded = NOW.plusSeconds(20);
        StoredInvitation sent = invitation("sent", "case-1", "anna", "k1");
        repo.insert(sent);
        repo.update(sent.withStatus(InvitationStatus.SENT, NOW)).orElseThrow();
        StoredInvitation open = invitation("open", "case-1", "anna", "k2");
        repo.insert(open);
        StoredInvitation openStored = repo.update(open.withAttempt(NOW, null).withStatus(InvitationStatus.OPENED, opened))
                .orElseThrow();
        StoredInvitation done = invitation("done", "case-1", "anna", "k3");
        repo.insert(done);
        repo.update(done.withStatus(InvitationStatus.ANSWERED, opened)).orElseThrow();

        // without reminders an opened invitation's address is useless from the moment it was opened
        assertEquals(List.of(), ids(repo.listAddressesNoLongerNeeded(opened.minusSeconds(1), Duration.ZERO, 10)));
        assertEquals(List.of("done", "open"), ids(repo.listAddressesNoLongerNeeded(opened, Duration.ZERO, 10)).stream()
                .sorted().toList());
        // with reminders it waits for the reminder, then for the keeping time after it
        assertEquals(List.of("done"), ids(repo.listAddressesNoLongerNeeded(reminded.plusSeconds(60), Duration.ofDays(3), 10)));
        repo.update(openStored.withReminderSent(reminded)).orElseThrow();
        assertEquals(List.of("done"), ids(repo.listAddressesNoLongerNeeded(reminded.minusSeconds(1), Duration.ofDays(3), 10)));
        assertEquals(List.of("done"), ids(repo.listAddressesNoLongerNeeded(reminded.minusSeconds(1), Duration.ZERO, 10)));
        assertEquals(List.of("done", "open"), ids(repo.listAddressesNoLongerNeeded(reminded, Duration.ofDays(3), 10)).stream()
                .sorted().toList());
        // an invitation that can still be resent keeps its address
        assertFalse(ids(repo.listAddressesNoLongerNeeded(NOW.plus(Duration.ofDays(30)), Duration.ZERO, 10)).contains("sent"));
        repo.update(repo.find("open").orElseThrow().withoutAddress()).orElseThrow();
        assertEquals(List.of("done"), ids(repo.listAddressesNoLongerNeeded(reminded, Duration.ofDays(3), 10)));
    }

    @Test
    void erasingACaseRemovesPersonalAndSecretFieldsAndIsRepeatable() {
        repo.insert(invitation("a", "case-1", "anna", "k1"));
        repo.insert(invitation("b", "case-2", "anna", "k2"));
        assertEquals(1, repo.eraseCase("case-1"));
        StoredInvitation a = repo.find("a").orElseThrow();
        assertNull(a.address());
        assertNull(a.tokenHash());
        assertNull(a.shortCodeHash());
        assertNull(a.idempotencyKey());
        assertEquals(Optional.empty(), repo.findByShortCodeHash("hmac-sha256:1:s-a"));
        assertEquals(0, repo.eraseCase("case-1"));
        assertEquals("+46701234567", repo.find("b").orElseThrow().address());
    }

    @Test
    void cursorsAreStoredAndReplaced() {
        assertEquals(Optional.empty(), repo.cursor("case-events"));
        repo.saveCursor("case-events", "17");
        assertEquals(Optional.of("17"), repo.cursor("case-events"));
        repo.saveCursor("case-events", "42");
        assertEquals(Optional.of("42"), repo.cursor("case-events"));
    }

    @Test
    @PostgreSql.H2Only
    void survivesClosingAndReopeningTheFile(@TempDir Path dir) throws Exception {
        StoreDatabase file = new StoreDatabase(TestDatabases.h2Factory(), TestDatabases.file(dir),
                TestDatabases.bundleMigrations());
        new JdbcInvitationRepository(file).insert(invitation("a", "case-1", "anna", "k1"));
        new JdbcInvitationRepository(file).saveCursor("case-events", "5");
        file.close();
        StoreDatabase again = new StoreDatabase(TestDatabases.h2Factory(), TestDatabases.file(dir),
                TestDatabases.bundleMigrations());
        try {
            JdbcInvitationRepository r = new JdbcInvitationRepository(again);
            assertEquals(Optional.of(invitation("a", "case-1", "anna", "k1")), r.find("a"));
            assertEquals(Optional.of("5"), r.cursor("case-events"));
        } finally {
            again.close();
        }
    }

    private static List<String> ids(List<StoredInvitation> list) {
        return list.stream().map(StoredInvitation::id).toList();
    }
}
