package se.delaktig.referencehost.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.delaktig.host.api.MessageChannel;
import se.delaktig.host.api.OutgoingMessage;
import se.delaktig.referencehost.TestDatabases;
import se.delaktig.referencehost.db.HostDatabase;
import se.delaktig.referencehost.messaging.OutboxGateway;

/** Who reads which outbox message: administrators all, caseworkers those about cases they may see. */
class OutboxAccessTest {
    private final HostDatabase db = TestDatabases.fresh(true);
    private final OutboxGateway gateway = new OutboxGateway(db, "Socialjouren", Clock.systemUTC());
    private final AdminQueries queries = new AdminQueries(db);

    @AfterEach
    void close() {
        db.close();
    }

    private String caseOf(String unit, boolean protectedIdentity) throws SQLException {
        return TestDatabases.caseOf(db, unit, protectedIdentity);
    }

    private List<String> subjects(String staffId) throws SQLException {
        // distinct: an alert is one message per recipient
        return queries.outboxFor(staffId, 50).stream().map(AdminQueries.OutboxRow::subject).distinct().sorted().toList();
    }

    @Test
    void caseworkersReadMessagesAboutCasesTheyMaySeeOnly() throws Exception {
        gateway.notifyCaseStaff(caseOf("unit-norra", false), "norra", "t");
        gateway.notifyCaseStaff(caseOf("unit-norra", true), "norra-skyddad", "t");
        gateway.notifyCaseStaff(caseOf("unit-sodra", false), "sodra", "t");
        gateway.send(new OutgoingMessage(MessageChannel.EMAIL, "familj@example.se", "norra-epost", "Din länk",
                caseOf("unit-norra", false)));
        gateway.send(new OutgoingMessage(MessageChannel.EMAIL, "okand@example.se", "ingen", "Utan ärende"));

        assertEquals(List.of("norra", "norra-epost", "norra-skyddad"), subjects("staff-01"));
        assertEquals(List.of("sodra"), subjects("staff-02"));
        assertEquals(List.of("norra", "norra-epost", "sodra"), subjects("staff-04"), "david: no protected identities");
        assertTrue(subjects("staff-03").isEmpty());
        assertTrue(queries.outbox(50).stream().anyMatch(r -> r.subject().equals("ingen")), "administrators see all");
    }

    @Test
    void aDeletedCasesMessagesAreLeftToTheAdministrators() throws Exception {
        String norra = caseOf("unit-norra", false);
        gateway.notifyCaseStaff(norra, "norra", "t");
        db.withConnection(c -> {
            for (String sql : new String[] {"DELETE FROM case_assignments WHERE case_id = ?",
                    "DELETE FROM case_entries WHERE case_id = ?", "DELETE FROM cases WHERE id = ?"}) {
                try (var d = c.prepareStatement(sql)) {
                    d.setString(1, norra);
                    d.executeUpdate();
                }
            }
            return null;
        });
        assertTrue(subjects("staff-01").isEmpty());
        assertEquals(List.of("norra"), queries.outbox(50).stream().map(AdminQueries.OutboxRow::subject).distinct().toList());
    }
}
