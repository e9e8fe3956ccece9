package se.delaktig.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.invitation.InvitationRedemption;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.questionnaire.QuestionnaireEngine;
import se.delaktig.api.response.PortalSession;
import se.delaktig.api.response.PortalSessionRepository;
import se.delaktig.api.response.ResponseListener;
import se.delaktig.api.response.ResponseRepository;
import se.delaktig.api.response.StoredAnswer;
import se.delaktig.api.response.SubmittedResponse;
import se.delaktig.web.api.CsrfTokens;
import se.delaktig.web.api.DelaktigApplications;
import se.delaktig.web.render.Messages;

/**
 * The child portal's pages (see the module README for the URL map). Plain forms, POST then a 303
 * to a clean URL; every form carries a CSRF token bound to the portal session; no page names a
 * case or a child.
 */
@Component(service = PortalResource.class, configurationPid = PortalConfiguration.PID)
@Designate(ocd = PortalConfiguration.class)
@JakartarsResource
@JakartarsApplicationSelect(DelaktigApplications.SELECT_PORTAL)
@Path("")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class PortalResource {
    private static final Logger LOG = LoggerFactory.getLogger(PortalResource.class);
    static final String LINK_COOKIE = "delaktig_link";
    static final String LINK_PATH = Pages.ROOT + "/l";

    private final Pages pages = new Pages(PortalResource.class.getClassLoader());
    private final CsrfTokens csrf;
    private final List<ResponseListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final InvitationRedemption redemption;
    private final ResponseRepository responses;
    private final PortalSessionRepository sessionRepository;
    private final QuestionnaireCatalog catalog;
    private final QuestionnaireEngine engine;
    private volatile Answering answering;
    private volatile boolean alwaysSecure;

    @Activate
    public PortalResource(@Reference InvitationRedemption redemption, @Reference ResponseRepository responses,
            @Reference PortalSessionRepository sessions, @Reference QuestionnaireCatalog catalog,
            @Reference QuestionnaireEngine engine, @Reference CsrfTokens csrf, PortalConfiguration config) {
        this.redemption = redemption;
        this.responses = responses;
        this.sessionRepository = sessions;
        this.catalog = catalog;
        this.engine = engine;
        this.csrf = csrf;
        modified(config);
    }

    @Modified
    void modified(PortalConfiguration config) {
        Sessions sessions = new Sessions(sessionRepository, Clock.systemUTC(),
                Duration.ofMinutes(config.idle_timeout_minutes()), Duration.ofHours(config.absolute_timeout_hours()));
        answering = new Answering(redemption, responses, catalog, engine, sessions, Clock.systemUTC(), pages.languages());
        alwaysSecure = config.secure_cookie();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addListener(ResponseListener listener) {
        listeners.add(listener);
    }

    void removeListener(ResponseListener listener) {
        listeners.remove(listener);
    }

    // ---- landing and redemption ----

    @GET
    public Response landing(@Context HttpServletRequest request, @QueryParam("lang") String lang,
            @QueryParam("e") String error) {
        Optional<PortalSession> session = session(request);
        if (session.isPresent()) {
            return redirect("/intro" + (lang == null ? "" : "?lang=" + lang));
        }
        String language = language(lang, request);
        Map<String, Object> m = new HashMap<>();
        m.put("error", error == null ? "" : pages.texts(language).get("ended".equals(error) ? "landing.ended" : "landing.refused"));
        m.put("language", language);
        return html(pages.page(language, pages.texts(language).get("landing.title"), "landing.vm", m, Pages.ROOT + "/", false));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redeemCode(@Context HttpServletRequest request, @Context HttpHeaders headers,
            MultivaluedMap<String, String> form) {
        if (!sameSite(headers)) {
            return refused(null);
        }
        String language = language(form.getFirst("lang"), request);
        return started(answering.redeemCode(form.getFirst("code"), request.getRemoteAddr(), language), request, language);
    }

    /** The link from the SMS or e-mail: the token goes into a short-lived cookie, the URL is made clean. */
    @GET
    @Path("l/{token}")
    public Response link(@PathParam("token") String token, @Context HttpServletRequest request) {
        String value = token.length() > 200 || !token.matches("[A-Za-z0-9_-]+") ? "x" : token;
        return Response.seeOther(URI.create(LINK_PATH)).header(HttpHeaders.SET_COOKIE, LINK_COOKIE + "=" + value
                + "; Path=" + LINK_PATH + "; Max-Age=900; HttpOnly; SameSite=Lax" + (secure(request) ? "; Secure" : ""))
                .build();
    }

    /** The page behind the link: one button (the script presses it) that exchanges the token. */
    @GET
    @Path("l")
    public Response linkPage(@Context HttpServletRequest request, @QueryParam("lang") String lang) {
        String language = language(lang, request);
        if (cookie(request, LINK_COOKIE) == null) {
            return redirect("/");
        }
        return html(pages.page(language, pages.texts(language).get("link.title"), "link.vm",
                Map.of("language", language), LINK_PATH, false));
    }

    @POST
    @Path("l")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redeemLink(@Context HttpServletRequest request, @Context HttpHeaders headers,
            MultivaluedMap<String, String> form) {
        if (!sameSite(headers)) {
            return refused(null);
        }
        String language = language(form.getFirst("lang"), request);
        Response r = started(answering.redeemToken(cookie(request, LINK_COOKIE), request.getRemoteAddr(), language),
                request, language);
        return Response.fromResponse(r).header(HttpHeaders.SET_COOKIE, LINK_COOKIE + "=; Path=" + LINK_PATH
                + "; Max-Age=0; HttpOnly; SameSite=Lax").build();
    }

    private Response started(Optional<Sessions.Started> started, HttpServletRequest request, String language) {
        if (started.isEmpty()) {
            return refused(language);
        }
        boolean secure = secure(request);
        return Response.seeOther(URI.create(Pages.ROOT + "/intro"))
                .header(HttpHeaders.SET_COOKIE, Sessions.setCookie(started.get().cookieValue(), secure)).build();
    }

    private static Response refused(String language) {
        return redirect("/?e=code" + (language == null ? "" : "&lang=" + language));
    }

    // ---- the journey ----

    @GET
    @Path("intro")
    public Response intro(@Context HttpServletRequest request, @QueryParam("lang") String lang) {
        return withPlace(request, lang, place -> {
            String language = place.session().language();
            Optional<Item> resume = place.journey().resume(place.latest());
            Map<String, Object> m = new HashMap<>();
            int from = place.questionnaire().ageBand().from();
            m.put("band", from <= 7 ? "young" : from <= 12 ? "middle" : "teen");
            m.put("started", !place.saved().isEmpty());
            m.put("next", resume.map(i -> Pages.ROOT + "/q/" + i.linkId()).orElse(Pages.ROOT + "/review"));
            m.put("count", Integer.toString(place.journey().questions().size()));
            return html(page(place, "intro.title", "intro.vm", m, "/intro"));
        });
    }

    @GET
    @Path("q/{linkId}")
    public Response question(@Context HttpServletRequest request, @PathParam("linkId") String linkId,
            @QueryParam("lang") String lang, @QueryParam("from") String from, @QueryParam("n") String notice) {
        return withPlace(request, lang, place -> {
            Optional<Item> item = place.journey().page(linkId);
            if (item.isEmpty()) {
                return redirect("/intro");
            }
            Optional<StoredAnswer> saved = place.saved(linkId);
            String error = "replaced".equals(notice) ? "notice.replaced" : null;
            return html(questionPage(place, item.get(), saved.map(StoredAnswer::answer).orElse(null),
                    saved.map(StoredAnswer::revision).orElse(0L), error, "review".equals(from)), 200);
        });
    }

    @POST
    @Path("q/{linkId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@Context HttpServletRequest request, @Context HttpHeaders headers,
            @PathParam("linkId") String linkId, MultivaluedMap<String, String> form) {
        return withPostedPlace(request, headers, form, place -> {
            Optional<Item> found = place.journey().page(linkId);
            if (found.isEmpty()) {
                // Not a page now (unknown, or a follow-up no longer called for): nothing is stored.
                return redirect("/intro");
            }
            Item item = found.get();
            AnswerForm.Action action = AnswerForm.action(form.getFirst("action"));
            AnswerForm.Parsed parsed = AnswerForm.parse(place.questionnaire(), engine, item, form, action);
            boolean fromReview = "review".equals(form.getFirst("from"));
            if (!parsed.ok()) {
                Answer kept = keptInput(item, form);
                return html(questionPage(place, item, kept, revision(form), parsed.problem(), fromReview), 400);
            }
            boolean replaced = false;
            Answer answer = parsed.answer();
            if (answer != null) {
                long seen = revision(form);
                long before = place.saved(linkId).map(StoredAnswer::revision).orElse(0L);
                Optional<StoredAnswer> stored = answering.save(place, answer);
                if (stored.isEmpty()) {
                    return ended(request);
                }
                replaced = before != seen;
            }
            // Branching may change with this answer: decide the next page on the saved state.
            Answering.Place after = answer == null ? place : answering.place(place.session()).orElse(place);
            if (answer != null && Journey.signalsDanger(item, answer) && action != AnswerForm.Action.BACK) {
                Optional<Item> ownHelp = after.journey().ownHelpAfter(linkId);
                if (ownHelp.isEmpty()) {
                    return redirect("/help/" + linkId + (fromReview ? "?from=review" : ""));
                }
                return redirect("/q/" + ownHelp.get().linkId());
            }
            return redirect(target(after, linkId, action, fromReview) + (replaced ? "?n=replaced" : ""));
        });
    }

    private static String target(Answering.Place place, String linkId, AnswerForm.Action action, boolean fromReview) {
        if (action == AnswerForm.Action.BACK) {
            return place.journey().previous(linkId).map(p -> "/q/" + p.linkId()).orElse("/intro");
        }
        if (fromReview) {
            return "/review";
        }
        return place.journey().next(linkId).map(p -> "/q/" + p.linkId()).orElse("/review");
    }

    /** The safety net after an answer that signals danger, when the questionnaire has no help page of its own. */
    @GET
    @Path("help/{linkId}")
    public Response help(@Context HttpServletRequest request, @PathParam("linkId") String linkId,
            @QueryParam("lang") String lang, @QueryParam("from") String from) {
        return withPlace(request, lang, place -> {
            String next = "review".equals(from) ? Pages.ROOT + "/review"
                    : place.journey().next(linkId).map(p -> Pages.ROOT + "/q/" + p.linkId()).orElse(Pages.ROOT + "/review");
            return html(page(place, "help.title", "help.vm", Map.of("next", next), "/help/" + linkId));
        });
    }

    @GET
    @Path("review")
    public Response review(@Context HttpServletRequest request, @QueryParam("lang") String lang,
            @QueryParam("e") String error) {
        return withPlace(request, lang, place -> {
            String language = place.session().language();
            Messages t = pages.texts(language);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Item item : place.journey().questions()) {
                Answer a = place.journey().answer(item.linkId()).orElse(null);
                rows.add(Map.of("question", item.text().get(language, place.questionnaire().defaultLanguage()),
                        "answer", Pages.describe(item, a, language, place.questionnaire().defaultLanguage(), t),
                        "tellMore", a == null || a.tellMore() == null ? "" : a.tellMore(),
                        "edit", Pages.ROOT + "/q/" + item.linkId() + "?from=review",
                        "editLabel", t.get("review.edit.label", item.text().get(language, place.questionnaire().defaultLanguage()))));
            }
            Map<String, Object> m = new HashMap<>();
            m.put("rows", rows);
            m.put("csrf", csrf.issue(subject(place.session())));
            m.put("error", "send".equals(error) ? t.get("review.failed") : "");
            List<Item> pagesNow = place.journey().pages();
            m.put("back", pagesNow.isEmpty() ? Pages.ROOT + "/intro" : Pages.ROOT + "/q/" + pagesNow.get(pagesNow.size() - 1).linkId());
            return html(page(place, "review.title", "review.vm", m, "/review"));
        });
    }

    @POST
    @Path("send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@Context HttpServletRequest request, @Context HttpHeaders headers,
            MultivaluedMap<String, String> form) {
        return withPostedPlace(request, headers, form, place -> {
            String language = place.session().language();
            if (!answering.send(place, this::publish)) {
                return redirect("/review?e=send");
            }
            return Response.seeOther(URI.create(Pages.ROOT + "/thanks?lang=" + language))
                    .header(HttpHeaders.SET_COOKIE, Sessions.setCookie(null, secure(request)))
                    .header("Clear-Site-Data", "\"cache\", \"storage\"").build();
        });
    }

    private void publish(SubmittedResponse response) {
        for (ResponseListener listener : listeners) {
            try {
                listener.submitted(response);
            } catch (RuntimeException e) {
                LOG.error("A response listener failed for response {}", response.responseId(), e);
            }
        }
    }

    @GET
    @Path("thanks")
    public Response thanks(@Context HttpServletRequest request, @QueryParam("lang") String lang) {
        String language = language(lang, request);
        return html(pages.page(language, pages.texts(language).get("thanks.title"), "thanks.vm", Map.of(),
                Pages.ROOT + "/thanks", false));
    }

    /** Quick exit: ends the session at once and shows a page that says nothing. */
    @GET
    @Path("bye")
    public Response bye(@Context HttpServletRequest request, @QueryParam("lang") String lang) {
        session(request).ifPresent(s -> answering.sessions().end(s));
        String language = language(lang, request);
        return Response.ok(pages.page(language, pages.texts(language).get("bye.title"), "bye.vm", Map.of(), null, false))
                .header(HttpHeaders.SET_COOKIE, Sessions.setCookie(null, secure(request)))
                .header("Clear-Site-Data", "\"cookies\", \"storage\", \"cache\"").build();
    }

    // ---- helpers ----

    private String questionPage(Answering.Place place, Item item, Answer shown, long revision, String error,
            boolean fromReview) {
        String language = place.session().language();
        Map<String, Object> m = pages.question(place.questionnaire(), place.journey(), item, language, shown, revision,
                csrf.issue(subject(place.session())), error, fromReview);
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

    interface PlaceAction {
        Response on(Answering.Place place);
    }

    private Response withPlace(HttpServletRequest request, String lang, PlaceAction action) {
        Optional<PortalSession> session = session(request);
        if (session.isEmpty()) {
            return ended(request);
        }
        PortalSession s = session.get();
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

    private Response withPostedPlace(HttpServletRequest request, HttpHeaders headers, MultivaluedMap<String, String> form,
            PlaceAction action) {
        Optional<PortalSession> session = session(request);
        if (session.isEmpty()) {
            return ended(request);
        }
        if (!sameSite(headers) || !csrf.verify(subject(session.get()), form.getFirst(CsrfTokens.FIELD))) {
            return html(pages.page(session.get().language(), pages.texts(session.get().language()).get("expired.title"),
                    "expired.vm", Map.of(), null, false), 403);
        }
        if (!answering.stillValid(session.get())) {
            answering.sessions().end(session.get());
            return ended(request);
        }
        return withPlace(request, null, action);
    }

    private Response ended(HttpServletRequest request) {
        return Response.seeOther(URI.create(Pages.ROOT + "/?e=ended"))
                .header(HttpHeaders.SET_COOKIE, Sessions.setCookie(null, secure(request))).build();
    }

    private Optional<PortalSession> session(HttpServletRequest request) {
        return answering.sessions().resolve(cookie(request, Sessions.cookieName(secure(request))));
    }

    private boolean secure(HttpServletRequest request) {
        return alwaysSecure || request.isSecure();
    }

    static String subject(PortalSession session) {
        return "portal:" + session.idHash();
    }

    private String language(String asked, HttpServletRequest request) {
        if (asked != null && pages.languages().contains(asked)) {
            return asked;
        }
        return pages.texts(null == request ? "sv" : bestLanguage(request)).language();
    }

    private String bestLanguage(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return "sv"; // without the header the container answers the JVM's default locale
        }
        for (java.util.Enumeration<java.util.Locale> e = request.getLocales(); e.hasMoreElements(); ) {
            String l = e.nextElement().getLanguage();
            if (pages.languages().contains(l)) {
                return l;
            }
        }
        return "sv";
    }

    static String cookie(HttpServletRequest request, String name) {
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (jakarta.servlet.http.Cookie c : cookies) {
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

    private static Response redirect(String path) {
        return Response.seeOther(URI.create(Pages.ROOT + path)).build();
    }

    private static Response html(String body) {
        return html(body, 200);
    }

    private static Response html(String body, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML + ";charset=UTF-8").entity(body).build();
    }
}
