package se.delaktig.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/**
 * The server side of saving without a page load: the script's post (header X-Requested-With:
 * delaktig) gets the next page at once with its URL in Content-Location; a plain form post still
 * gets POST-redirect-GET; both save the same answer and are refused the same way.
 */
class QuestionPagesTest {

    private final PortalFakes portal = new PortalFakes(Shipped.read("barn-5-7"));
    private final String cookie = portal.start("en");
    private static final HttpHeaders FETCH = PortalFakes.headers(Step.HEADER, Step.VALUE);
    private static final HttpHeaders FORM = PortalFakes.headers();

    private MultivaluedMap<String, String> form(String... nameValue) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("csrf", portal.csrf(cookie));
        form.add("rev", "0");
        for (int i = 0; i < nameValue.length; i += 2) {
            form.add(nameValue[i], nameValue[i + 1]);
        }
        return form;
    }

    private Response post(HttpHeaders headers, String linkId, MultivaluedMap<String, String> form) {
        return portal.questions.answer(PortalFakes.request(cookie), headers, linkId, form);
    }

    @Test
    void theScriptsPostIsSavedAndAnsweredWithTheNextPageAndItsUrl() {
        Response r = post(FETCH, "practice-weather", form("choice", "sun", "action", "next"));
        assertEquals(200, r.getStatus());
        assertEquals("/delaktig/portal/q/about", r.getHeaderString("Content-Location"));
        String html = (String) r.getEntity();
        assertTrue(html.contains("Your caseworker will read your answers"), "the next page itself");
        assertTrue(html.contains("<main id=\"main\">"), "a whole page, as the GET after the redirect shows it");
        assertEquals("sun", portal.answers.get("practice-weather").answer().codes().get(0), "saved before the reply");
    }

    @Test
    void aPlainFormPostStillRedirectsToTheSameUrl() {
        Response r = post(FORM, "practice-weather", form("choice", "sun", "action", "next"));
        assertEquals(303, r.getStatus());
        assertEquals("/delaktig/portal/q/about", r.getLocation().getPath());
        assertNull(r.getHeaderString("Content-Location"));
        assertNull(r.getEntity());
        assertTrue(portal.answers.containsKey("practice-weather"));
    }

    @Test
    void anAnswerThatSignalsDangerLeadsTheScriptToTheSafetyNet() {
        post(FETCH, "home-how", form("choice", "sad", "action", "next"));
        Response r = post(FETCH, "home-afraid", form("choice", "yes", "action", "next"));
        assertEquals(200, r.getStatus());
        assertEquals("/delaktig/portal/q/home-afraid-help", r.getHeaderString("Content-Location"));
        assertTrue(((String) r.getEntity()).contains("BRIS"));
    }

    @Test
    void backAndTheReviewAreReachedTheSameWay() {
        Response back = post(FETCH, "home-how", form("choice", "happy", "action", "back"));
        assertEquals("/delaktig/portal/q/about", back.getHeaderString("Content-Location"));
        assertEquals("happy", portal.answers.get("home-how").answer().codes().get(0), "saved on the way back too");

        Response review = post(FETCH, "school-how", form("choice", "neutral", "action", "next", "from", "review"));
        assertEquals(200, review.getStatus());
        assertEquals("/delaktig/portal/review", review.getHeaderString("Content-Location"));
        assertTrue(((String) review.getEntity()).contains("action=\"/delaktig/portal/send\""));
    }

    @Test
    void anotherDeviceChangedTheAnswerSoTheNextPageSaysSo() {
        post(FETCH, "home-how", form("choice", "happy", "action", "next"));
        Response r = post(FETCH, "home-how", form("choice", "sad", "action", "next")); // the form still says rev 0
        assertEquals("/delaktig/portal/q/home-afraid?n=replaced", r.getHeaderString("Content-Location"));
        assertTrue(((String) r.getEntity()).contains("role=\"alert\""));
    }

    @Test
    void aTamperedAnswerStaysOnItsPageWithTheMessageAndNothingSaved() {
        Response r = post(FETCH, "practice-weather", form("choice", "hail", "action", "next"));
        assertEquals(400, r.getStatus());
        assertNull(r.getHeaderString("Content-Location"), "the URL stays");
        assertTrue(((String) r.getEntity()).contains("could not be saved"));
        assertTrue(portal.answers.isEmpty());
    }

    @Test
    void aForeignTokenIsRefusedWithOrWithoutTheScript() {
        MultivaluedMap<String, String> foreign = form("choice", "sun", "action", "next");
        foreign.putSingle("csrf", "t:portal:someone-else");
        assertEquals(403, post(FETCH, "practice-weather", foreign).getStatus());
        assertEquals(403, post(FORM, "practice-weather", foreign).getStatus());
        Response crossSite = post(PortalFakes.headers("Sec-Fetch-Site", "cross-site", Step.HEADER, Step.VALUE),
                "practice-weather", form("choice", "sun", "action", "next"));
        assertEquals(403, crossSite.getStatus());
        assertTrue(portal.answers.isEmpty());
    }

    @Test
    void aPostWithoutASessionIsSentToTheLandingPageNotAnsweredWithAPage() {
        portal.sessions.clear();
        Response r = post(FETCH, "practice-weather", form("choice", "sun", "action", "next"));
        assertEquals(303, r.getStatus(), "the script then loads that URL as a page");
        assertEquals("/delaktig/portal/", r.getLocation().getPath());
        assertFalse(portal.answers.containsKey("practice-weather"));
    }

    @Test
    void anAnswerCostsOneReadOfEachKindBeforeTheSaveAndOneAfter() {
        post(FETCH, "practice-weather", form("choice", "sun", "action", "next"));
        portal.calls.clear();
        Response r = post(FETCH, "home-how", form("choice", "sad", "action", "next"));
        assertEquals("/delaktig/portal/q/home-afraid", r.getHeaderString("Content-Location"), "decided on the saved answer");
        assertEquals(1, portal.calls.get("sessions.find"), "the cookie is resolved once");
        assertEquals(1, portal.calls.get("redemption.stillValid"));
        assertEquals(1, portal.calls.get("responses.find"));
        assertEquals(1, portal.calls.get("responses.saveAnswer"));
        assertEquals(2, portal.calls.get("responses.answers"), "before the save, and once after it for the next page");

        portal.calls.clear();
        MultivaluedMap<String, String> change = form("choice", "happy", "action", "next");
        change.putSingle("rev", "1");
        Response hidden = post(FETCH, "home-how", change);
        assertEquals("/delaktig/portal/q/home-food", hidden.getHeaderString("Content-Location"), "the follow-up is gone");
        assertEquals(2, portal.calls.get("responses.answers"), "the deletion needs no further read");
    }
}
