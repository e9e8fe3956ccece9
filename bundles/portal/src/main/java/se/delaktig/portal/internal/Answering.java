package se.delaktig.portal.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.invitation.AnsweringGrant;
import se.delaktig.api.invitation.InvitationException;
import se.delaktig.api.invitation.InvitationRedemption;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.Attention;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.questionnaire.QuestionnaireEngine;
import se.delaktig.api.response.PortalSession;
import se.delaktig.api.response.ResponseRepository;
import se.delaktig.api.response.StoredAnswer;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.api.response.SubmittedResponse;

/**
 * What the portal does, apart from HTTP: redeem a code into a session, load where the child is,
 * save an answer, send. Every answer is durable before the next page is shown; the response stays
 * pinned to the questionnaire version of the invitation.
 */
final class Answering {
    private static final Logger LOG = LoggerFactory.getLogger(Answering.class);

    private final InvitationRedemption redemption;
    private final ResponseRepository responses;
    private final QuestionnaireCatalog catalog;
    private final QuestionnaireEngine engine;
    private final Sessions sessions;
    private final Clock clock;
    private final List<String> languages;

    Answering(InvitationRedemption redemption, ResponseRepository responses, QuestionnaireCatalog catalog,
            QuestionnaireEngine engine, Sessions sessions, Clock clock, List<String> languages) {
        this.redemption = redemption;
        this.responses = responses;
        this.catalog = catalog;
        this.engine = engine;
        this.sessions = sessions;
        this.clock = clock;
        this.languages = languages;
    }

    Sessions sessions() {
        return sessions;
    }

    QuestionnaireEngine engine() {
        return engine;
    }

    /** @return a fresh session, or empty for every kind of refusal */
    Optional<Sessions.Started> redeemCode(String typed, String clientAddress, String language) {
        if (typed == null || typed.isBlank() || typed.length() > 64) {
            return Optional.empty();
        }
        return redemption.redeemShortCode(typed, clientAddress).flatMap(g -> start(g, language));
    }

    Optional<Sessions.Started> redeemToken(String token, String clientAddress, String language) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return redemption.redeemLinkToken(token, clientAddress).flatMap(g -> start(g, language));
    }

    private Optional<Sessions.Started> start(AnsweringGrant grant, String chosen) {
        StoredResponse response = responses.startOrFind(grant.invitationId(), grant.questionnaireId(),
                grant.questionnaireVersion(), clock.instant());
        if (response.submitted()) {
            return Optional.empty();
        }
        String language = languages.contains(chosen) ? chosen
                : languages.contains(grant.language()) ? grant.language() : languages.get(0);
        return Optional.of(sessions.start(grant.invitationId(), response.id(), language));
    }

    /** Where a child is: the session, the response on its pinned version, the saved answers. */
    record Place(PortalSession session, StoredResponse response, Questionnaire questionnaire,
            List<StoredAnswer> saved, Journey journey) {

        Optional<StoredAnswer> saved(String linkId) {
            return saved.stream().filter(a -> a.answer().linkId().equals(linkId)).findFirst();
        }

        String latest() {
            return saved.stream().max(Comparator.comparing(StoredAnswer::updatedAt)
                    .thenComparing(StoredAnswer::revision)).map(a -> a.answer().linkId()).orElse(null);
        }
    }

    /** @return the child's place, or empty when the response is gone, sent, or its version unreadable */
    Optional<Place> place(PortalSession session) {
        Optional<StoredResponse> response = responses.find(session.responseId());
        if (response.isEmpty() || response.get().submitted()) {
            return Optional.empty();
        }
        StoredResponse r = response.get();
        return catalog.find(r.questionnaireId(), r.questionnaireVersion()).map(entry -> {
            List<StoredAnswer> saved = responses.answers(r.id());
            Questionnaire q = entry.questionnaire();
            return new Place(session, r, q, saved, new Journey(q, engine, saved.stream().map(StoredAnswer::answer).toList()));
        });
    }

    /** @return whether the invitation may still be answered (not revoked, expired or answered) */
    boolean stillValid(PortalSession session) {
        return redemption.stillValid(session.invitationId());
    }

    /**
     * Saves an answer, then deletes the saved answers that the answers now stored hide (a changed
     * answer whose follow-ups are no longer called for), so that what is stored is what is shown.
     * The hidden ones are judged on a fresh read, after this save: a save from another device that
     * raced this one is judged too, and an answer saved again since the read is kept (the later
     * save wins).
     *
     * @return the saved answer, or empty when the response was sent meanwhile
     */
    Optional<StoredAnswer> save(Place place, Answer answer) {
        return saveAndFollow(place, answer).map(Saved::answer);
    }

    /**
     * @param answer the saved answer
     * @param after  the child's place after the save: the answers as read after it, without those
     *               the save hid (the same read the deletion was judged on, not a second one)
     */
    record Saved(StoredAnswer answer, Place after) {
    }

    /** {@link #save} that also answers the place after it, for the next page. @return empty when the response was sent meanwhile */
    Optional<Saved> saveAndFollow(Place place, Answer answer) {
        Optional<StoredAnswer> saved = responses.saveAnswer(place.response().id(), answer, clock.instant());
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        if (place.saved().isEmpty()) {
            try {
                redemption.markInProgress(place.session().invitationId());
            } catch (InvitationException e) {
                LOG.info("Invitation {} not marked in progress: {}", place.session().invitationId(), e.reason());
            } catch (RuntimeException e) {
                LOG.warn("Invitation {} not marked in progress", place.session().invitationId(), e);
            }
        }
        List<StoredAnswer> shown = prune(place.response(), place.questionnaire());
        Questionnaire q = place.questionnaire();
        return Optional.of(new Saved(saved.get(), new Place(place.session(), place.response(), q, shown,
                new Journey(q, engine, shown.stream().map(StoredAnswer::answer).toList()))));
    }

    /**
     * Deletes the stored answers that the stored answers hide.
     *
     * @return the answers left, all of them shown
     */
    List<StoredAnswer> prune(StoredResponse response, Questionnaire questionnaire) {
        List<StoredAnswer> stored = responses.answers(response.id());
        List<StoredAnswer> hidden = hidden(questionnaire, stored);
        if (hidden.isEmpty()) {
            return stored;
        }
        int deleted = responses.deleteAnswers(response.id(), hidden);
        LOG.debug("Response {}: {} answers hidden by a later answer deleted", response.id(), deleted);
        return deleted == hidden.size() ? stored.stream().filter(a -> !hidden.contains(a)).toList()
                : responses.answers(response.id());
    }

    /** @return the stored answers that are not answers to a shown question */
    List<StoredAnswer> hidden(Questionnaire questionnaire, List<StoredAnswer> stored) {
        Journey journey = new Journey(questionnaire, engine, stored.stream().map(StoredAnswer::answer).toList());
        Set<String> shown = new HashSet<>();
        journey.shownAnswers().forEach(a -> shown.add(a.linkId()));
        return stored.stream().filter(a -> !shown.contains(a.answer().linkId())).toList();
    }

    /**
     * Sends the answers: the response is marked sent, the invitation answered (its code dies), every
     * session of the invitation ends, then the listeners hear of it.
     *
     * @return whether it was sent by this call
     */
    boolean send(Place place, Consumer<SubmittedResponse> listeners) {
        Instant now = clock.instant();
        if (!redemption.stillValid(place.session().invitationId())) {
            return false;
        }
        StoredResponse r = place.response();
        prune(r, place.questionnaire());
        if (!responses.markSubmitted(r.id(), now)) {
            return false;
        }
        // No answer can be saved any more: the final answers, with anything a save on another
        // device left between the prune above and the send judged and removed too.
        List<StoredAnswer> sent;
        try {
            sent = prune(r, place.questionnaire());
        } catch (RuntimeException e) {
            // Sent is sent: the invitation, the sessions and the listeners must still hear of it.
            LOG.warn("Response {} sent; its final answers could not be re-read", r.id(), e);
            sent = place.saved();
        }
        try {
            redemption.markAnswered(place.session().invitationId());
        } catch (InvitationException e) {
            LOG.warn("Response {} sent but invitation {} not marked answered: {}", r.id(),
                    place.session().invitationId(), e.reason());
        }
        sessions.endAll(place.session().invitationId());
        boolean danger = false;
        boolean attention = false;
        Journey last = new Journey(place.questionnaire(), engine, sent.stream().map(StoredAnswer::answer).toList());
        for (Answer a : last.shownAnswers()) {
            Item item = place.questionnaire().item(a.linkId()).orElseThrow();
            danger |= Journey.attention(item, a, Attention.SIGNALS_DANGER);
            attention |= Journey.attention(item, a, Attention.NEEDS_ATTENTION);
        }
        listeners.accept(new SubmittedResponse(r.id(), r.invitationId(), r.questionnaireId(), r.questionnaireVersion(),
                now, danger, attention));
        return true;
    }
}
