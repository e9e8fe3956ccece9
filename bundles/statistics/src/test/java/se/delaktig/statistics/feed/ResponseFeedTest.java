package se.delaktig.statistics.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.InvitationEvent;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.response.SubmittedResponse;
import se.delaktig.api.statistics.CodedAnswer;
import se.delaktig.api.statistics.CodedResponse;
import se.delaktig.api.statistics.RecordedFacts;
import se.delaktig.api.statistics.SentInvitation;
import se.delaktig.api.statistics.StatisticsSource;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.CaseFacts;
import se.delaktig.host.api.Unit;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.statistics.aggregate.AggregateData;
import se.delaktig.statistics.aggregate.GroupKey;
import se.delaktig.statistics.aggregate.UnitId;
import se.delaktig.statistics.component.StatisticsService;

/**
 * The feed: a rebuild from the store, each response and each invitation once whichever path sees it
 * first, cases the host no longer knows left out, and the unit, gender and age band recorded the first
 * time and used from then on.
 */
class ResponseFeedTest {
    private static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");
    private static final Instant SENT = Instant.parse("2026-03-01T10:00:00Z");

    /** A store: responses and invitations, with the facts recorded about them joined in as the store does. */
    private final List<CodedResponse> stored = new ArrayList<>();
    private final List<SentInvitation> invitations = new ArrayList<>();
    private final Map<String, RecordedFacts> responseFacts = new HashMap<>();
    private final Map<String, RecordedFacts> invitationFacts = new HashMap<>();
    private int recordCalls;
    private final Map<String, String> unitNow = new HashMap<>();

    private final StatisticsSource source = new StatisticsSource() {
        @Override
        public long forEachSubmitted(Consumer<CodedResponse> each) {
            stored.stream().map(this::joined).forEach(each);
            return stored.size();
        }

        @Override
        public Optional<CodedResponse> submitted(String responseId) {
            return stored.stream().filter(r -> r.responseId().equals(responseId)).findFirst().map(this::joined);
        }

        @Override
        public long forEachSent(Consumer<SentInvitation> each) {
            invitations.stream().map(this::joined).forEach(each);
            return invitations.size();
        }

        @Override
        public Optional<SentInvitation> sent(String invitationId) {
            return invitations.stream().filter(i -> i.invitationId().equals(invitationId)).findFirst().map(this::joined);
        }

        @Override
        public int recordResponses(Map<String, RecordedFacts> facts) {
            recordCalls++;
            int before = responseFacts.size();
            facts.forEach(responseFacts::putIfAbsent);
            return responseFacts.size() - before;
        }

        @Override
        public int recordInvitations(Map<String, RecordedFacts> facts) {
            recordCalls++;
            int before = invitationFacts.size();
            facts.forEach(invitationFacts::putIfAbsent);
            return invitationFacts.size() - before;
        }

        private CodedResponse joined(CodedResponse r) {
            return new CodedResponse(r.responseId(), r.caseId(), r.questionnaireId(), r.questionnaireVersion(),
                    r.submittedAt(), r.answers(), responseFacts.get(r.responseId()));
        }

        private SentInvitation joined(SentInvitation i) {
            return new SentInvitation(i.invitationId(), i.caseId(), i.questionnaireId(), i.questionnaireVersion(),
                    i.sentAt(), i.answered(), invitationFacts.get(i.invitationId()));
        }
    };

    private final CaseDirectory cases = new CaseDirectory() {
        @Override
        public Optional<CaseFacts> find(String caseId) {
            return caseId.equals("gone") ? Optional.empty()
                    : Optional.of(new CaseFacts(caseId, unitNow.getOrDefault(caseId, "north"), Gender.GIRL, false, true));
        }

        @Override
        public OptionalInt ageOn(String caseId, LocalDate date) {
            return caseId.equals("toddler") ? OptionalInt.of(3) : OptionalInt.of(10);
        }

        @Override
        public List<Unit> units() {
            return List.of(new Unit("north", "Norra"), new Unit("south", "Södra"));
        }
    };

    private final QuestionnaireCatalog catalog = (QuestionnaireCatalog) Proxy.newProxyInstance(
            QuestionnaireCatalog.class.getClassLoader(), new Class<?>[] {QuestionnaireCatalog.class},
            (proxy, method, args) -> method.getName().equals("find") ? Optional.empty() : null);

    private final StatisticsService statistics = new StatisticsService(se.delaktig.statistics.web.Fakes.config());

    private ResponseFeed feed() {
        return new ResponseFeed(statistics, source, cases, catalog, null, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static CodedResponse response(String id, String caseId) {
        return new CodedResponse(id, caseId, "q", "1", Instant.parse("2026-03-02T10:00:00Z"),
                List.of(new CodedAnswer("safe", List.of("yes"))));
    }

    private static SentInvitation invitation(String id, String caseId, boolean answered) {
        return new SentInvitation(id, caseId, "q", "1", SENT, answered);
    }

    @Test
    void rebuildsIdempotentlyAndCountsEachResponseOnceWhicheverPathSeesItFirst() {
        invitations.add(invitation("i1", "case-1", true));
        stored.add(response("r1", "case-1"));
        stored.add(response("r2", "gone"));
        stored.add(response("r3", "toddler"));
        ResponseFeed feed = feed();
        assertEquals(1, children(), "unknown case and age outside the bands left out");
        feed.rebuild(0);
        assertEquals(1, children(), "a second rebuild counts the same");
        feed.submitted(new SubmittedResponse("r1", "i1", "q", "1", Instant.now(), false, false));
        assertEquals(1, children(), "a response already counted is not counted again");
        assertEquals(1, sum(AggregateData::invitations));
        assertEquals(1, sum(AggregateData::answeredInvitations));
        stored.add(response("r4", "case-2"));
        feed.submitted(new SubmittedResponse("r4", "i4", "q", "1", Instant.now(), false, false));
        feed.submitted(new SubmittedResponse("r4", "i4", "q", "1", Instant.now(), false, false));
        assertEquals(2, children());
    }

    @Test
    void invitationsCountAsTheyAreSentAndAnsweredWithoutARestartEachOnce() {
        ResponseFeed feed = feed();
        assertEquals(0, sum(AggregateData::invitations));

        invitations.add(invitation("i1", "case-1", false));
        InvitationEvent sent = new InvitationEvent("i1", "q", "1", InvitationStatus.SENT, SENT);
        feed.changed(sent);
        assertEquals(1, sum(AggregateData::invitations), "counted when the invitation bundle reports it");
        feed.changed(sent);
        assertEquals(1, sum(AggregateData::invitations), "a resend or a repeated event is not counted again");
        feed.changed(new InvitationEvent("not-sent", "q", "1", InvitationStatus.SENT, SENT));
        assertEquals(1, sum(AggregateData::invitations), "the store decides what reached a child");
        assertEquals(0, sum(AggregateData::answeredInvitations));

        // the child answers: the portal marks the invitation answered, then tells the listeners
        invitations.set(0, invitation("i1", "case-1", true));
        stored.add(response("r1", "case-1"));
        feed.submitted(new SubmittedResponse("r1", "i1", "q", "1", NOW, false, false));
        feed.submitted(new SubmittedResponse("r1", "i1", "q", "1", NOW, false, false));
        assertEquals(1, sum(AggregateData::invitations));
        assertEquals(1, sum(AggregateData::answeredInvitations), "answered once");
        assertEquals(1, children());

        // a failed delivery that the child opened after all: first heard of when it is answered
        invitations.add(invitation("i2", "case-2", true));
        stored.add(response("r2", "case-2"));
        feed.submitted(new SubmittedResponse("r2", "i2", "q", "1", NOW, false, false));
        assertEquals(2, sum(AggregateData::invitations));
        assertEquals(2, sum(AggregateData::answeredInvitations));

        feed.rebuild(0);
        assertEquals(2, sum(AggregateData::invitations), "the start-up rebuild agrees with the listeners");
        assertEquals(2, sum(AggregateData::answeredInvitations));
    }

    @Test
    void aFailingStoreNeverReachesTheInvitationBundle() {
        ResponseFeed feed = feed();
        invitations.add(null); // the fake store throws on it
        feed.changed(new InvitationEvent("i1", "q", "1", InvitationStatus.SENT, SENT));
        assertEquals(0, sum(AggregateData::invitations));
    }

    @Test
    void listenersNeverWaitForABusyFeed() throws Exception {
        java.util.concurrent.ScheduledThreadPoolExecutor executor = new java.util.concurrent.ScheduledThreadPoolExecutor(1);
        try {
            ResponseFeed feed = new ResponseFeed(statistics, source, cases, catalog, executor, Clock.fixed(NOW, ZoneOffset.UTC));
            invitations.add(invitation("i1", "case-1", false));
            java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            Thread rebuild = new Thread(() -> {
                synchronized (feed) { // as a long rebuild holds it
                    busy.countDown();
                    try {
                        done.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            rebuild.start();
            busy.await();
            feed.changed(new InvitationEvent("i1", "q", "1", InvitationStatus.SENT, SENT));
            assertEquals(0, sum(AggregateData::invitations), "the caseworker's request went on; counted later");
            done.countDown();
            rebuild.join(5000);
            executor.submit(() -> { }).get(5, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(1, sum(AggregateData::invitations));
            feed.deactivate();
            feed.changed(new InvitationEvent("i1", "q", "1", InvitationStatus.SENT, SENT)); // stopped: logged, never thrown
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void theUnitOfTheAnsweringDayStaysWhenTheCaseMovesLater() {
        invitations.add(invitation("i1", "case-1", true));
        stored.add(response("r1", "case-1"));
        feed();
        RecordedFacts expected = new RecordedFacts("north", "girl", "8-12", NOW);
        assertEquals(Map.of("r1", expected), responseFacts, "recorded the first time it was counted");
        assertEquals(Map.of("i1", expected), invitationFacts);

        unitNow.put("case-1", "south"); // the case moves; a restart rebuilds
        ResponseFeed feed = feed();
        assertEquals(1, children(UnitId.of("north")), "still the unit it had when the child answered");
        assertEquals(0, children(UnitId.of("south")));
        assertEquals(1, invitations(UnitId.of("north")), "the response rate stays in the unit that sent it");

        // a new response after the move goes to the new unit, and a response without recorded facts (from
        // before they were recorded) falls back to the unit now and is recorded then
        stored.add(response("r2", "case-1"));
        feed.submitted(new SubmittedResponse("r2", "i2", "q", "1", NOW, false, false));
        assertEquals(1, children(UnitId.of("south")));
        assertEquals("south", responseFacts.get("r2").unitId());
        int calls = recordCalls;
        feed.rebuild(0);
        assertEquals(calls, recordCalls, "nothing new to record");
        assertEquals(1, children(UnitId.of("north")));
        assertEquals(1, children(UnitId.of("south")));
    }

    @Test
    void recordedFactsWinOverTheHostAndUnusableOnesFallBackToIt() {
        stored.add(response("r1", "gone"));
        stored.add(response("r2", "case-2"));
        responseFacts.put("r1", new RecordedFacts("east", "boy", "13-18", SENT));
        responseFacts.put("r2", new RecordedFacts("east", "not-a-gender", "13-18", SENT));
        feed();
        AggregateData data = statistics.aggregates().freeze();
        assertEquals(1, children(UnitId.of("east")), "a case the host forgot still counts where it was");
        assertTrue(data.responses().keySet().stream().anyMatch(k -> k.gender() == Gender.BOY
                && k.ageBand() == AgeBand.AGES_13_18));
        assertEquals(1, children(UnitId.of("north")), "an unusable record: the host's facts now");
    }

    private long children() {
        return sum(AggregateData::responses);
    }

    private long children(UnitId unit) {
        return statistics.aggregates().freeze().responses().entrySet().stream().filter(e -> e.getKey().unit().equals(unit))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private long invitations(UnitId unit) {
        return statistics.aggregates().freeze().invitations().entrySet().stream()
                .filter(e -> e.getKey().unit().equals(unit)).mapToLong(Map.Entry::getValue).sum();
    }

    private long sum(java.util.function.Function<AggregateData, Map<GroupKey, Long>> which) {
        ToLongFunction<Long> value = Long::longValue;
        return which.apply(statistics.aggregates().freeze()).values().stream().mapToLong(value).sum();
    }
}
