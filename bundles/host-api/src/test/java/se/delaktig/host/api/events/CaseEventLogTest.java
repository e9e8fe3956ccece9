package se.delaktig.host.api.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseEventLogTest {

    /** A log that only implements changesSince, at most 1,000 events a page. */
    private static final class PagedLog implements CaseEventLog {
        final List<CaseEvent> events = new ArrayList<>();

        @Override
        public CaseChanges changesSince(String cursor, int max) {
            int from = cursor.isEmpty() ? 0 : Integer.parseInt(cursor);
            int to = Math.min(events.size(), from + Math.min(max, 1000));
            return new CaseChanges(events.subList(from, to), to == from ? cursor : Integer.toString(to),
                    to < events.size());
        }
    }

    @Test
    void theDefaultReadsEveryPageAndKeepsOnlyTheCase() {
        PagedLog log = new PagedLog();
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 2500; i++) {
            String caseId = i % 500 == 0 ? "c1" : "other";
            CaseEventType type = i == 2499 ? CaseEventType.INTERVENTION_ENDED : CaseEventType.INTERVENTION_STARTED;
            log.events.add(new CaseEvent(Integer.toString(i + 1), i == 2499 ? "c1" : caseId, type, "u1",
                    t.plusSeconds(i), null));
        }
        List<CaseEvent> mine = log.eventsOfCase("c1");
        assertEquals(List.of("1", "501", "1001", "1501", "2001", "2500"), mine.stream().map(CaseEvent::cursor).toList());
        assertEquals(CaseEventType.INTERVENTION_ENDED, mine.get(mine.size() - 1).type());
        assertEquals(List.of(), log.eventsOfCase("nobody"));
    }
}
