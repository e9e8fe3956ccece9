package se.delaktig.caseworker.internal.filing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * {@code CaseEntry.sourceId}). Work that the host refuses stays queued ({@code delaktig_result_filing})
 * and is retried with a doubling wait, also after a restart.
 */
@Component(service = {ResponseListener.class, CaseFiling.class}, immediate = true,
        configurationPid = FilingConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = FilingConfiguration.class)
public class CaseFiling implements ResponseListener {

    /** The author of filed entries. */
    public static final String AUTHOR = "delaktig";
    private static final Logger LOG = LoggerFactory.getLogger(CaseFiling.class);
    static final String TEXTS = "se/delaktig/caseworker/i18n/record";

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
        worker.execute(this::retryDue);
    }

    CaseFiling(ResultRepository store, ResponseRepository responses, CaseResults results, CaseRecord record,
            String language, ZoneId zone, long retrySeconds, Clock clock, ScheduledExecutorService worker) {
        this.store = store;
        this.responses = responses;
        this.results = results;
        this.record = record;
        MessageCatalog catalog = MessageCatalog.of(CaseFiling.class.getClassLoader(), TEXTS);
        this.texts = catalog.messages(catalog.languages().contains(language) ? language : "sv");
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
        } catch (RuntimeException e) {
            LOG.warn("Filing summaries failed; will try again: {}", e.toString());
        }
    }

    /** Alert first (at once), then the summary; a refusal of either keeps it queued. */
    synchronized void process(PendingFiling pending) {
        String id = pending.responseId();
        if (store.filed(id)) {
            return;
        }
        Optional<StoredResponse> stored = responses.find(id);
        Optional<ResponseResult> result = stored.flatMap(s -> results.read(s, texts.language()));
        if (result.isEmpty()) {
            later(pending, "response or questionnaire not readable");
            return;
        }
        ResponseResult r = result.get();
        if (r.signalsDanger() && store.claimAlert(id, pending.caseId(), Instant.now(clock))) {
            if (!alert(pending.caseId())) {
                store.releaseAlert(id);
                unsentAlerts.add(id);
                later(pending, "alert not accepted");
                return;
            }
            unsentAlerts.remove(id);
        }
        try {
            String entryId = record.file(pending.caseId(), new CaseEntry(CaseSummary.title(r, texts),
                    CaseSummary.text(r, texts, zone), AUTHOR, Instant.now(clock), id));
            store.markFiled(id, entryId, Instant.now(clock));
        } catch (HostException | RuntimeException e) {
            later(pending, e.toString());
        }
    }

    /** @return how many danger alerts the host refused since this component started and that are not sent yet */
    public int unsentAlerts() {
        return unsentAlerts.size();
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
        LOG.warn("Summary of response {} not filed yet (attempt {}): {}", pending.responseId(), pending.attempts() + 1, why);
    }
}
