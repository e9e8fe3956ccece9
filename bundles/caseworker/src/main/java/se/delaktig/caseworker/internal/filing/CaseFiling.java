package se.delaktig.caseworker.internal.filing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.response.ResponseListener;
import se.delaktig.api.response.ResponseRepository;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.api.response.SubmittedResponse;
import se.delaktig.api.result.PendingFiling;
import se.delaktig.api.result.ResultRepository;
import se.delaktig.caseworker.internal.result.CaseResults;
import se.delaktig.caseworker.internal.result.ResponseResult;
import se.delaktig.host.api.CaseEntry;
import se.delaktig.host.api.CaseRecord;
import se.delaktig.host.api.HostException;
import se.delaktig.host.api.MessageGateway;
import se.delaktig.web.render.MessageCatalog;
import se.delaktig.web.render.Messages;

/**
 * When a child sends answers: marks "answered together", raises the content-free danger alert
 * (once per response), and files the summary on the case record (idempotent per response through
 * {@code CaseEntry.sourceId}); neither waits for the other. Work that the host refuses stays queued
 * ({@code delaktig_result_filing}) and is retried with a doubling wait, also after a restart.
 */
@Component(service = {ResponseListener.class, CaseFiling.class}, immediate = true,
        configurationPid = FilingConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = FilingConfiguration.class)
public class CaseFiling implements ResponseListener {

    /** The author of filed entries. */
    public static final String AUTHOR = "delaktig";
    private static final Logger LOG = LoggerFactory.getLogger(CaseFiling.class);
    static final String TEXTS = "se/delaktig/caseworker/i18n/record";
    /** "Due by then" reads the whole queue. */
    private static final Duration EVERYTHING = Duration.ofDays(36500);
    private static final int ALL = 1000;

    private final ResultRepository store;
    private final ResponseRepository responses;
    private final CaseResults results;
    private final CaseRecord record;
    private final Messages texts;
    private final ZoneId zone;
    private final long retrySeconds;
    private final Clock clock;
    private final ScheduledExecutorService worker;
    private volatile MessageGateway gateway;
    /** Responses whose danger alert the host refused and that wait for a retry (ids only; counted by health). */
    private final Set<String> unsentAlerts = ConcurrentHashMap.newKeySet();
    /**
     * Response id to host entry id of summaries on the record whose alert still waits. In memory:
     * after a restart the summary is filed once more, which {@code CaseRecord.file} makes a no-op
     * through {@code CaseEntry.sourceId}.
     */
    private final Map<String, String> filedAwaitingAlert = new ConcurrentHashMap<>();

    @Activate
    public CaseFiling(@Reference ResultRepository store, @Reference ResponseRepository responses,
            @Reference CaseResults results, @Reference CaseRecord record, FilingConfiguration config) {
        this(store, responses, results, record, config.record_language(), ZoneId.of(config.time_zone()),
                config.retry_seconds(), Clock.systemUTC(), Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "delaktig-case-filing");
                    t.setDaemon(true);
                    return t;
                }));
        worker.scheduleWithFixedDelay(this::retryDue, retrySeconds, Math.max(5, retrySeconds / 2), TimeUnit.SECONDS);
        worker.execute(this::retryAllPending);
    }

    CaseFiling(ResultRepository store, ResponseRepository responses, CaseResults results, CaseRecord record,
            String language, ZoneId zone, long retrySeconds, Clock clock, ScheduledExecutorService worker) {
        this.store = store;
        this.responses = responses;
        this.results = results;
        this.record = record;
        MessageCatalog catalog = MessageCatalog.of(CaseFiling.class.getClassLoader(), TEXTS);
        this.texts = catalog.messagesOr(language, "sv");
        this.zone = zone;
        this.retrySeconds = Math.max(1, retrySeconds);
        this.clock = clock;
        this.worker = worker;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setGateway(MessageGateway messageGateway) {
        this.gateway = messageGateway;
    }

    void unsetGateway(MessageGateway messageGateway) {
        if (this.gateway == messageGateway) {
            this.gateway = null;
        }
    }

    @Deactivate
    void stop() {
        if (worker != null) {
            // never shutdownNow(): an interrupt during H2 file I/O closes the store's file channel for everyone
            worker.shutdown();
        }
    }

    @Override
    public void submitted(SubmittedResponse response) {
        Optional<String> caseId = store.caseOf(response.responseId());
        if (caseId.isEmpty()) {
            LOG.warn("Response {} belongs to no known case; nothing filed", response.responseId());
            return;
        }
        if (store.together(response.invitationId())) {
            responses.setAnsweredTogether(response.responseId(), true);
        }
        store.queueFiling(response.responseId(), caseId.get(), Instant.now(clock));
        PendingFiling now = new PendingFiling(response.responseId(), caseId.get(), 0, Instant.now(clock));
        worker.execute(() -> process(now));
    }

    /** Processes everything due; called by the worker. */
    void retryDue() {
        try {
            for (PendingFiling p : store.dueFilings(Instant.now(clock), 100)) {
                process(p);
            }
            forgetErased();
        } catch (RuntimeException e) {
            LOG.warn("Filing summaries failed; will try again: {}", e.toString());
        }
    }

    /**
     * Processes everything queued, due or not; called once at start, so that the health counts of
     * refused alerts (kept in memory) are true again soon after a restart, not only when each is due.
     */
    void retryAllPending() {
        try {
            for (PendingFiling p : store.dueFilings(Instant.now(clock).plus(EVERYTHING), ALL)) {
                process(p);
            }
        } catch (RuntimeException e) {
            LOG.warn("Filing summaries failed; will try again: {}", e.toString());
        }
    }

    /**
     * The alert (once per response) and the summary, each independent of the other: a host that
     * cannot notify anybody must not keep the summary off the case record, nor a refused summary
     * hold back the alert. The queue row is only marked filed when both are done, so a refused alert
     * stays queued in the store and is retried (also after a restart) without a second summary.
     */
    synchronized void process(PendingFiling pending) {
        String id = pending.responseId();
        if (store.filed(id)) {
            unsentAlerts.remove(id);
            filedAwaitingAlert.remove(id);
            return;
        }
        Optional<StoredResponse> stored = responses.find(id);
        Optional<ResponseResult> result = stored.flatMap(s -> results.read(s, texts.language()));
        if (result.isEmpty()) {
            later(pending, "response or questionnaire not readable");
            return;
        }
        ResponseResult r = result.get();
        boolean alertDone = !r.signalsDanger() || alertOnce(id, pending.caseId());
        String entryId = filedAwaitingAlert.get(id);
        String refused = alertDone ? null : "danger alert not accepted";
        if (entryId == null) {
            try {
                entryId = record.file(pending.caseId(), new CaseEntry(CaseSummary.title(r, texts),
                        CaseSummary.text(r, texts, zone), AUTHOR, Instant.now(clock), id));
            } catch (HostException | RuntimeException e) {
                refused = (refused == null ? "" : refused + "; ") + "summary not accepted: " + e;
            }
        }
        if (entryId != null && alertDone) {
            store.markFiled(id, entryId, Instant.now(clock));
            filedAwaitingAlert.remove(id);
            return;
        }
        if (entryId != null) {
            filedAwaitingAlert.put(id, entryId);
        }
        later(pending, refused);
    }

    /** @return whether the response's one alert has gone out (now or before) */
    private boolean alertOnce(String id, String caseId) {
        // a claim that exists is an alert the host accepted (or, after a crash mid-send, maybe did):
        // never a second alert for one response
        if (!store.claimAlert(id, caseId, Instant.now(clock)) || alert(caseId)) {
            unsentAlerts.remove(id);
            return true;
        }
        store.releaseAlert(id);
        unsentAlerts.add(id);
        return false;
    }

    /** Drops counted work whose queue row is gone (its case erased), so the health checks do not count it forever. */
    private void forgetErased() {
        if (unsentAlerts.isEmpty() && filedAwaitingAlert.isEmpty()) {
            return;
        }
        List<PendingFiling> queued = store.dueFilings(Instant.now(clock).plus(EVERYTHING), ALL);
        if (queued.size() < ALL) {
            Set<String> ids = queued.stream().map(PendingFiling::responseId).collect(Collectors.toSet());
            unsentAlerts.retainAll(ids);
            filedAwaitingAlert.keySet().retainAll(ids);
        }
    }

    /** @return how many danger alerts the host refused and that are not sent yet (known since start; see {@link #retryAllPending}) */
    public int unsentAlerts() {
        return unsentAlerts.size();
    }

    /** @return how many queued responses have their summary on the case record and wait only for their danger alert */
    public int filedAwaitingAlert() {
        return filedAwaitingAlert.size();
    }

    private boolean alert(String caseId) {
        MessageGateway g = gateway;
        if (g == null) {
            LOG.warn("No host message gateway: the danger alert for case {} is shown on the case page only", caseId);
            return true;
        }
        try {
            g.notifyCaseStaff(caseId, texts.get("alert.subject"), texts.get("alert.text"));
            return true;
        } catch (HostException | RuntimeException e) {
            LOG.warn("The host did not accept the danger alert for case {}: {}", caseId, e.toString());
            return false;
        }
    }

    private void later(PendingFiling pending, String why) {
        long wait = retrySeconds << Math.min(pending.attempts(), 6);
        store.markFilingFailed(pending.responseId(), Instant.now(clock).plusSeconds(wait));
        LOG.warn("Response {} not done yet (attempt {}): {}", pending.responseId(), pending.attempts() + 1, why);
    }
}
