package se.delaktig.referencehost.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.delaktig.host.api.events.CaseChanges;
import se.delaktig.host.api.events.CaseEvent;
import se.delaktig.host.api.events.CaseEventLog;
import se.delaktig.host.api.events.CaseEventType;
import se.delaktig.referencehost.TestDatabases;
import se.delaktig.referencehost.db.HostDatabase;

class CaseEventServiceTest {
    private final HostDatabase db = TestDatabases.fresh(true);
    private final CaseEventService events = new CaseEventService(db);
    private final CaseActions actions = new CaseActions(events, Clock.systemUTC());
    private final List<CaseEvent> heard = new ArrayList<>();

    @AfterEach
    void close() {
        db.close();
    }

    private String anyOpenCase() throws SQLException {
        return db.withConnection(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT id FROM cases WHERE is_open ORDER BY id LIMIT 1")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Test
    void eventsOfCaseAnswersOneCaseInLogOrder() throws SQLException {
        String id = anyOpenCase();
        assertEquals(List.of(), events.eventsOfCase(id));
        actions.startIntervention(id, "Familjebehandling");
        actions.close(id);
        List<CaseEvent> mine = events.eventsOfCase(id);
        assertEquals(List.of(CaseEventType.INTERVENTION_STARTED, CaseEventType.CLOSED),
                mine.stream().map(CaseEvent::type).toList());
        assertEquals("Familjebehandling", mine.get(0).label());
        assertEquals(List.of(), events.eventsOfCase("no-such-case"));
    }

    @Test
    void pagesThroughTheLogWithCursors() throws SQLException {
        String id = anyOpenCase();
        assertEquals(new CaseChanges(List.of(), "", false), events.changesSince(CaseEventLog.BEGINNING, 10));
        actions.close(id);
        actions.reopen(id);
        actions.move(id, "unit-vastra");
        actions.startIntervention(id, "Familjebehandling");

        CaseChanges first = events.changesSince("", 3);
        assertEquals(3, first.events().size());
        assertTrue(first.more());
        assertEquals(List.of(CaseEventType.CLOSED, CaseEventType.REOPENED, CaseEventType.MOVED),
                first.events().stream().map(CaseEvent::type).toList());
        assertEquals("unit-vastra", first.events().get(2).unitId());
        CaseChanges second = events.changesSince(first.cursor(), 3);
        assertEquals(1, second.events().size());
        assertFalse(second.more());
        assertEquals("Familjebehandling", second.events().get(0).label());
        CaseChanges none = events.changesSince(second.cursor(), 3);
        assertTrue(none.events().isEmpty());
        assertEquals(second.cursor(), none.cursor());
    }

    @Test
    void rejectsBadCursors() throws SQLException {
        actions.close(anyOpenCase());
        for (String bad : new String[] {"abc", "-1", "0", "01", "1 ", "99999", "999999999999999999999"}) {
            assertThrows(IllegalArgumentException.class, () -> events.changesSince(bad, 10), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> events.changesSince(null, 10));
        assertThrows(IllegalArgumentException.class, () -> events.changesSince("", 0));
    }

    @Test
    void repeatedClicksMakeNoEvent() throws SQLException {
        String id = anyOpenCase();
        assertTrue(actions.close(id).isPresent());
        assertTrue(actions.close(id).isEmpty());
        assertEquals(1, events.changesSince("", 10).events().size());
        assertThrows(IllegalArgumentException.class, () -> actions.move(id, "unit-nowhere"));
        assertThrows(IllegalArgumentException.class, () -> actions.startIntervention(id, " "));
    }

    @Test
    void tellsListenersAfterCommitAndSurvivesAFailingOne() throws SQLException {
        events.addListener(e -> {
            throw new IllegalStateException("boom");
        }, Map.of("service.ranking", 10));
        events.addListener(heard::add, Map.of());
        String id = anyOpenCase();
        CaseEvent started = actions.startIntervention(id, "Stödsamtal");
        assertEquals(List.of(started), heard);
        CaseEvent ended = actions.endIntervention(id, 1).orElseThrow();
        assertEquals(CaseEventType.INTERVENTION_ENDED, ended.type());
        assertEquals("Stödsamtal", ended.label());
        assertEquals(2, heard.size());
    }
}
