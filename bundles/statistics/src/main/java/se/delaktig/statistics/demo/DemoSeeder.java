package se.delaktig.statistics.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.invitation.InvitationRepository;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.StoredInvitation;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.AnswerOption;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.ItemType;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.api.response.ResponseRepository;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.statistics.aggregate.Periods;
import se.delaktig.statistics.feed.ResponseFeed;
import se.delaktig.statistics.pool.DemoConfiguration;

/**
 * The demo's history: made-up, deterministic invitations and sent responses (codes only, no text)
 * for the host's demo cases, spread over the published years, written once through the store's
 * repositories; then the feed rebuilds. Runs only when the demo feature configures
 * {@value DemoConfiguration#PID} with {@code seed.responses > 0}.
 */
@Component(configurationPid = DemoConfiguration.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true,
        service = {})
public final class DemoSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
    static final String PREFIX = "demo-stat-";
    private static final Duration WAIT_FOR_CATALOG = Duration.ofMinutes(3);

    private final DemoConfiguration config;
    private final InvitationRepository invitations;
    private final ResponseRepository responses;
    private final QuestionnaireCatalog catalog;
    private final CaseDirectory cases;
    private final ResponseFeed feed;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "delaktig-statistics-demo-seed");
        thread.setDaemon(true);
        return thread;
    });

    /** Started by DS in the demo only. */
    @Activate
    public DemoSeeder(DemoConfiguration config, @Reference InvitationRepository invitations,
                      @Reference ResponseRepository responses, @Reference QuestionnaireCatalog catalog,
                      @Reference CaseDirectory cases, @Reference ResponseFeed feed) {
        this.config = config;
        this.invitations = invitations;
        this.responses = responses;
        this.catalog = catalog;
        this.cases = cases;
        this.feed = feed;
        this.clock = Clock.systemUTC();
        if (config.seed_responses() > 0) {
            executor.execute(this::seedOnce);
        }
    }

    private volatile boolean stopped;

    /** Stops seeding between two responses; never interrupts (an interrupted H2 write closes the database file). */
    @Deactivate
    void deactivate() {
        stopped = true;
        executor.shutdown();
    }

    private void seedOnce() {
        try {
            if (invitations.find(PREFIX + "0000").isPresent()) {
                return;
            }
            Instant deadline = clock.instant().plus(WAIT_FOR_CATALOG);
            while (!stopped && catalog.candidates(Respondent.CHILD, 10).isEmpty() && clock.instant().isBefore(deadline)) {
                Thread.sleep(1000);
            }
            if (stopped) {
                return;
            }
            int written = seed();
            LOG.info("Demo statistics: {} made-up historical responses written", written);
            if (!stopped) {
                feed.rebuild(0);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Demo statistics could not be seeded", e);
        }
    }

    /** @return how many responses were written */
    int seed() {
        Random random = new Random(config.seed());
        List<String> known = new ArrayList<>();
        for (String caseId : config.cases()) {
            if (cases.find(caseId).isPresent()) {
                known.add(caseId);
            }
        }
        if (known.isEmpty()) {
            LOG.warn("Demo statistics: none of the {} configured cases is known to the host", config.cases().length);
            return 0;
        }
        Instant now = clock.instant();
        ZonedDateTime start = now.atZone(Periods.STOCKHOLM).withDayOfYear(1).minusYears(2).toLocalDate()
                .atStartOfDay(Periods.STOCKHOLM);
        long span = Duration.between(start.toInstant(), now.minus(Duration.ofDays(1))).getSeconds();
        int written = 0;
        for (int n = 0; n < config.seed_responses() && !stopped; n++) {
            String caseId = known.get(random.nextInt(known.size()));
            Instant at = start.toInstant().plusSeconds((long) (random.nextDouble() * span));
            at = at.atZone(Periods.STOCKHOLM).withHour(8 + random.nextInt(12)).toInstant();
            LocalDate day = at.atZone(Periods.STOCKHOLM).toLocalDate();
            OptionalInt age = cases.ageOn(caseId, day);
            boolean answered = random.nextInt(5) > 0;
            if (age.isEmpty() || AgeBand.ofAge(age.getAsInt()).isEmpty()) {
                continue;
            }
            Optional<CatalogEntry> entry = catalog.select(Respondent.CHILD, age.getAsInt());
            if (entry.isEmpty()) {
                continue;
            }
            String id = PREFIX + String.format("%04d", n);
            InvitationStatus status = answered ? InvitationStatus.ANSWERED : InvitationStatus.EXPIRED;
            invitations.insert(new StoredInvitation(id, caseId, entry.get().id(), entry.get().version(), "print", null,
                    "sv", status, null, null, null, "demo", at.minus(Duration.ofDays(2)), at.plus(Duration.ofDays(12)), 1,
                    at.minus(Duration.ofDays(2)), null, id, null, at, 0));
            if (answered) {
                StoredResponse response = responses.startOrFind(id, entry.get().id(), entry.get().version(), at.minusSeconds(600));
                for (Item item : entry.get().questionnaire().allItems()) {
                    answer(item, random).ifPresent(a -> responses.saveAnswer(response.id(), a, response.startedAt()));
                }
                responses.markSubmitted(response.id(), at);
                written++;
            }
        }
        return written;
    }

    /** A made-up coded answer: options near the middle are likelier; one in ten questions skipped. */
    private static Optional<Answer> answer(Item item, Random random) {
        boolean choice = item.type() == ItemType.SINGLE_CHOICE || item.type() == ItemType.FACES
                || item.type() == ItemType.YES_NO || item.type() == ItemType.MULTIPLE_CHOICE;
        List<AnswerOption> options = item.answerOption();
        if (!choice || options.isEmpty() || random.nextInt(10) == 0) {
            return Optional.empty();
        }
        int pick = Math.max(0, Math.min(options.size() - 1,
                (int) Math.round(options.size() * 0.55 + random.nextGaussian() * options.size() / 3.0)));
        List<String> codes = new ArrayList<>(List.of(options.get(pick).code()));
        if (item.type() == ItemType.MULTIPLE_CHOICE && options.size() > 2 && random.nextBoolean()) {
            String second = options.get(random.nextInt(options.size())).code();
            if (!codes.contains(second)) {
                codes.add(second);
            }
        }
        return Optional.of(new Answer(item.linkId(), codes, null, false, null));
    }
}
