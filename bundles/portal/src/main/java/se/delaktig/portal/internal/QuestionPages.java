package se.delaktig.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.response.StoredAnswer;

/**
 * Answering: the intro, one question or information page at a time, saving each posted answer
 * before the next page, and the safety net after an answer that signals danger.
 */
final class QuestionPages {

    private final PortalRequests requests;
    private final Pages pages;
    private final ReviewPages review;

    QuestionPages(PortalRequests requests, ReviewPages review) {
        this.requests = requests;
        this.pages = requests.pages();
        this.review = review;
    }

    Response intro(Answering.Place place) {
        Optional<Item> resume = place.journey().resume(place.latest());
        Map<String, Object> m = new HashMap<>();
        int from = place.questionnaire().ageBand().from();
        m.put("band", from <= 7 ? "young" : from <= 12 ? "middle" : "teen");
        m.put("started", !place.saved().isEmpty());
        m.put("next", resume.map(i -> Pages.ROOT + "/q/" + i.linkId()).orElse(Pages.ROOT + "/review"));
        m.put("count", Integer.toString(place.journey().questions().size()));
        return PortalRequests.html(page(place, "intro.title", "intro.vm", m, "/intro"));
    }

    /** @param notice {@code replaced} when the saved answer had changed on another device meanwhile */
    Response question(Answering.Place place, String linkId, boolean fromReview, String notice) {
        Optional<Item> item = place.journey().page(linkId);
        if (item.isEmpty()) {
            return PortalRequests.redirect("/intro");
        }
        Optional<StoredAnswer> saved = place.saved(linkId);
        String error = "replaced".equals(notice) ? "notice.replaced" : null;
        return PortalRequests.html(questionPage(place, item.get(), saved.map(StoredAnswer::answer).orElse(null),
                saved.map(StoredAnswer::revision).orElse(0L), error, fromReview), 200);
    }

    /** The posted answer: validated, saved durably, then the next page (see {@link Step}). */
    Response answer(HttpServletRequest request, HttpHeaders headers, String linkId, MultivaluedMap<String, String> form) {
        return requests.withPostedPlace(request, headers, form, place -> {
            Optional<Item> found = place.journey().page(linkId);
            if (found.isEmpty()) {
                // Not a page now (unknown, or a follow-up no longer called for): nothing is stored.
                return PortalRequests.redirect("/intro");
            }
            Item item = found.get();
            AnswerForm.Action action = AnswerForm.action(form.getFirst("action"));
            AnswerForm.Parsed parsed = AnswerForm.parse(place.questionnaire(), requests.answering().engine(), item, form,
                    action);
            boolean fromReview = "review".equals(form.getFirst("from"));
            if (!parsed.ok()) {
                Answer kept = keptInput(item, form);
                return PortalRequests.html(questionPage(place, item, kept, revision(form), parsed.problem(), fromReview),
                        400);
            }
            boolean replaced = false;
            Answer answer = parsed.answer();
            // Branching may change with this answer: decide the next page on the saved state.
            Answering.Place after = place;
            if (answer != null) {
                long seen = revision(form);
                long before = place.saved(linkId).map(StoredAnswer::revision).orElse(0L);
                Optional<Answering.Saved> saved = requests.answering().saveAndFollow(place, answer);
                if (saved.isEmpty()) {
                    return requests.ended(request);
                }
                after = saved.get().after();
                replaced = before != seen;
            }
            return next(after, item, answer, action, fromReview, replaced).reply(headers, after);
        });
    }

    /** Where an answer leads: the safety net after danger, back, the review, or the next page. */
    Step next(Answering.Place after, Item item, Answer answer, AnswerForm.Action action, boolean fromReview,
            boolean replaced) {
        String linkId = item.linkId();
        if (answer != null && Journey.signalsDanger(item, answer) && action != AnswerForm.Action.BACK) {
            Optional<Item> ownHelp = after.journey().ownHelpAfter(linkId);
            if (ownHelp.isEmpty()) {
                return new Step("/help/" + linkId + (fromReview ? "?from=review" : ""), p -> help(p, linkId, fromReview));
            }
            return questionStep(ownHelp.get().linkId(), false, false);
        }
        if (action == AnswerForm.Action.BACK) {
            return after.journey().previous(linkId).map(p -> questionStep(p.linkId(), false, replaced))
                    .orElseGet(() -> new Step("/intro", this::intro));
        }
        if (fromReview) {
            return new Step("/review", review::review);
        }
        return after.journey().next(linkId).map(p -> questionStep(p.linkId(), false, replaced))
                .orElseGet(() -> new Step("/review", review::review));
    }

    private Step questionStep(String linkId, boolean fromReview, boolean replaced) {
        return new Step("/q/" + linkId + (replaced ? "?n=replaced" : ""),
                p -> question(p, linkId, fromReview, replaced ? "replaced" : null));
    }

    /** The safety net after an answer that signals danger, when the questionnaire has no help page of its own. */
    Response help(Answering.Place place, String linkId, boolean fromReview) {
        String next = fromReview ? Pages.ROOT + "/review"
                : place.journey().next(linkId).map(p -> Pages.ROOT + "/q/" + p.linkId()).orElse(Pages.ROOT + "/review");
        return PortalRequests.html(page(place, "help.title", "help.vm", Map.of("next", next), "/help/" + linkId));
    }

    private String questionPage(Answering.Place place, Item item, Answer shown, long revision, String error,
            boolean fromReview) {
        String language = place.session().language();
        Map<String, Object> m = pages.question(place.questionnaire(), place.journey(), item, language, shown, revision,
                requests.csrfToken(place.session()), error, fromReview);
        return pages.page(language, item.text().get(language, place.questionnaire().defaultLanguage()), "question.vm",
                m, Pages.ROOT + "/q/" + item.linkId(), place.questionnaire().readAloud());
    }

    private String page(Answering.Place place, String titleKey, String template, Map<String, Object> model, String here) {
        String language = place.session().language();
        return pages.page(language, pages.texts(language).get(titleKey), template, model, Pages.ROOT + here,
                place.questionnaire().readAloud());
    }

    private static Answer keptInput(Item item, MultivaluedMap<String, String> form) {
        String tell = form.getFirst("tellmore");
        String text = form.getFirst("text");
        List<String> codes = new ArrayList<>();
        for (String code : form.getOrDefault("choice", List.of())) {
            if (item.option(code) != null) {
                codes.add(code);
            }
        }
        return new Answer(item.linkId(), codes, text, false, item.tellMore() ? tell : null);
    }

    private static long revision(MultivaluedMap<String, String> form) {
        try {
            return Long.parseLong(form.getFirst("rev"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
