package se.delaktig.referencehost.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    private final OutboxGateway gateway = new OutboxGateway(db);

    @AfterEach
    void close() {
        db.close();
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
    void notifiesTheCaseworkersOfTheCasesUnit() throws Exception {
        String norraCase = db.withConnection(c -> {
            try (var s = c.createStatement();
                 var rs = s.executeQuery("SELECT id FROM cases WHERE unit_id = 'unit-norra' LIMIT 1")) {
                rs.next();
                return rs.getString(1);
            }
        });
        gateway.notifyCaseStaff(norraCase, "Nytt svar", "Ett barn har svarat. Öppna ärendet.");
        List<AdminQueries.OutboxRow> rows = new AdminQueries(db).outbox(10);
        assertEquals(2, rows.size(), "Anna and David work in Norra");
        assertTrue(rows.stream().allMatch(r -> r.channel().equals(OutboxGateway.INTERNAL)));
        assertThrows(HostException.class, () -> gateway.notifyCaseStaff("NO-SUCH", "s", "t"));
    }
}
