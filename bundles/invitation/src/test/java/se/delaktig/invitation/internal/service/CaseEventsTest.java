package se.delaktig.invitation.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.delaktig.api.statistics.RecordedFacts;
import se.delaktig.host.api.events.CaseEventType;

/** A deleted case (retention): revoked, then erased through the store's {@code CaseErasure}, audited once. */
class CaseEventsTest {
    private final World w = new World();

    private String create(String caseId) throws Exception {
        return w.service.create(World.ANNA, w.sms(caseId)).invitation().id();
    }

    @Test
    void aDeletedCaseIsErasedAndTheErasureAuditedOnceEvenWhenTheEventComesAgain() throws Exception {
        String gone = create("c1");
        w.host.addCase("c2", "u1", 9, false);
        String kept = create("c2");

        w.caseEvents.caseChanged(w.host.event("c1", CaseEventType.DELETED, w.clock.instant()));

        assertEquals(List.of("c1"), w.erasure.erased);
        assertTrue(w.repository.find(gone).isEmpty());
        assertTrue(w.repository.find(kept).isPresent(), "another case is untouched");
        assertEquals(List.of("anna invitation.create c1", "anna invitation.send c1", "anna invitation.create c2",
                "anna invitation.send c2", "delaktig invitation.revoke c1",
                "delaktig case.erase c1"), w.host.actions());
        assertEquals("invitation", w.host.audit.get(5).view());

        // the same event again (a replay after a restart): nothing left, so nothing more is audited
        w.caseEvents.caseChanged(w.host.event("c1", CaseEventType.DELETED, w.clock.instant()));
        assertEquals(List.of("c1", "c1"), w.erasure.erased);
        assertEquals(6, w.host.actions().size());
    }

    @Test
    void aDeletionWhileThePluginWasStoppedIsErasedByTheCatchUp() throws Exception {
        String id = create("c1");
        w.host.event("c1", CaseEventType.DELETED, w.clock.instant()); // not delivered: the plugin was stopped
        w.caseEvents.catchUp();
        assertEquals(List.of("c1"), w.erasure.erased);
        assertTrue(w.repository.find(id).isEmpty());
        assertEquals(Optional.of("1"), w.repository.cursor(CaseEvents.CURSOR));
        assertTrue(w.host.actions().contains("delaktig case.erase c1"));
    }

    @Test
    void aFailedErasureIsRetriedByTheNextCatchUpAndTheCursorWaitsForIt() throws Exception {
        String id = create("c1");
        w.erasure.failure = new IllegalStateException("database down");
        w.caseEvents.caseChanged(w.host.event("c1", CaseEventType.DELETED, w.clock.instant())); // logged, not thrown
        assertThrows(IllegalStateException.class, w.caseEvents::catchUp);
        assertEquals(Optional.empty(), w.repository.cursor(CaseEvents.CURSOR), "the cursor stays before the event");
        assertTrue(w.repository.find(id).isPresent());
        assertTrue(w.host.actions().stream().noneMatch(a -> a.contains("case.erase")));

        w.erasure.failure = null;
        w.caseEvents.catchUp();
        assertTrue(w.repository.find(id).isEmpty());
        assertEquals(Optional.of("1"), w.repository.cursor(CaseEvents.CURSOR));
        assertEquals(1, w.host.actions().stream().filter(a -> a.contains("case.erase")).count());
    }

    @Test
    void anUnavailableAuditTrailDoesNotHoldTheErasureBack() throws Exception {
        String id = create("c1");
        w.host.auditRefuses = true;
        w.caseEvents.caseChanged(w.host.event("c1", CaseEventType.DELETED, w.clock.instant()));
        assertTrue(w.repository.find(id).isEmpty());
        assertEquals(List.of("c1"), w.erasure.erased);
    }

    @Test
    void factsForTheExtractComeFromTheHostWhileItStillKnowsTheCase() throws Exception {
        create("c1");
        w.caseEvents.caseChanged(w.host.event("c1", CaseEventType.DELETED, w.clock.instant()));
        w.caseEvents.caseChanged(w.host.event("forgotten", CaseEventType.DELETED, w.clock.instant()));
        Instant answered = Instant.parse("2026-03-10T10:00:00Z");
        RecordedFacts facts = w.erasure.factsOn.get(0).apply(answered).orElseThrow();
        assertEquals("u1", facts.unitId());
        assertEquals("unknown", facts.gender());
        assertEquals("8-12", facts.ageBand(), "the host's age 10 on that day");
        assertEquals(Optional.empty(), w.erasure.factsOn.get(1).apply(answered), "a case the host no longer knows");
        w.host.ages.remove("c1");
        assertEquals(Optional.empty(), w.erasure.factsOn.get(0).apply(answered), "no age, no age band");
    }
}
