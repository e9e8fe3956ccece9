package se.delaktig.referencehost.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.delaktig.host.api.AuditEvent;
import se.delaktig.host.api.HostException;
import se.delaktig.referencehost.TestDatabases;
import se.delaktig.referencehost.db.HostDatabase;

class AuditServiceTest {

    @Test
    void recordsAndListsNewestFirst() throws Exception {
        HostDatabase db = TestDatabases.fresh(true);
        AuditService audit = new AuditService(db);
        audit.record(new AuditEvent("staff-01", "ABCD-EFGH", "answers.read", "case-panel", Instant.now()));
        audit.record(new AuditEvent("delaktig", null, "invitation.create", "rest", Instant.now()));
        var rows = new AdminQueries(db).audit(0, 10);
        assertEquals(2, rows.size());
        assertEquals("invitation.create", rows.get(0).action());
        assertEquals("Anna Lindqvist", rows.get(1).staffName());
        db.close();
    }

    @Test
    void failsClosedWhenTheDatabaseIsGone() {
        HostDatabase db = TestDatabases.fresh(false);
        AuditService audit = new AuditService(db);
        db.close();
        assertThrows(HostException.class,
                () -> audit.record(new AuditEvent("staff-01", "X", "answers.read", "case-panel", Instant.now())));
    }
}
