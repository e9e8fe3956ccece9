package se.delaktig.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.AnsweringGrant;
import se.delaktig.api.invitation.InvitationRedemption;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.QuestionnaireEngine;
import se.delaktig.api.response.PortalSession;
import se.delaktig.api.response.PortalSessionRepository;
import se.delaktig.api.response.ResponseRepository;
import se.delaktig.api.response.StoredAnswer;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.api.response.SubmittedResponse;
import se.delaktig.questionnaire.internal.osgi.EngineComponent;

/** The answering flow on the shipped barn-5-7: what a later change hides is deleted, sending sends only what is shown. */
class AnsweringTest {
    private final QuestionnaireEngine engine = new EngineComponent();
    private final Questionnaire q = Shipped.read("barn-5-7");
    private final FakeResponses responses = new FakeResponses();
    private final List<String> endedInvitations = new ArrayList<>();
    private final List<SubmittedResponse> heard = new ArrayList<>();
    private Instant now = Instant.parse("2026-11-20T09:00:00Z");
    private final Clock clock = new Clock() {
        public ZoneOffset getZone() { return ZoneOffset.UTC; }
        public Clock withZone(java.time.ZoneId z) { return this; }
        public Instant instant() { return now = now.plusSeconds(1); }
    };
    private final Answering answering = new Answering(new Redemption(), responses, null, engine,
            new Sessions(new SessionRows(), clock, Duration.ofMinutes(30), Duration.ofHours(12)), clock, List.of("sv", "en"));
    private final StoredResponse response = responses.startOrFind("inv", "barn-5-7", "1", now);
    private final PortalSession session = new PortalSession("h", "inv", response.id(), "sv", now, now);

    @Test
    void aSaveAnswersThePlaceAfterItWithWhatItHidAlreadyGone() {
        answering.save(place(), Answer.ofCodes("home-how", "sad"));
        answering.save(place(), Answer.ofCodes("home-afraid", "yes"));
        Answering.Saved saved = answering.saveAndFollow(place(), Answer.ofCodes("home-how", "happy")).orElseThrow();
        assertEquals("happy", saved.answer().answer().codes().get(0));
        Answering.Place after = saved.after();
        assertEquals(List.of("home-how"), after.saved().stream().map(a -> a.answer().linkId()).toList());
        assertTrue(after.journey().page("home-afraid").isEmpty(), "the hidden follow-up is no page now");
        assertEquals("home-food", after.journey().next("home-how").orElseThrow().linkId());
        assertEquals(place().saved(), after.saved(), "the same as a fresh read");
    }

    @Test
    void changingAnAnswerDeletesTheFollowUpsItNoLongerCallsFor() {
        answering.save(place(), Answer.ofCodes("home-how", "sad"));
        answering.save(place(), Answer.ofCodes("home-afraid", "yes"));
        answering.save(place(), Answer.ofCodes("safety-hurt", "yes"));
        answering.save(place(), Answer.ofText("safety-hurt-tell", "words"));
        assertEquals(List.of("home-how", "home-afraid", "safety-hurt", "safety-hurt-tell"), stored());

        answering.save(place(), Answer.ofCodes("home-how", "happy"));
        assertEquals(List.of("home-how", "safety-hurt", "safety-hurt-tell"), stored(), "home-afraid is asked only when not happy");
        answering.save(place(), Answer.ofCodes("safety-hurt", "no"));
        assertEquals(List.of("home-how", "safety-hurt"), stored());

        answering.save(place(), Answer.ofCodes("home-how", "sad"));
        assertTrue(place().journey().page("home-afraid").isPresent(), "asked again");
        assertTrue(place().journey().answer("home-afraid").isEmpty(), "and unanswered: the old answer is gone");
    }

    @Test
    void anAnswerThatHidesNothingDeletesNothing() {
        answering.save(place(), Answer.ofCodes("home-how", "sad"));
        answering.save(place(), Answer.ofCodes("home-afraid", "no"));
        answering.save(place(), Answer.ofCodes("home-how", "neutral"));
        answering.save(place(), Answer.declined("school-how"));
        assertEquals(List.of("home-how", "home-afraid", "school-how"), stored());
        assertEquals(0, responses.deleteCalls);
    }

    @Test
    void aStaleSaveFromASecondDeviceToANowHiddenQuestionIsNotKept() {
        answering.save(place(), Answer.ofCodes("home-how", "sad"));
        Answering.Place phone = place(); // shows home-afraid
        answering.save(place(), Answer.ofCodes("home-how", "happy")); // the tablet hides it
        answering.save(phone, Answer.ofCodes("home-afraid", "yes"));
        assertEquals(List.of("home-how"), stored(), "judged on the answers stored after the save");
    }

    @Test
    void twoDevicesAnsweringTheSameQuestionTheLaterSaveWins() {
        Answering.Place phone = place();
        Answering.Place tablet = place();
        answering.save(phone, Answer.ofCodes("school-how", "sad"));
        StoredAnswer later = answering.save(tablet, Answer.ofCodes("school-how", "happy")).orElseThrow();
        assertEquals(2, later.revision(), "the page's rev tells the second device it replaced an answer");
        assertEquals(List.of("happy"), responses.answers(response.id()).get(0).answer().codes());
    }

    @Test
    void anAnswerSavedAgainBetweenTheReadAndTheDeleteIsKeptForItsOwnSaveToJudge() {
        answering.save(place(), Answer.ofCodes("home-how", "sad"));
        answering.save(place(), Answer.ofCodes("home-afraid", "yes"));
        // The phone saves home-afraid again while the tablet's change is being judged.
        responses.beforeDelete = () -> responses.saveAnswer(response.id(), Answer.ofCodes("home-afraid", "no"), now);
        answering.save(place(), Answer.ofCodes("home-how", "happy"));
        assertEquals(List.of("no"), responses.answers(response.id()).get(1).answer().codes(), "not deleted unseen");
        // The phone's own save judges it next, on the answers stored then.
        assertEquals(List.of("home-how"), answering.prune(response, q).stream().map(a -> a.answer().linkId()).toList());
        assertEquals(List.of("home-how"), stored());
    }

    @Test
    void sendingSendsOnlyShownAnswersAndEndsEverySession() {
        answering.save(place(), Answer.ofCodes("home-how", "happy"));
        // Left by an earlier release that kept hidden answers: a danger answer nobody is shown.
        responses.saveAnswer(response.id(), Answer.ofCodes("home-afraid", "yes"), now);
        assertTrue(answering.send(place(), heard::add));
        assertEquals(List.of("home-how"), stored());
        assertFalse(heard.get(0).signalsDanger(), "a hidden answer raises no alert");
        assertEquals(List.of("inv"), endedInvitations);
        assertTrue(responses.find(response.id()).orElseThrow().submitted());
    }

    @Test
    void aSaveRacingTheSendIsJudgedAfterTheResponseIsSent() {
        answering.save(place(), Answer.ofCodes("home-how", "sad"));
        answering.save(place(), Answer.ofCodes("home-afraid", "yes"));
        Answering.Place reviewed = place();
        answering.save(place(), Answer.ofCodes("home-how", "happy")); // another device, just before the send
        responses.beforeSubmit = () -> responses.saveAnswer(response.id(), Answer.ofCodes("home-afraid", "yes"), now);
        assertTrue(answering.send(reviewed, heard::add));
        assertEquals(List.of("home-how"), stored());
        assertFalse(heard.get(0).signalsDanger(), "the flags come from the answers sent, not from the page");
    }

    @Test
    void aSaveAfterSendingIsRefusedAndDeletesNothing() {
        answering.save(place(), Answer.ofCodes("home-how", "sad"));
        Answering.Place open = place();
        assertTrue(answering.send(place(), heard::add));
        assertTrue(answering.save(open, Answer.ofCodes("home-how", "happy")).isEmpty());
        assertFalse(answering.send(open, heard::add), "once");
        assertEquals(1, heard.size());
    }

    private Answering.Place place() {
        List<StoredAnswer> saved = responses.answers(response.id());
        StoredResponse r = responses.find(response.id()).orElseThrow();
        return new Answering.Place(session, r, q, saved, new Journey(q, engine, saved.stream().map(StoredAnswer::answer).toList()));
    }

    private List<String> stored() {
        return responses.answers(response.id()).stream().map(a -> a.answer().linkId()).toList();
    }

    /** The store's contract in memory: later save wins, revisions, delete only as read. */
    private static final class FakeResponses implements ResponseRepository {
        private final Map<String, StoredAnswer> answers = new LinkedHashMap<>();
        private StoredResponse response;
        Runnable beforeDelete;
        Runnable beforeSubmit;
        int deleteCalls;

        public StoredResponse startOrFind(String inv, String qid, String version, Instant at) {
            response = new StoredResponse("r1", inv, qid, version, at, null, false, null);
            return response;
        }
        public Optional<StoredResponse> find(String id) { return Optional.ofNullable(response); }
        public Optional<StoredResponse> findByInvitation(String inv) { return Optional.ofNullable(response); }
        public Optional<StoredAnswer> saveAnswer(String id, Answer answer, Instant at) {
            if (response.submitted()) {
                return Optional.empty();
            }
            StoredAnswer before = answers.get(answer.linkId());
            StoredAnswer saved = new StoredAnswer(answer, at, before == null ? 1 : before.revision() + 1);
            answers.put(answer.linkId(), saved);
            return Optional.of(saved);
        }
        public List<StoredAnswer> answers(String id) { return List.copyOf(answers.values()); }
        public int deleteAnswers(String id, Collection<StoredAnswer> asRead) {
            deleteCalls++;
            if (beforeDelete != null) {
                Runnable r = beforeDelete;
                beforeDelete = null;
                r.run();
            }
            int n = 0;
            for (StoredAnswer a : asRead) {
                n += answers.remove(a.answer().linkId(), a) ? 1 : 0;
            }
            return n;
        }
        public void setPosition(String id, String linkId) { }
        public boolean markSubmitted(String id, Instant at) {
            if (beforeSubmit != null) {
                beforeSubmit.run();
                beforeSubmit = null;
            }
            if (response.submitted()) {
                return false;
            }
            response = new StoredResponse(response.id(), response.invitationId(), response.questionnaireId(),
                    response.questionnaireVersion(), response.startedAt(), at, false, null);
            return true;
        }
        public void setAnsweredTogether(String id, boolean together) { }
    }

    private final class SessionRows implements PortalSessionRepository {
        public void create(PortalSession s) { }
        public Optional<PortalSession> find(String h) { return Optional.empty(); }
        public void touch(String h, Instant t) { }
        public void setLanguage(String h, String l) { }
        public void delete(String h) { }
        public int deleteForInvitation(String i) { endedInvitations.add(i); return 1; }
        public int deleteExpired(Instant a, Instant b) { return 0; }
    }

    private static final class Redemption implements InvitationRedemption {
        public Optional<AnsweringGrant> redeemShortCode(String typed, String address) { return Optional.empty(); }
        public Optional<AnsweringGrant> redeemLinkToken(String token, String address) { return Optional.empty(); }
        public boolean stillValid(String invitationId) { return true; }
        public void markInProgress(String invitationId) { }
        public void markAnswered(String invitationId) { }
    }
}
