package se.delaktig.store.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.StoredInvitation;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.TestDatabases;
import se.delaktig.store.invitation.JdbcInvitationRepository;
import se.delaktig.store.response.JdbcResponseRepository;

class JdbcResultRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:15:30Z");

    private StoreDatabase db;
    private JdbcResultRepository results;
    private JdbcResponseRepository responses;
    private JdbcInvitationRepository invitations;

    /** The database under test: a fresh H2 in memory; the PostgreSQL subclass opens a fresh PostgreSQL one. */
    StoreDatabase openDatabase() throws Exception {
        return new StoreDatabase(TestDatabases.h2Factory(), TestDatabases.memory(), TestDatabases.bundleMigrations());
    }

    @BeforeEach
    void open() throws Exception {
        db = openDatabase();
        results = new JdbcResultRepository(db);
        responses = new JdbcResponseRepository(db);
        invitations = new JdbcInvitationRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void invitation(String id, String caseId) {
        invitations.insert(new StoredInvitation(id, caseId, "q", "1.0.0", "print", "", "sv", InvitationStatus.SENT,
                null, null, null, "staff-1", NOW, NOW.plusSeconds(86400), 1, NOW, null, "key-" + id, null, NOW, 0));
    }

    @Test
    void aCaseHasTheSentResponsesOfItsInvitationsAndItsStaffFormsOldestFirst() {
        invitation("inv-a", "case-1");
        invitation("inv-b", "case-1");
        invitation("inv-c", "case-2");
        StoredResponse a = responses.startOrFind("inv-a", "q", "1.0.0", NOW);
        StoredResponse b = responses.startOrFind("inv-b", "q", "1.0.0", NOW);
        StoredResponse c = responses.startOrFind("inv-c", "q", "1.0.0", NOW);
        StoredResponse form = responses.startOrFind("staff:x", "f", "1.0.0", NOW);
        responses.markSubmitted(b.id(), NOW.plusSeconds(10));
        responses.markSubmitted(a.id(), NOW.plusSeconds(20));
        responses.markSubmitted(c.id(), NOW.plusSeconds(30));
        responses.markSubmitted(form.id(), NOW.plusSeconds(40));
        results.linkStaffResponse(form.id(), "case-1", "staff-1", NOW);
        results.linkStaffResponse(form.id(), "case-1", "staff-1", NOW);

        List<String> ids = results.submittedForCase("case-1").stream().map(StoredResponse::id).toList();
        assertEquals(List.of(b.id(), a.id(), form.id()), ids);
        assertEquals(Optional.of("case-1"), results.caseOf(a.id()));
        assertEquals(Optional.of("case-1"), results.caseOf(form.id()));
        assertEquals(Optional.of("case-2"), results.caseOf(c.id()));
        assertTrue(results.caseOf("nope").isEmpty());
    }

    @Test
    void filingsAreQueuedOnceRetriedAndDone() {
        assertTrue(results.queueFiling("r1", "case-1", NOW));
        assertFalse(results.queueFiling("r1", "case-1", NOW));
        assertEquals(1, results.dueFilings(NOW, 10).size());
        results.markFilingFailed("r1", NOW.plusSeconds(60));
        assertTrue(results.dueFilings(NOW, 10).isEmpty());
        assertEquals(1, results.dueFilings(NOW.plusSeconds(60), 10).get(0).attempts());
        results.markFiled("r1", "entry-9", NOW.plusSeconds(61));
        assertTrue(results.filed("r1"));
        assertTrue(results.dueFilings(NOW.plusSeconds(600), 10).isEmpty());
    }

    @Test
    void anAlertIsClaimedOnceAndCanBeReleased() {
        assertTrue(results.claimAlert("r1", "case-1", NOW));
        assertFalse(results.claimAlert("r1", "case-1", NOW));
        assertEquals(List.of("r1"), results.alertedResponses("case-1"));
        results.releaseAlert("r1");
        assertTrue(results.alertedResponses("case-1").isEmpty());
        assertTrue(results.claimAlert("r1", "case-1", NOW));
        results.markTogether("inv-1", "staff-1", NOW);
        results.markTogether("inv-1", "staff-1", NOW);
        assertTrue(results.together("inv-1"));
        assertFalse(results.together("inv-2"));
    }
}
