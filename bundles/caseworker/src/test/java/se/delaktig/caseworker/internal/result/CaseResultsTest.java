package se.delaktig.caseworker.internal.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.response.ResponseRepository;
import se.delaktig.api.response.StoredAnswer;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.api.result.ResultRepository;
import se.delaktig.host.api.AuditTrail;
import se.delaktig.host.api.events.CaseEvent;
import se.delaktig.host.api.events.CaseEventLog;
import se.delaktig.host.api.events.CaseEventType;

class CaseResultsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    private final List<StoredResponse> sent = new ArrayList<>();
    private final Map<String, String> safeAnswer = new HashMap<>();
    private final CaseResults results = new CaseResults(
            Fakes.of(ResultRepository.class, Map.of("submittedForCase", a -> sent)),
            Fakes.of(ResponseRepository.class, Map.of("answers", a -> safeAnswer.containsKey((String) a[0])
                    ? List.of(new StoredAnswer(Answer.ofCodes(Fakes.SAFE, safeAnswer.get((String) a[0])), T0, 1))
                    : List.of())),
            Fakes.catalog(), Fakes.of(AuditTrail.class, Map.of()));

    private static CaseEvent event(int seq, String caseId, CaseEventType type, String label, int day) {
        return new CaseEvent(Integer.toString(seq), caseId, type, "u1", T0.plusSeconds(86400L * day), label);
    }

    @Test
    void interventionsComeFromTheCasesOwnEventsNotTheWholeLog() {
        List<String> asked = new ArrayList<>();
        results.setEvents(Fakes.of(CaseEventLog.class, Map.of("eventsOfCase", a -> {
            asked.add((String) a[0]);
            return List.of(event(1, "c1", CaseEventType.MOVED, null, 0),
                    event(2, "c1", CaseEventType.INTERVENTION_STARTED, "Familjebehandling", 1),
                    event(3, "c1", CaseEventType.INTERVENTION_STARTED, "Samtalsstöd", 2),
                    event(4, "c1", CaseEventType.INTERVENTION_ENDED, "Familjebehandling", 5));
        })));
        List<Intervention> found = results.interventions("c1");
        assertEquals(List.of("c1"), asked);
        assertEquals(List.of(new Intervention("Familjebehandling", T0.plusSeconds(86400), T0.plusSeconds(86400 * 5)),
                new Intervention("Samtalsstöd", T0.plusSeconds(86400 * 2), null)), found);
    }

    @Test
    void anEndWithoutItsStartAndAnUnreadableLog() {
        assertEquals(List.of(new Intervention("X", null, T0)),
                CaseResults.interventions(List.of(event(1, "c1", CaseEventType.INTERVENTION_ENDED, "X", 0))));
        assertEquals(List.of(), results.interventions("c1"), "no event log");
        results.setEvents(Fakes.of(CaseEventLog.class, Map.of("eventsOfCase", a -> {
            throw new IllegalStateException("down");
        })));
        assertEquals(List.of(), results.interventions("c1"));
    }

    @Test
    void theDangerFlagIsTheChildsLatestResponseSignallingDangerWhateverBecameOfTheAlert() {
        assertFalse(results.latestChildResponseSignalsDanger("c1"));
        sent.add(Fakes.sent("r1", "child", T0));
        safeAnswer.put("r1", "yes");
        // the store knows of no alert for r1 (refused by the host, or no gateway): the answers decide
        assertTrue(results.latestChildResponseSignalsDanger("c1"));
        sent.add(Fakes.sent("f1", "form", T0.plusSeconds(60)));
        assertTrue(results.latestChildResponseSignalsDanger("c1"), "a follow-up form does not lower the flag");
        sent.add(Fakes.sent("r2", "child", T0.plusSeconds(120)));
        safeAnswer.put("r2", "no");
        assertFalse(results.latestChildResponseSignalsDanger("c1"), "a later response without danger lowers it");
        sent.add(Fakes.sent("r3", "child", T0.plusSeconds(180)));
        safeAnswer.put("r3", "yes");
        assertTrue(results.latestChildResponseSignalsDanger("c1"), "and a later one with danger raises it again");
    }
}
