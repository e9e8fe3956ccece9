package se.delaktig.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Getting in and out: the landing page and its code, the link from the message (token into a
 * short-lived cookie, then one button), and the quick exit.
 */
final class EntryPages {

    static final String LINK_COOKIE = "delaktig_link";
    static final String LINK_PATH = Pages.ROOT + "/l";

    private final PortalRequests requests;
    private final Pages pages;

    EntryPages(PortalRequests requests) {
        this.requests = requests;
        this.pages = requests.pages();
    }

    Response landing(HttpServletRequest request, String lang, String error) {
        if (requests.session(request).isPresent()) {
            return PortalRequests.redirect("/intro" + (lang == null ? "" : "?lang=" + lang));
        }
        String language = requests.language(lang, request);
        Map<String, Object> m = new HashMap<>();
        m.put("error", error == null ? "" : pages.texts(language).get("ended".equals(error) ? "landing.ended" : "landing.refused"));
        m.put("language", language);
        return PortalRequests.html(pages.page(language, pages.texts(language).get("landing.title"), "landing.vm", m,
                Pages.ROOT + "/", false));
    }

    Response redeemCode(HttpServletRequest request, HttpHeaders headers, MultivaluedMap<String, String> form) {
        if (!PortalRequests.sameSite(headers)) {
            return refused(null);
        }
        String language = requests.language(form.getFirst("lang"), request);
        return started(requests.answering().redeemCode(form.getFirst("code"), requests.clientAddress(request), language),
                request, language);
    }

    /** The link from the SMS or e-mail: the token goes into a short-lived cookie, the URL is made clean. */
    Response link(String token, HttpServletRequest request) {
        String value = token.length() > 200 || !token.matches("[A-Za-z0-9_-]+") ? "x" : token;
        return Response.seeOther(URI.create(LINK_PATH)).header(HttpHeaders.SET_COOKIE, LINK_COOKIE + "=" + value
                + "; Path=" + LINK_PATH + "; Max-Age=900; HttpOnly; SameSite=Lax"
                + (requests.secure(request) ? "; Secure" : "")).build();
    }

    /** The page behind the link: one button (the script presses it) that exchanges the token. */
    Response linkPage(HttpServletRequest request, String lang) {
        String language = requests.language(lang, request);
        if (PortalRequests.cookie(request, LINK_COOKIE) == null) {
            return PortalRequests.redirect("/");
        }
        return PortalRequests.html(pages.page(language, pages.texts(language).get("link.title"), "link.vm",
                Map.of("language", language), LINK_PATH, false));
    }

    Response redeemLink(HttpServletRequest request, HttpHeaders headers, MultivaluedMap<String, String> form) {
        if (!PortalRequests.sameSite(headers)) {
            return refused(null);
        }
        String language = requests.language(form.getFirst("lang"), request);
        Response r = started(requests.answering().redeemToken(PortalRequests.cookie(request, LINK_COOKIE),
                requests.clientAddress(request), language), request, language);
        return Response.fromResponse(r).header(HttpHeaders.SET_COOKIE, LINK_COOKIE + "=; Path=" + LINK_PATH
                + "; Max-Age=0; HttpOnly; SameSite=Lax").build();
    }

    private Response started(Optional<Sessions.Started> started, HttpServletRequest request, String language) {
        if (started.isEmpty()) {
            return refused(language);
        }
        return Response.seeOther(URI.create(Pages.ROOT + "/intro")).header(HttpHeaders.SET_COOKIE,
                Sessions.setCookie(started.get().cookieValue(), requests.secure(request))).build();
    }

    private static Response refused(String language) {
        return PortalRequests.redirect("/?e=code" + (language == null ? "" : "&lang=" + language));
    }

    /** Quick exit: ends the session at once and shows a page that says nothing. */
    Response bye(HttpServletRequest request, String lang) {
        requests.session(request).ifPresent(s -> requests.answering().sessions().end(s));
        String language = requests.language(lang, request);
        return Response.ok(pages.page(language, pages.texts(language).get("bye.title"), "bye.vm", Map.of(), null, false))
                .header(HttpHeaders.SET_COOKIE, Sessions.setCookie(null, requests.secure(request)))
                .header("Clear-Site-Data", "\"cookies\", \"storage\", \"cache\"").build();
    }
}
