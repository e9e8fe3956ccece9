package se.delaktig.store.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
import se.delaktig.store.db.PostgreSql;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.TestDatabases;

class JdbcResponseRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:15:30.123456Z");

    private StoreDatabase db;
    private JdbcResponseRepository responses;
    private JdbcPortalSessionRepository sessions;

    /** The database under test: a fresh H2 in memory; the PostgreSQL subclass opens a fresh PostgreSQL one. */
    StoreDatabase openDatabase() throws Exception {
        return new StoreDatabase(TestDatabases.h2Factory(), TestDatabases.memory(), TestDatabases.bundleMigrations());
    }

    @BeforeEach
    void open() throws Exception {
        db = openDatabase();
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
    void hiddenAnswersAreDeletedOnlyAsTheyWereRead() {
        String id = responses.startOrFind("inv-1", "q", "1.0.0", NOW).id();
        String other = responses.startOrFind("inv-2", "q", "1.0.0", NOW).id();
        responses.saveAnswer(id, Answer.ofCodes("home-how", "sad"), NOW);
        responses.saveAnswer(id, Answer.ofCodes("home-afraid", "yes"), NOW.plusSeconds(1));
        responses.saveAnswer(id, Answer.ofText("home-tell", "words"), NOW.plusSeconds(2));
        responses.saveAnswer(other, Answer.ofCodes("home-afraid", "yes"), NOW);
        List<StoredAnswer> read = responses.answers(id);

        // Another device answers home-tell again after the read: the later save wins.
        responses.saveAnswer(id, Answer.ofText("home-tell", "newer words"), NOW.plusSeconds(3));
        assertEquals(1, responses.deleteAnswers(id, read.subList(1, 3)));
        assertEquals(List.of("home-how", "home-tell"), linkIds(id));
        assertEquals("newer words", responses.answers(id).get(1).answer().text());
        assertEquals(1, linkIds(other).size(), "another response's answer with the same linkId stays");

        assertEquals(0, responses.deleteAnswers(id, read.subList(1, 3)), "idempotent");
        assertEquals(0, responses.deleteAnswers(id, List.of()));
        assertEquals(0, responses.deleteAnswers("no-such", read));
    }

    @Test
    void aDeletedAnswerGivenAgainIsNotDeletedByAnOlderRead() {
        String id = responses.startOrFind("inv-1", "q", "1.0.0", NOW).id();
        StoredAnswer first = responses.saveAnswer(id, Answer.ofCodes("follow-up", "yes"), NOW).orElseThrow();
        assertEquals(1, responses.deleteAnswers(id, List.of(first)));
        StoredAnswer again = responses.saveAnswer(id, Answer.ofCodes("follow-up", "no"), NOW.plusSeconds(1)).orElseThrow();
        assertEquals(1, again.revision(), "a new row starts again at revision 1");
        assertEquals(0, responses.deleteAnswers(id, List.of(first)), "the stale read names another save");
        assertEquals(List.of("no"), responses.answers(id).get(0).answer().codes());
    }

    @Test
    void theSavedAnswerAsReturnedCanBeDeletedAlthoughTheClockHasNanoseconds() {
        String id = responses.startOrFind("inv-1", "q", "1.0.0", NOW).id();
        StoredAnswer saved = responses.saveAnswer(id, Answer.ofCodes("a", "yes"), NOW.plusNanos(789)).orElseThrow();
        assertEquals(responses.answers(id).get(0), saved, "returned as it will be read");
        assertEquals(1, responses.deleteAnswers(id, List.of(saved)));
    }

    @Test
    void aSentResponseLosesOnlyTheAnswersTheSenderReadAsHidden() {
        String id = responses.startOrFind("inv-1", "q", "1.0.0", NOW).id();
        responses.saveAnswer(id, Answer.ofCodes("home-how", "happy"), NOW);
        responses.saveAnswer(id, Answer.ofCodes("home-afraid", "yes"), NOW.plusSeconds(1));
        assertTrue(responses.markSubmitted(id, NOW.plusSeconds(2)));
        List<StoredAnswer> last = responses.answers(id);
        assertEquals(1, responses.deleteAnswers(id, last.subList(1, 2)));
        assertEquals(List.of("home-how"), linkIds(id));
    }

    @Test
    void aDeleteWaitingForAConcurrentSaveOfTheSameAnswerKeepsThatSave() throws Exception {
        String id = responses.startOrFind("inv-1", "q", "1.0.0", NOW).id();
        responses.saveAnswer(id, Answer.ofCodes("follow-up", "yes"), NOW);
        List<StoredAnswer> read = responses.answers(id);
        CountDownLatch updated = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // A save on another device holds the row in an open transaction (as saveAnswer does).
            Future<Integer> save = pool.submit(() -> db.inTransaction(c -> {
                try (var u = c.prepareStatement("UPDATE delaktig_response_answer SET codes = 'no',"
                        + " revision = revision + 1 WHERE response_id = ?")) {
                    u.setString(1, id);
                    int n = u.executeUpdate();
                    updated.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return n;
                }
            }));
            assertTrue(updated.await(10, TimeUnit.SECONDS));
            Future<Integer> delete = pool.submit(() -> responses.deleteAnswers(id, read));
            Thread.sleep(200); // let the delete reach the locked row
            release.countDown();
            assertEquals(1, save.get(10, TimeUnit.SECONDS));
            assertEquals(0, delete.get(10, TimeUnit.SECONDS), "the row it read is no longer there");
            assertEquals(List.of("no"), responses.answers(id).get(0).answer().codes());
        } finally {
            pool.shutdown();
        }
    }

    private List<String> linkIds(String responseId) {
        return responses.answers(responseId).stream().map(a -> a.answer().linkId()).toList();
    }

    @Test
    void sessionsOfASentResponseAreSweptWhateverTheirTimeouts() {
        String sent = responses.startOrFind("inv-1", "q", "1.0.0", NOW).id();
        String open = responses.startOrFind("inv-2", "q", "1.0.0", NOW).id();
        sessions.create(new PortalSession("h1", "inv-1", sent, "sv", NOW, NOW));
        sessions.create(new PortalSession("h2", "inv-2", open, "sv", NOW, NOW));
        responses.markSubmitted(sent, NOW);
        assertEquals(1, sessions.deleteExpired(NOW.minus(Duration.ofMinutes(30)), NOW.minus(Duration.ofHours(12))));
        assertTrue(sessions.find("h1").isEmpty());
        assertTrue(sessions.find("h2").isPresent());
        assertEquals(0, sessions.deleteExpired(NOW.minus(Duration.ofMinutes(30)), NOW.minus(Duration.ofHours(12))));
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
    @PostgreSql.H2Only
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
