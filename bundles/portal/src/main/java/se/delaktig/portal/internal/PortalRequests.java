package se.delaktig.portal.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.delaktig.api.response.PortalSession;
import se.delaktig.api.response.PortalSessionRepository;
import se.delaktig.web.api.CsrfTokens;

/**
 * What every portal page needs from a request: the child's session and place, the CSRF and
 * same-site checks of a post, the cookie's attributes, the language, and the plain replies.
 */
final class PortalRequests {

    private final Answering answering;
    private final PortalSessionRepository sessionRepository;
    private final CsrfTokens csrf;
    private final Pages pages;
    private final boolean alwaysSecure;
    private final ClientAddress clientAddress;

    PortalRequests(Answering answering, PortalSessionRepository sessionRepository, CsrfTokens csrf, Pages pages,
            boolean alwaysSecure, ClientAddress clientAddress) {
        this.answering = answering;
        this.sessionRepository = sessionRepository;
        this.csrf = csrf;
        this.pages = pages;
        this.alwaysSecure = alwaysSecure;
        this.clientAddress = clientAddress;
    }

    Answering answering() {
        return answering;
    }

    Pages pages() {
        return pages;
    }

    /** A page that needs the child's place. */
    interface PlaceAction {
        Response on(Answering.Place place);
    }

    /** @param lang a language the child chose on this request, or null */
    Response withPlace(HttpServletRequest request, String lang, PlaceAction action) {
        Optional<PortalSession> session = session(request);
        if (session.isEmpty()) {
            return ended(request);
        }
        return withPlace(request, session.get(), lang, action);
    }

    /** @param s the session this request's cookie resolved to (resolved once per request) */
    private Response withPlace(HttpServletRequest request, PortalSession s, String lang, PlaceAction action) {
        if (lang != null && pages.languages().contains(lang) && !lang.equals(s.language())) {
            sessionRepository.setLanguage(s.idHash(), lang);
            s = new PortalSession(s.idHash(), s.invitationId(), s.responseId(), lang, s.createdAt(), s.lastSeenAt());
        }
        Optional<Answering.Place> place = answering.place(s);
        if (place.isEmpty()) {
            answering.sessions().end(s);
            return ended(request);
        }
        return action.on(place.get());
    }

    /** A post: same site, the session's own CSRF token, an invitation still open; else nothing happens. */
    Response withPostedPlace(HttpServletRequest request, HttpHeaders headers, MultivaluedMap<String, String> form,
            PlaceAction action) {
        Optional<PortalSession> session = session(request);
        if (session.isEmpty()) {
            return ended(request);
        }
        if (!sameSite(headers) || !csrf.verify(subject(session.get()), form.getFirst(CsrfTokens.FIELD))) {
            String language = session.get().language();
            return html(pages.page(language, pages.texts(language).get("expired.title"), "expired.vm", Map.of(), null,
                    false), 403);
        }
        if (!answering.stillValid(session.get())) {
            answering.sessions().end(session.get());
            return ended(request);
        }
        return withPlace(request, session.get(), null, action);
    }

    String csrfToken(PortalSession session) {
        return csrf.issue(subject(session));
    }

    static String subject(PortalSession session) {
        return "portal:" + session.idHash();
    }

    /** The session is gone (timed out, sent, ended): to the landing page, cookie cleared. */
    Response ended(HttpServletRequest request) {
        return Response.seeOther(URI.create(Pages.ROOT + "/?e=ended"))
                .header(HttpHeaders.SET_COOKIE, Sessions.setCookie(null, secure(request))).build();
    }

    Optional<PortalSession> session(HttpServletRequest request) {
        return answering.sessions().resolve(cookie(request, Sessions.cookieName(secure(request))));
    }

    /** The child's address for the rate limit on codes (held in memory only, never logged). */
    String clientAddress(HttpServletRequest request) {
        return clientAddress.of(request.getRemoteAddr(), request.getHeaders("Forwarded"),
                request.getHeaders("X-Forwarded-For"));
    }

    boolean secure(HttpServletRequest request) {
        return alwaysSecure || request.isSecure();
    }

    /** @return the asked language when the portal has it, else the browser's best, else Swedish */
    String language(String asked, HttpServletRequest request) {
        if (asked != null && pages.languages().contains(asked)) {
            return asked;
        }
        return pages.texts(null == request ? "sv" : bestLanguage(request)).language();
    }

    private String bestLanguage(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return "sv"; // without the header the container answers the JVM's default locale
        }
        for (Enumeration<Locale> e = request.getLocales(); e.hasMoreElements(); ) {
            String l = e.nextElement().getLanguage();
            if (pages.languages().contains(l)) {
                return l;
            }
        }
        return "sv";
    }

    static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (c.getName().equals(name)) {
                return c.getValue();
            }
        }
        return null;
    }

    /**
     * Browsers say where a form came from; a post from another site is refused. {@code Sec-Fetch-Site}
     * decides when the browser sends it (every current one does): it is set by the browser, scripts
     * cannot change it, and it is sent whatever the referrer policy. {@code Origin} is only the
     * fallback for older browsers, and {@code Origin: null} proves nothing either way: our own
     * {@code Referrer-Policy: no-referrer} makes browsers send exactly that on every same-origin form
     * post (Fetch, "append a request Origin header"), which is why Chromium was refused at the code
     * form. Posts with a session are still bound to it by the CSRF token and the SameSite=Strict cookie.
     */
    static boolean sameSite(HttpHeaders headers) {
        String site = headers.getHeaderString("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = headers.getHeaderString("Origin");
        if (origin == null || origin.equals("null")) {
            return true;
        }
        String host = headers.getHeaderString(HttpHeaders.HOST);
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    /** @param path a path under the portal root */
    static Response redirect(String path) {
        return Response.seeOther(URI.create(Pages.ROOT + path)).build();
    }

    static Response html(String body) {
        return html(body, 200);
    }

    static Response html(String body, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML + ";charset=UTF-8").entity(body).build();
    }
}
