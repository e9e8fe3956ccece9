package se.delaktig.caseworker.internal.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.response.ResponseRepository;
import se.delaktig.api.response.StoredAnswer;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.api.response.SubmittedResponse;
import se.delaktig.api.result.PendingFiling;
import se.delaktig.api.result.ResultRepository;
import se.delaktig.caseworker.internal.result.CaseResults;
import se.delaktig.caseworker.internal.result.Fakes;
import se.delaktig.host.api.AuditTrail;
import se.delaktig.host.api.CaseEntry;
import se.delaktig.host.api.CaseRecord;
import se.delaktig.host.api.HostException;
import se.delaktig.host.api.MessageGateway;
import se.delaktig.host.api.MessageChannel;
import se.delaktig.host.api.OutgoingMessage;

/** The alert and the summary do not wait for each other; one alert per response; durable retries. */
class CaseFilingTest {
    private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");

    private Instant now = T0;
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    /** The store's rows: the queue (id → [caseId, attempts, next, filed entry or null]) and the alert claims. */
    private final Map<String, Object[]> queue = new LinkedHashMap<>();
    private final Set<String> claims = new HashSet<>();
    private final ResultRepository store = Fakes.of(ResultRepository.class, Map.of(
            "caseOf", a -> Optional.of("c1"),
            "together", a -> false,
            "queueFiling", a -> queue.putIfAbsent((String) a[0], new Object[] {a[1], 0, a[2], null}) == null,
            "dueFilings", a -> queue.entrySet().stream()
                    .filter(e -> e.getValue()[3] == null && !((Instant) e.getValue()[2]).isAfter((Instant) a[0]))
                    .map(e -> new PendingFiling(e.getKey(), (String) e.getValue()[0], (int) e.getValue()[1],
                            (Instant) e.getValue()[2])).toList(),
            "markFiled", a -> queue.get((String) a[0])[3] = a[1],
            "markFilingFailed", a -> {
                Object[] row = queue.get((String) a[0]);
                row[1] = (int) row[1] + 1;
                row[2] = a[1];
                return null;
            },
            "filed", a -> queue.containsKey((String) a[0]) && queue.get((String) a[0])[3] != null,
            "claimAlert", a -> claims.add((String) a[0]),
            "releaseAlert", a -> claims.remove((String) a[0])));

    private final Map<String, String> safeAnswers = new LinkedHashMap<>();
    private final ResponseRepository responses = Fakes.of(ResponseRepository.class, Map.of(
            "find", a -> Optional.of(Fakes.sent((String) a[0], "child", T0)),
            "answers", a -> List.of(new StoredAnswer(Answer.ofCodes(Fakes.SAFE, safeAnswers.get((String) a[0])), T0, 1))));
    private final CaseResults results = new CaseResults(store, responses, Fakes.catalog(),
            Fakes.of(AuditTrail.class, Map.of()));

    /** The host's case record: one entry per source id, as {@code CaseRecord.file} promises. */
    private final Map<String, String> entries = new LinkedHashMap<>();
    private final List<String> fileCalls = new ArrayList<>();
    private boolean recordRefuses;
    private final CaseRecord record = (caseId, entry) -> {
        fileCalls.add(entry.sourceId());
        if (recordRefuses) {
            throw new HostException("record down");
        }
        return entries.computeIfAbsent(entry.sourceId(), s -> "entry-" + (entries.size() + 1));
    };

    private final List<String> alertsSent = new ArrayList<>();
    private int alertsRefused;
    private boolean nobodyToNotify;
    private final MessageGateway gateway = new MessageGateway() {
        @Override
        public Set<MessageChannel> channels() {
            return Set.of();
        }

        @Override
        public String send(OutgoingMessage message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void notifyCaseStaff(String caseId, String subject, String text) throws HostException {
            if (nobodyToNotify) {
                alertsRefused++;
                throw new HostException("nobody to notify for this case");
            }
            alertsSent.add(caseId);
        }
    };

    /** Runs what it is given at once, on the caller's thread. */
    private final ScheduledExecutorService worker = Fakes.of(ScheduledExecutorService.class, Map.of("execute", a -> {
        ((Runnable) a[0]).run();
        return null;
    }));

    private CaseFiling filing() {
        CaseFiling f = new CaseFiling(store, responses, results, record, "sv", ZoneId.of("UTC"), 60, clock, worker);
        f.setGateway(gateway);
        return f;
    }

    private static SubmittedResponse sent(String id) {
        return new SubmittedResponse(id, "inv-" + id, "child", "1.0.0", T0, true, false);
    }

    @Test
    void aRefusedAlertNeitherHoldsBackTheSummaryNorIsSentTwice() {
        CaseFiling filing = filing();
        safeAnswers.put("r1", "yes");
        nobodyToNotify = true;
        filing.submitted(sent("r1"));

        assertEquals(Map.of("r1", "entry-1"), entries, "the summary is on the case record at once");
        assertEquals(1, alertsRefused);
        assertEquals(1, filing.unsentAlerts());
        assertEquals(1, filing.filedAwaitingAlert());
        assertFalse(store.filed("r1"), "still queued for its alert");
        assertTrue(claims.isEmpty(), "the refused alert is not recorded as sent");

        // the host still cannot notify anybody: only the alert is tried again, the summary is not filed again
        now = T0.plusSeconds(61);
        filing.retryDue();
        assertEquals(2, alertsRefused);
        assertEquals(List.of("r1"), fileCalls);

        // the host accepts: the alert goes out once and the queue row is done
        nobodyToNotify = false;
        now = T0.plusSeconds(3600);
        filing.retryDue();
        assertEquals(List.of("c1"), alertsSent);
        assertEquals(List.of("r1"), fileCalls);
        assertTrue(store.filed("r1"));
        assertEquals("entry-1", queue.get("r1")[3]);
        assertEquals(0, filing.unsentAlerts());
        assertEquals(0, filing.filedAwaitingAlert());

        // nothing more, however often it runs or the response is reported again
        now = T0.plusSeconds(86_400);
        filing.retryDue();
        filing.retryAllPending();
        filing.submitted(sent("r1"));
        assertEquals(List.of("c1"), alertsSent);
        assertEquals(1, entries.size());
    }

    @Test
    void aRefusedAlertIsStillRetriedAfterARestartAndCountedAtOnce() {
        safeAnswers.put("r1", "yes");
        nobodyToNotify = true;
        filing().submitted(sent("r1"));
        assertEquals(1, entries.size());

        // a restart: the queue row (the store's) is what remains; the first pass does not wait for the row to be due
        CaseFiling restarted = filing();
        assertEquals(0, restarted.unsentAlerts());
        restarted.retryAllPending();
        assertEquals(1, restarted.unsentAlerts(), "the health check counts it again at once");
        assertEquals(1, entries.size(), "filing the summary again after a restart creates no second entry");

        nobodyToNotify = false;
        now = T0.plusSeconds(86_400);
        restarted.retryDue();
        assertEquals(List.of("c1"), alertsSent);
        assertTrue(store.filed("r1"));
        assertEquals(0, restarted.unsentAlerts());
    }

    @Test
    void aRefusedSummaryDoesNotHoldBackTheAlertNorRepeatIt() {
        CaseFiling filing = filing();
        safeAnswers.put("r1", "yes");
        recordRefuses = true;
        filing.submitted(sent("r1"));
        assertEquals(List.of("c1"), alertsSent, "the alert goes out although the record refuses");
        assertTrue(entries.isEmpty());
        assertEquals(0, filing.unsentAlerts());
        assertEquals(0, filing.filedAwaitingAlert());

        recordRefuses = false;
        now = T0.plusSeconds(61);
        filing.retryDue();
        assertEquals(1, entries.size());
        assertTrue(store.filed("r1"));
        assertEquals(List.of("c1"), alertsSent, "one alert for one response");
    }

    @Test
    void noAlertWithoutDangerAndForgottenWorkWhenTheRowIsGone() {
        CaseFiling filing = filing();
        safeAnswers.put("r1", "no");
        nobodyToNotify = true;
        filing.submitted(sent("r1"));
        assertEquals(0, alertsRefused);
        assertTrue(store.filed("r1"));

        safeAnswers.put("r2", "yes");
        filing.submitted(sent("r2"));
        assertEquals(1, filing.unsentAlerts());
        queue.remove("r2"); // the case was erased meanwhile
        filing.retryDue();
        assertEquals(0, filing.unsentAlerts(), "an erased case's alert is not counted forever");
        assertEquals(0, filing.filedAwaitingAlert());
    }
}
