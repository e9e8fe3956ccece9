package se.delaktig.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.response.SubmittedResponse;
import se.delaktig.web.render.Messages;

/** The end of the journey: every answer with a way to change it, sending, and the thank-you page. */
final class ReviewPages {

    private final PortalRequests requests;
    private final Pages pages;
    private final Consumer<SubmittedResponse> listeners;

    ReviewPages(PortalRequests requests, Consumer<SubmittedResponse> listeners) {
        this.requests = requests;
        this.pages = requests.pages();
        this.listeners = listeners;
    }

    Response review(Answering.Place place) {
        return review(place, null);
    }

    /** @param error {@code send} when sending failed */
    Response review(Answering.Place place, String error) {
        String language = place.session().language();
        String fallback = place.questionnaire().defaultLanguage();
        Messages t = pages.texts(language);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Item item : place.journey().questions()) {
            Answer a = place.journey().answer(item.linkId()).orElse(null);
            String question = item.text().get(language, fallback);
            rows.add(Map.of("question", question,
                    "answer", Pages.describe(item, a, language, fallback, t),
                    "tellMore", a == null || a.tellMore() == null ? "" : a.tellMore(),
                    "edit", Pages.ROOT + "/q/" + item.linkId() + "?from=review",
                    "editLabel", t.get("review.edit.label", question)));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("rows", rows);
        m.put("csrf", requests.csrfToken(place.session()));
        m.put("error", "send".equals(error) ? t.get("review.failed") : "");
        List<Item> pagesNow = place.journey().pages();
        m.put("back", pagesNow.isEmpty() ? Pages.ROOT + "/intro"
                : Pages.ROOT + "/q/" + pagesNow.get(pagesNow.size() - 1).linkId());
        return PortalRequests.html(pages.page(language, t.get("review.title"), "review.vm", m, Pages.ROOT + "/review",
                place.questionnaire().readAloud()));
    }

    /** Sends: always a real navigation (cookie cleared, {@code Clear-Site-Data}), never through the script. */
    Response send(HttpServletRequest request, HttpHeaders headers, MultivaluedMap<String, String> form) {
        return requests.withPostedPlace(request, headers, form, place -> {
            String language = place.session().language();
            if (!requests.answering().send(place, listeners)) {
                return PortalRequests.redirect("/review?e=send");
            }
            return Response.seeOther(URI.create(Pages.ROOT + "/thanks?lang=" + language))
                    .header(HttpHeaders.SET_COOKIE, Sessions.setCookie(null, requests.secure(request)))
                    .header("Clear-Site-Data", "\"cache\", \"storage\"").build();
        });
    }

    /** Needs no session: the session ended with sending. */
    Response thanks(HttpServletRequest request, String lang) {
        String language = requests.language(lang, request);
        return PortalRequests.html(pages.page(language, pages.texts(language).get("thanks.title"), "thanks.vm", Map.of(),
                Pages.ROOT + "/thanks", false));
    }
}
