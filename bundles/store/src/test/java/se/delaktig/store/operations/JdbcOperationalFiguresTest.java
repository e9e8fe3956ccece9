package se.delaktig.store.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.StoredInvitation;
import se.delaktig.api.operations.FilingBacklog;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.TestDatabases;
import se.delaktig.store.invitation.JdbcInvitationRepository;
import se.delaktig.store.result.JdbcResultRepository;

class JdbcOperationalFiguresTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:15:30Z");

    private StoreDatabase db;
    private JdbcOperationalFigures figures;
    private JdbcInvitationRepository invitations;
    private JdbcResultRepository results;

    /** The database under test: a fresh H2 in memory; the PostgreSQL subclass opens a fresh PostgreSQL one. */
    StoreDatabase openDatabase() throws Exception {
        return new StoreDatabase(TestDatabases.h2Factory(), TestDatabases.memory(), TestDatabases.bundleMigrations());
    }

    @BeforeEach
    void open() throws Exception {
        db = openDatabase();
        figures = new JdbcOperationalFigures(db);
        invitations = new JdbcInvitationRepository(db);
        results = new JdbcResultRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void invitation(String id, InvitationStatus status, Instant changed) {
        invitations.insert(new StoredInvitation(id, "case-" + id, "q", "1.0.0", "sms", "+46700000000", "sv", status,
                null, null, null, "staff-1", NOW.minusSeconds(90000), NOW.plusSeconds(86400), 1, changed, "timeout",
                "key-" + id, null, changed, 0));
    }

    @Test
    void countsInvitationsWhoseDeliveryFailedInThePeriod() {
        assertEquals(0, figures.deliveriesFailedSince(NOW.minusSeconds(86400)));
        invitation("a", InvitationStatus.DELIVERY_FAILED, NOW.minusSeconds(3600));
        invitation("b", InvitationStatus.DELIVERY_FAILED, NOW.minusSeconds(2 * 86400));
        invitation("c", InvitationStatus.SENT, NOW.minusSeconds(60));
        invitation("d", InvitationStatus.DELIVERY_FAILED, NOW);
        assertEquals(2, figures.deliveriesFailedSince(NOW.minusSeconds(86400)));
    }

    @Test
    void theFilingBacklogCountsUnfiledSummariesAndTheOldest() {
        assertEquals(FilingBacklog.EMPTY, figures.filingBacklog());
        results.queueFiling("r1", "case-1", NOW.minusSeconds(7200));
        results.queueFiling("r2", "case-2", NOW.minusSeconds(60));
        results.queueFiling("r3", "case-3", NOW.minusSeconds(90000));
        results.markFiled("r3", "entry-3", NOW);
        results.markFilingFailed("r1", NOW.plusSeconds(60));
        FilingBacklog backlog = figures.filingBacklog();
        assertEquals(2, backlog.pending());
        assertEquals(1, backlog.failing());
        assertEquals(NOW.minusSeconds(7200), backlog.oldestQueuedAt());
        results.markFiled("r1", "entry-1", NOW);
        results.markFiled("r2", "entry-2", NOW);
        assertNull(figures.filingBacklog().oldestQueuedAt());
    }
}
