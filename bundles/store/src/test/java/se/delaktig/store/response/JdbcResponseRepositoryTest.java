package se.delaktig.store.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.response.PortalSession;
import se.delaktig.api.response.StoredAnswer;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.TestDatabases;

class JdbcResponseRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:15:30.123456Z");

    private StoreDatabase db;
    private JdbcResponseRepository responses;
    private JdbcPortalSessionRepository sessions;

    @BeforeEach
    void open() throws Exception {
        db = new StoreDatabase(TestDatabases.h2Factory(), TestDatabases.memory(), TestDatabases.bundleMigrations());
        responses = new JdbcResponseRepository(db);
        sessions = new JdbcPortalSessionRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void oneResponsePerInvitationKeepingItsPinnedVersion() {
        StoredResponse first = responses.startOrFind("inv-1", "barn-8-12", "1.0.0", NOW);
        StoredResponse again = responses.startOrFind("inv-1", "barn-8-12", "1.1.0", NOW.plusSeconds(60));
        assertEquals(first, again);
        assertEquals("1.0.0", again.questionnaireVersion());
        assertFalse(again.submitted());
        assertEquals(first, responses.find(first.id()).orElseThrow());
        assertTrue(responses.findByInvitation("inv-2").isEmpty());
    }

    @Test
    void twoDevicesStartingAtOnceShareOneResponse() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<StoredResponse> start = () -> responses.startOrFind("inv-race", "q", "1.0.0", NOW);
            List<Future<StoredResponse>> all = pool.invokeAll(List.of(start, start, start, start));
            String id = all.get(0).get().id();
            for (Future<StoredResponse> f : all) {
                assertEquals(id, f.get().id());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theLaterSaveWinsPerQuestionAndOrderIsFirstGiven() {
        String id = responses.startOrFind("inv-1", "q", "1.0.0", NOW).id();
        StoredAnswer a1 = responses.saveAnswer(id, Answer.ofCodes("home-how", "sad"), NOW).orElseThrow();
        assertEquals(1, a1.revision());
        responses.saveAnswer(id, new Answer("school", List.of(), null, true, null), NOW.plusSeconds(1));
        StoredAnswer a2 = responses.saveAnswer(id, new Answer("home-how", List.of("happy"), null, false, "We moved."),
                NOW.plusSeconds(2)).orElseThrow();
        assertEquals(2, a2.revision());
        responses.saveAnswer(id, new Answer("many", List.of("a", "b"), null, false, null), NOW.plusSeconds(3));
        responses.saveAnswer(id, Answer.ofText("words", "Hej\nrad två åäö"), NOW.plusSeconds(4));

        List<StoredAnswer> saved = responses.answers(id);
        assertEquals(List.of("home-how", "school", "many", "words"), saved.stream().map(a -> a.answer().linkId()).toList());
        assertEquals(new Answer("home-how", List.of("happy"), null, false, "We moved."), saved.get(0).answer());
        assertEquals(NOW.plusSeconds(2), saved.get(0).updatedAt());
        assertTrue(saved.get(1).answer().declined());
        assertEquals(List.of("a", "b"), saved.get(2).answer().codes());
        assertEquals("Hej\nrad två åäö", saved.get(3).answer().text());
    }

    @Test
    void afterSendingNothingChanges() {
        String id = responses.startOrFind("inv-1", "q", "1.0.0", NOW).id();
        responses.saveAnswer(id, Answer.ofCodes("a", "yes"), NOW);
        responses.setPosition(id, "b");
        assertEquals("b", responses.find(id).orElseThrow().position());
        assertTrue(responses.markSubmitted(id, NOW.plusSeconds(5)));
        assertFalse(responses.markSubmitted(id, NOW.plusSeconds(6)), "only once");
        assertTrue(responses.saveAnswer(id, Answer.ofCodes("a", "no"), NOW.plusSeconds(7)).isEmpty());
        assertTrue(responses.saveAnswer("no-such", Answer.ofCodes("a", "no"), NOW).isEmpty());
        StoredResponse sent = responses.find(id).orElseThrow();
        assertEquals(NOW.plusSeconds(5), sent.submittedAt());
        assertEquals(List.of("yes"), responses.answers(id).get(0).answer().codes());
        responses.setAnsweredTogether(id, true);
        assertTrue(responses.find(id).orElseThrow().answeredTogether());
    }

    @Test
    void sessionsLiveUntilEndedOrPastATimeout() {
        String rid = responses.startOrFind("inv-1", "q", "1.0.0", NOW).id();
        sessions.create(new PortalSession("h1", "inv-1", rid, "sv", NOW, NOW));
        sessions.create(new PortalSession("h2", "inv-1", rid, "en", NOW, NOW));
        sessions.create(new PortalSession("h3", "inv-2", rid, "sv", NOW.minus(Duration.ofHours(13)), NOW));
        sessions.touch("h1", NOW.plusSeconds(60));
        sessions.setLanguage("h1", "en");
        PortalSession s = sessions.find("h1").orElseThrow();
        assertEquals(NOW.plusSeconds(60), s.lastSeenAt());
        assertEquals("en", s.language());
        assertFalse(s.toString().contains("h1"), "the hash is not logged");

        assertEquals(1, sessions.deleteExpired(NOW.minus(Duration.ofMinutes(30)), NOW.minus(Duration.ofHours(12))));
        assertTrue(sessions.find("h3").isEmpty());
        sessions.touch("h2", NOW.plus(Duration.ofMinutes(40)));
        assertEquals(1, sessions.deleteExpired(NOW.plus(Duration.ofMinutes(31)), NOW.minus(Duration.ofHours(12))));
        assertTrue(sessions.find("h1").isEmpty(), "idle");
        assertEquals(1, sessions.deleteForInvitation("inv-1"));
        assertTrue(sessions.find("h2").isEmpty());
        sessions.create(new PortalSession("h4", "inv-3", rid, "sv", NOW, NOW));
        sessions.delete("h4");
        assertTrue(sessions.find("h4").isEmpty());
    }

    @Test
    void answersSurviveClosingAndReopeningTheFile(@TempDir Path dir) throws Exception {
        StoreDatabase file = new StoreDatabase(TestDatabases.h2Factory(), TestDatabases.file(dir),
                TestDatabases.bundleMigrations());
        String id;
        try {
            JdbcResponseRepository repo = new JdbcResponseRepository(file);
            id = repo.startOrFind("inv-d", "q", "1.0.0", NOW).id();
            repo.saveAnswer(id, Answer.ofCodes("a", "yes"), NOW);
        } finally {
            file.close();
        }
        StoreDatabase reopened = new StoreDatabase(TestDatabases.h2Factory(), TestDatabases.file(dir),
                TestDatabases.bundleMigrations());
        try {
            assertEquals(List.of("yes"), new JdbcResponseRepository(reopened).answers(id).get(0).answer().codes());
        } finally {
            reopened.close();
        }
    }
}
