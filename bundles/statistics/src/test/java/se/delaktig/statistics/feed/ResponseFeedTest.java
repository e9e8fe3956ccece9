package se.delaktig.statistics.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.response.SubmittedResponse;
import se.delaktig.api.statistics.CodedAnswer;
import se.delaktig.api.statistics.CodedResponse;
import se.delaktig.api.statistics.SentInvitation;
import se.delaktig.api.statistics.StatisticsSource;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.CaseFacts;
import se.delaktig.host.api.Unit;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.statistics.aggregate.AggregateData;
import se.delaktig.statistics.component.StatisticsService;

/** The feed: a rebuild from the store, each response once, cases the host no longer knows left out. */
class ResponseFeedTest {
    private final List<CodedResponse> stored = new ArrayList<>();

    private final StatisticsSource source = new StatisticsSource() {
        @Override
        public long forEachSubmitted(Consumer<CodedResponse> each) {
            stored.forEach(each);
            return stored.size();
        }

        @Override
        public Optional<CodedResponse> submitted(String responseId) {
            return stored.stream().filter(r -> r.responseId().equals(responseId)).findFirst();
        }

        @Override
        public long forEachSent(Consumer<SentInvitation> each) {
            each.accept(new SentInvitation("i1", "case-1", "q", "1", Instant.parse("2026-03-01T10:00:00Z"), true));
            return 1;
        }
    };

    private final CaseDirectory cases = new CaseDirectory() {
        @Override
        public Optional<CaseFacts> find(String caseId) {
            return caseId.equals("gone") ? Optional.empty() : Optional.of(new CaseFacts(caseId, "north", Gender.GIRL, false, true));
        }

        @Override
        public OptionalInt ageOn(String caseId, LocalDate date) {
            return caseId.equals("toddler") ? OptionalInt.of(3) : OptionalInt.of(10);
        }

        @Override
        public List<Unit> units() {
            return List.of(new Unit("north", "Norra"));
        }
    };

    private final QuestionnaireCatalog catalog = (QuestionnaireCatalog) Proxy.newProxyInstance(
            QuestionnaireCatalog.class.getClassLoader(), new Class<?>[] {QuestionnaireCatalog.class},
            (proxy, method, args) -> method.getName().equals("find") ? Optional.empty() : null);

    private CodedResponse response(String id, String caseId) {
        return new CodedResponse(id, caseId, "q", "1", Instant.parse("2026-03-02T10:00:00Z"),
                List.of(new CodedAnswer("safe", List.of("yes"))));
    }

    @Test
    void rebuildsIdempotentlyAndCountsEachResponseOnceWhicheverPathSeesItFirst() {
        StatisticsService statistics = new StatisticsService(se.delaktig.statistics.web.Fakes.config());
        stored.add(response("r1", "case-1"));
        stored.add(response("r2", "gone"));
        stored.add(response("r3", "toddler"));
        ResponseFeed feed = new ResponseFeed(statistics, source, cases, catalog, null);
        assertEquals(1, children(statistics.aggregates().freeze()), "unknown case and age outside the bands left out");
        feed.rebuild(0);
        assertEquals(1, children(statistics.aggregates().freeze()), "a second rebuild counts the same");
        feed.submitted(new SubmittedResponse("r1", "i1", "q", "1", Instant.now(), false, false));
        assertEquals(1, children(statistics.aggregates().freeze()), "a response already counted is not counted again");
        stored.add(response("r4", "case-2"));
        feed.submitted(new SubmittedResponse("r4", "i4", "q", "1", Instant.now(), false, false));
        feed.submitted(new SubmittedResponse("r4", "i4", "q", "1", Instant.now(), false, false));
        assertEquals(2, children(statistics.aggregates().freeze()));
    }

    private static long children(AggregateData data) {
        return data.responses().values().stream().mapToLong(Long::longValue).sum();
    }
}
