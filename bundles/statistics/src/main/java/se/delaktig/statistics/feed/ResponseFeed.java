package se.delaktig.statistics.feed;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.invitation.InvitationEvent;
import se.delaktig.api.invitation.InvitationListener;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.response.ResponseListener;
import se.delaktig.api.response.SubmittedResponse;
import se.delaktig.api.statistics.CodedResponse;
import se.delaktig.api.statistics.RecordedFacts;
import se.delaktig.api.statistics.SentInvitation;
import se.delaktig.api.statistics.StatisticsSource;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.statistics.aggregate.Aggregates;
import se.delaktig.statistics.aggregate.QuestionnaireRef;
import se.delaktig.statistics.aggregate.ResponseFacts;
import se.delaktig.statistics.component.StatisticsService;

/**
 * Feeds the aggregates: at start it rebuilds them from every sent response and invitation in the
 * store (then a snapshot is taken), and afterwards it adds each response the portal reports as sent
 * and each invitation the invitation bundle reports as delivered. Each response, each sent invitation
 * and each answered invitation is counted once, whichever path sees it first. The unit, gender and age
 * band of a response or invitation are recorded (in the statistics' own tables) the first time it is
 * counted and used from then on.
 */
@Component(service = {ResponseListener.class, InvitationListener.class, ResponseFeed.class}, immediate = true)
public final class ResponseFeed implements ResponseListener, InvitationListener {
    private static final Logger LOG = LoggerFactory.getLogger(ResponseFeed.class);
    private static final int RETRIES = 5;
    private static final long RETRY_SECONDS = 20;

    private final StatisticsService statistics;
    private final StatisticsSource source;
    private final FactsBuilder builder;
    private final ScheduledExecutorService retry;
    private final Clock clock;
    private final Set<String> fed = new HashSet<>();
    private final Set<String> sentCounted = new HashSet<>();
    private final Set<String> answeredCounted = new HashSet<>();
    private int missingDefinitions;

    /** @param statistics the aggregates @param source the store @param cases the host @param catalog definitions */
    @Activate
    public ResponseFeed(@Reference StatisticsService statistics, @Reference StatisticsSource source,
                        @Reference CaseDirectory cases, @Reference QuestionnaireCatalog catalog) {
        this(statistics, source, cases, catalog, retries(), Clock.systemUTC());
    }

    private static ScheduledExecutorService retries() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "delaktig-statistics-feed");
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }

    /** For tests: {@code retry} may be null (no retries). */
    ResponseFeed(StatisticsService statistics, StatisticsSource source, CaseDirectory cases,
                 QuestionnaireCatalog catalog, ScheduledExecutorService retry, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
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
        sentCounted.clear();
        answeredCounted.clear();
        missingDefinitions = 0;
        long[] counts = new long[3];
        Map<String, RecordedFacts> newResponses = new HashMap<>();
        Map<String, RecordedFacts> newInvitations = new HashMap<>();
        statistics.rebuild(aggregates -> {
            counts[0] = source.forEachSubmitted(r -> {
                if (add(aggregates, r, newResponses)) {
                    counts[1]++;
                }
            });
            counts[2] = source.forEachSent(invitation -> count(aggregates, invitation, newInvitations));
        });
        LOG.info("Statistics rebuilt from the store: {} of {} sent responses counted, {} invitations", counts[1],
                counts[0], counts[2]);
        // written after reading: the first rebuild after an upgrade records every earlier response once
        record(newResponses, newInvitations);
        if (missingDefinitions > 0 && retry != null && attempt < RETRIES) {
            // Questionnaire definitions contributed by bundles may arrive after this component starts.
            LOG.info("{} responses met a questionnaire version not yet in the catalog; rebuilding in {} s",
                    missingDefinitions, RETRY_SECONDS);
            retry.schedule(() -> rebuild(attempt + 1), RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Override
    public void submitted(SubmittedResponse response) {
        later("A sent response", () -> {
            Map<String, RecordedFacts> newResponse = new HashMap<>();
            Map<String, RecordedFacts> newInvitation = new HashMap<>();
            if (!fed.contains(response.responseId())) {
                source.submitted(response.responseId()).ifPresent(r -> add(statistics.aggregates(), r, newResponse));
            }
            // the portal marks the invitation answered before it tells the listeners
            source.sent(response.invitationId()).ifPresent(i -> count(statistics.aggregates(), i, newInvitation));
            record(newResponse, newInvitation);
        });
    }

    /** An invitation reached a child: counted as sent now, once, so the response rate stays current. */
    @Override
    public void changed(InvitationEvent event) {
        later("A sent invitation", () -> {
            Map<String, RecordedFacts> newInvitation = new HashMap<>();
            source.sent(event.invitationId()).ifPresent(i -> count(statistics.aggregates(), i, newInvitation));
            record(Map.of(), newInvitation);
        });
    }

    /**
     * Runs a listener's work on the feed's own thread, so that a child sending answers or a caseworker
     * sending an invitation never waits for a rebuild in progress; inline in tests (no executor).
     */
    private void later(String what, Runnable work) {
        Runnable guarded = () -> {
            try {
                synchronized (this) {
                    work.run();
                }
            } catch (RuntimeException e) {
                LOG.error("{} could not be added to the statistics; the next rebuild will count it", what, e);
            }
        };
        if (retry == null) {
            guarded.run();
            return;
        }
        try {
            retry.execute(guarded);
        } catch (RejectedExecutionException stopped) {
            LOG.info("{} arrived while the statistics feed stopped; the next rebuild will count it", what);
        }
    }

    private boolean add(Aggregates aggregates, CodedResponse response, Map<String, RecordedFacts> fresh) {
        if (!fed.add(response.responseId())) {
            return false;
        }
        Optional<FactsBuilder.Found> found = builder.child(response.recorded(), response.caseId(), response.submittedAt());
        found.filter(FactsBuilder.Found::fresh).ifPresent(f -> fresh.put(response.responseId(), f.child().recorded(clock.instant())));
        Optional<ResponseFacts> facts = builder.facts(response, found.map(FactsBuilder.Found::child));
        facts.ifPresent(aggregates::add);
        return facts.isPresent();
    }

    /** Counts an invitation as sent, and as answered, each at most once (in the group of its sending). */
    private void count(Aggregates aggregates, SentInvitation invitation, Map<String, RecordedFacts> fresh) {
        boolean sent = !sentCounted.contains(invitation.invitationId());
        boolean answered = invitation.answered() && !answeredCounted.contains(invitation.invitationId());
        if (!sent && !answered) {
            return;
        }
        Optional<QuestionnaireRef> q = FactsBuilder.ref(invitation.questionnaireId(), invitation.questionnaireVersion());
        Optional<FactsBuilder.Found> found = builder.child(invitation.recorded(), invitation.caseId(), invitation.sentAt());
        if (q.isEmpty() || found.isEmpty()) {
            return;
        }
        FactsBuilder.Child child = found.get().child();
        if (found.get().fresh()) {
            fresh.put(invitation.invitationId(), child.recorded(clock.instant()));
        }
        if (sent) {
            aggregates.invitationSent(child.unit(), invitation.sentAt(), child.gender(), child.ageBand(), q.get());
            sentCounted.add(invitation.invitationId());
        }
        if (answered) {
            aggregates.invitationAnswered(child.unit(), invitation.sentAt(), child.gender(), child.ageBand(), q.get());
            answeredCounted.add(invitation.invitationId());
        }
    }

    /** Keeps the facts just asked of the host; a failure only means they are asked again next time. */
    private void record(Map<String, RecordedFacts> responses, Map<String, RecordedFacts> invitations) {
        try {
            if (!responses.isEmpty()) {
                source.recordResponses(responses);
            }
            if (!invitations.isEmpty()) {
                source.recordInvitations(invitations);
            }
        } catch (RuntimeException e) {
            LOG.warn("The unit, gender and age band of {} responses and {} invitations could not be recorded; they are"
                    + " asked of the host again at the next rebuild", responses.size(), invitations.size(), e);
        }
    }

    /** @return how many responses have been fed since the last rebuild (for tests) */
    synchronized int fedCount() {
        return fed.size();
    }
}
