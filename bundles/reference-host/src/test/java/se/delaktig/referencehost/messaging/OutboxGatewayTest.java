package se.delaktig.referencehost.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.delaktig.host.api.HostException;
import se.delaktig.host.api.MessageChannel;
import se.delaktig.host.api.OutgoingMessage;
import se.delaktig.referencehost.TestDatabases;
import se.delaktig.referencehost.audit.AdminQueries;
import se.delaktig.referencehost.db.HostDatabase;

class OutboxGatewayTest {
    private final HostDatabase db = TestDatabases.fresh(true);
    private final OutboxGateway gateway = new OutboxGateway(db, "Socialjouren", Clock.systemUTC());

    @AfterEach
    void close() {
        db.close();
    }

    private String caseOf(String unit, boolean protectedIdentity) throws SQLException {
        return TestDatabases.caseOf(db, unit, protectedIdentity);
    }

    private void assign(String caseId, String... staffIds) throws SQLException {
        db.withConnection(c -> {
            try (var d = c.prepareStatement("DELETE FROM case_assignments WHERE case_id = ?");
                 var i = c.prepareStatement("INSERT INTO case_assignments (case_id, staff_id) VALUES (?, ?)")) {
                d.setString(1, caseId);
                d.executeUpdate();
                for (String staff : staffIds) {
                    i.setString(1, caseId);
                    i.setString(2, staff);
                    i.executeUpdate();
                }
            }
            return null;
        });
    }

    private void away(String staffId, boolean away) throws SQLException {
        db.withConnection(c -> {
            try (var u = c.prepareStatement("UPDATE staff SET away = ? WHERE id = ?")) {
                u.setBoolean(1, away);
                u.setString(2, staffId);
                return u.executeUpdate();
            }
        });
    }

    /** The recipients of the newest alert with {@code subject}. */
    private List<String> recipients(String subject) throws SQLException {
        return new AdminQueries(db).outbox(50).stream().filter(r -> r.subject().equals(subject))
                .map(AdminQueries.OutboxRow::address).sorted().toList();
    }

    @Test
    void acceptsWellFormedAddresses() throws Exception {
        assertTrue(gateway.send(new OutgoingMessage(MessageChannel.SMS, "+46701234567", "", "Din kod: 1234")).startsWith("msg-"));
        gateway.send(new OutgoingMessage(MessageChannel.EMAIL, "barn.familj@example.se", "Frågor", "Hej!"));
        List<AdminQueries.OutboxRow> rows = new AdminQueries(db).outbox(10);
        assertEquals(2, rows.size());
        assertEquals("EMAIL", rows.get(0).channel(), "newest first");
    }

    @Test
    void rejectsBadAddressesAndStoresNothing() throws Exception {
        for (String bad : new String[] {"0701234567", "+46 70 123", "+0123456789", "+4670123456789012345", "", "<script>"}) {
            assertThrows(HostException.class, () -> gateway.send(new OutgoingMessage(MessageChannel.SMS, bad, "", "x")), bad);
        }
        for (String bad : new String[] {"no-at", "a@b", "a@@b.se", "a b@c.se", "a@b.se\nBcc: x@y.se", "x".repeat(250) + "@b.se"}) {
            assertThrows(HostException.class, () -> gateway.send(new OutgoingMessage(MessageChannel.EMAIL, bad, "s", "x")), bad);
        }
        assertThrows(HostException.class, () -> gateway.send(new OutgoingMessage(MessageChannel.EMAIL, "a@b.se", "s", " ")));
        assertTrue(new AdminQueries(db).outbox(10).isEmpty());
    }

    @Test
    void alertsGoToTheResponsibleCaseworkerThenTheUnitThenTheOnCallTeam() throws Exception {
        String norra = caseOf("unit-norra", false);
        assign(norra, "staff-01");
        gateway.notifyCaseStaff(norra, "Larm 1", "Öppna ärendet.");
        assertEquals(List.of("Anna Lindqvist"), recipients("Larm 1"), "only the responsible caseworker");

        away("staff-01", true);
        gateway.notifyCaseStaff(norra, "Larm 2", "Öppna ärendet.");
        assertEquals(List.of("David Nyström"), recipients("Larm 2"), "the unit's other caseworker while Anna is away");

        away("staff-04", true);
        gateway.notifyCaseStaff(norra, "Larm 3", "Öppna ärendet.");
        assertEquals(List.of("Socialjouren"), recipients("Larm 3"), "everyone away: the on-call team");

        assertTrue(new AdminQueries(db).outbox(10).stream().allMatch(r -> r.channel().equals(OutboxGateway.INTERNAL)));
        assertThrows(HostException.class, () -> gateway.notifyCaseStaff("NO-SUCH", "s", "t"));
    }

    @Test
    void withoutResponsibleCaseworkersEveryAvailableOneWhoMaySeeTheCaseIsTold() throws Exception {
        String norra = caseOf("unit-norra", false);
        assign(norra);
        gateway.notifyCaseStaff(norra, "Alla", "t");
        assertEquals(List.of("Anna Lindqvist", "David Nyström"), recipients("Alla"));

        String norraProtected = caseOf("unit-norra", true);
        assign(norraProtected);
        away("staff-01", true);
        gateway.notifyCaseStaff(norraProtected, "Skyddad", "t");
        assertEquals(List.of("Socialjouren"), recipients("Skyddad"), "David may not see it, so he is not told");
    }

    @Test
    void withoutAnOnCallTeamAnAlertNobodyCanReadIsRefused() throws Exception {
        OutboxGateway noOnCall = new OutboxGateway(db, " ", Clock.systemUTC());
        String vastra = caseOf("unit-vastra", false);
        away("staff-03", true);
        assertThrows(HostException.class, () -> noOnCall.notifyCaseStaff(vastra, "s", "t"));
        assertTrue(new AdminQueries(db).outbox(10).isEmpty());
    }

    @Test
    void aMessageBelongsToTheCaseItNames() throws Exception {
        String norra = caseOf("unit-norra", false);
        gateway.send(new OutgoingMessage(MessageChannel.SMS, "+46701234567", "", "Din länk", norra));
        gateway.send(new OutgoingMessage(MessageChannel.SMS, "+46701234568", "", "Om inget ärende"));
        List<AdminQueries.OutboxRow> anna = new AdminQueries(db).outboxFor("staff-01", 10);
        assertEquals(List.of("+46701234567"), anna.stream().map(AdminQueries.OutboxRow::address).toList(),
                "a message naming no case belongs to no case");
        assertTrue(new AdminQueries(db).outboxFor("staff-02", 10).isEmpty(), "another unit's caseworker");
        assertEquals(2, new AdminQueries(db).outbox(10).size(), "administrators see both");
    }
}
