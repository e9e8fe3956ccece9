package se.delaktig.statistics.feed;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.response.ResponseListener;
import se.delaktig.api.response.SubmittedResponse;
import se.delaktig.api.statistics.CodedResponse;
import se.delaktig.api.statistics.StatisticsSource;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.statistics.aggregate.Aggregates;
import se.delaktig.statistics.component.StatisticsService;

/**
 * Feeds the aggregates: at start it rebuilds them from every sent response and invitation in the
 * store (then a snapshot is taken), and afterwards it adds each response the portal reports as sent.
 * Each response is counted once, whichever path sees it first.
 */
@Component(service = {ResponseListener.class, ResponseFeed.class}, immediate = true)
public final class ResponseFeed implements ResponseListener {
    private static final Logger LOG = LoggerFactory.getLogger(ResponseFeed.class);
    private static final int RETRIES = 5;
    private static final long RETRY_SECONDS = 20;

    private final StatisticsService statistics;
    private final StatisticsSource source;
    private final FactsBuilder builder;
    private final ScheduledExecutorService retry;
    private final Set<String> fed = new HashSet<>();
    private int missingDefinitions;

    /** @param statistics the aggregates @param source the store @param cases the host @param catalog definitions */
    @Activate
    public ResponseFeed(@Reference StatisticsService statistics, @Reference StatisticsSource source,
                        @Reference CaseDirectory cases, @Reference QuestionnaireCatalog catalog) {
        this(statistics, source, cases, catalog, retries());
    }

    private static ScheduledExecutorService retries() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "delaktig-statistics-rebuild");
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }

    /** For tests: {@code retry} may be null (no retries). */
    ResponseFeed(StatisticsService statistics, StatisticsSource source, CaseDirectory cases,
                 QuestionnaireCatalog catalog, ScheduledExecutorService retry) {
        this.statistics = statistics;
        this.source = source;
        this.retry = retry;
        this.builder = new FactsBuilder(cases, (id, version) -> {
            Optional<CatalogEntry> entry = catalog.find(id, version);
            if (entry.isEmpty()) {
                missingDefinitions++;
            }
            return entry.map(CatalogEntry::questionnaire);
        });
        rebuild(0);
    }

    /** Drops pending retries; never interrupts a running rebuild (an interrupted H2 read closes the database file). */
    @Deactivate
    void deactivate() {
        if (retry != null) {
            retry.shutdown();
        }
    }

    /** Rebuilds from the store and takes a snapshot; idempotent. @param attempt 0, or the retry number */
    public synchronized void rebuild(int attempt) {
        fed.clear();
        missingDefinitions = 0;
        long[] counts = new long[3];
        statistics.rebuild(aggregates -> {
            counts[0] = source.forEachSubmitted(r -> {
                if (add(aggregates, r)) {
                    counts[1]++;
                }
            });
            counts[2] = source.forEachSent(invitation -> FactsBuilder.ref(invitation.questionnaireId(),
                    invitation.questionnaireVersion()).ifPresent(q -> builder.child(invitation.caseId(), invitation.sentAt())
                    .ifPresent(child -> {
                        aggregates.invitationSent(child.unit(), invitation.sentAt(), child.gender(), child.ageBand(), q);
                        if (invitation.answered()) {
                            aggregates.invitationAnswered(child.unit(), invitation.sentAt(), child.gender(),
                                    child.ageBand(), q);
                        }
                    })));
        });
        LOG.info("Statistics rebuilt from the store: {} of {} sent responses counted, {} invitations", counts[1],
                counts[0], counts[2]);
        if (missingDefinitions > 0 && retry != null && attempt < RETRIES) {
            // Questionnaire definitions contributed by bundles may arrive after this component starts.
            LOG.info("{} responses met a questionnaire version not yet in the catalog; rebuilding in {} s",
                    missingDefinitions, RETRY_SECONDS);
            retry.schedule(() -> rebuild(attempt + 1), RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Override
    public void submitted(SubmittedResponse response) {
        try {
            synchronized (this) {
                if (fed.contains(response.responseId())) {
                    return;
                }
                source.submitted(response.responseId()).ifPresent(r -> add(statistics.aggregates(), r));
            }
        } catch (RuntimeException e) {
            LOG.error("A sent response could not be added to the statistics; the next rebuild will count it", e);
        }
    }

    private boolean add(Aggregates aggregates, CodedResponse response) {
        if (!fed.add(response.responseId())) {
            return false;
        }
        Optional<se.delaktig.statistics.aggregate.ResponseFacts> facts = builder.facts(response);
        facts.ifPresent(aggregates::add);
        return facts.isPresent();
    }

    /** @return how many responses have been fed since the last rebuild (for tests) */
    synchronized int fedCount() {
        return fed.size();
    }
}
