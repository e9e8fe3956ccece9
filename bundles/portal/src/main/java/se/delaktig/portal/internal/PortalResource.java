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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
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
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.questionnaire.QuestionnaireEngine;
import se.delaktig.api.response.PortalSessionRepository;
import se.delaktig.api.response.ResponseListener;
import se.delaktig.api.response.ResponseRepository;
import se.delaktig.api.response.SubmittedResponse;
import se.delaktig.web.api.CsrfTokens;
import se.delaktig.web.api.DelaktigApplications;

/**
 * The child portal's URLs (see the module README for the map), each handed to the class for its
 * step of the journey: {@link EntryPages} (code, link, quick exit), {@link QuestionPages} (intro,
 * questions, safety net), {@link ReviewPages} (review, send, thanks).
 */
@Component(service = PortalResource.class, configurationPid = PortalConfiguration.PID)
@Designate(ocd = PortalConfiguration.class)
@JakartarsResource
@JakartarsApplicationSelect(DelaktigApplications.SELECT_PORTAL)
@Path("")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class PortalResource {
    private static final Logger LOG = LoggerFactory.getLogger(PortalResource.class);

    /** The pages of one configuration. */
    record Journeys(PortalRequests requests, EntryPages entry, QuestionPages questions, ReviewPages review) {
        static Journeys of(PortalRequests requests, java.util.function.Consumer<SubmittedResponse> listeners) {
            ReviewPages review = new ReviewPages(requests, listeners);
            return new Journeys(requests, new EntryPages(requests), new QuestionPages(requests, review), review);
        }
    }

    private final Pages pages = new Pages(PortalResource.class.getClassLoader());
    private final List<ResponseListener> listeners = new CopyOnWriteArrayList<>();
    private final InvitationRedemption redemption;
    private final ResponseRepository responses;
    private final PortalSessionRepository sessionRepository;
    private final QuestionnaireCatalog catalog;
    private final QuestionnaireEngine engine;
    private final CsrfTokens csrf;
    private volatile Journeys journeys;

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
        Answering answering = new Answering(redemption, responses, catalog, engine, sessions, Clock.systemUTC(),
                pages.languages());
        Optional<ClientAddress.Header> header = ClientAddress.Header.named(config.trusted_proxy_header());
        if (header.isEmpty()) {
            // Guessing the other header could believe a copy the proxy passes through from the browser.
            LOG.error("trusted.proxy.header '{}' of {} is neither X-Forwarded-For nor Forwarded: no proxy is "
                    + "trusted, every child behind one counts as its address", config.trusted_proxy_header(),
                    PortalConfiguration.PID);
        }
        ClientAddress clientAddress = ClientAddress.trusting(header.isPresent() ? config.trusted_proxies() : null,
                header.orElse(ClientAddress.Header.X_FORWARDED_FOR), bad -> LOG.error(
                "Ignoring trusted.proxies entry '{}' of {}: not an IP address or CIDR range", bad, PortalConfiguration.PID));
        journeys = Journeys.of(new PortalRequests(answering, sessionRepository, csrf, pages, config.secure_cookie(),
                clientAddress), this::publish);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addListener(ResponseListener listener) {
        listeners.add(listener);
    }

    void removeListener(ResponseListener listener) {
        listeners.remove(listener);
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

    // ---- getting in and out ----

    @GET
    public Response landing(@Context HttpServletRequest request, @QueryParam("lang") String lang,
            @QueryParam("e") String error) {
        return journeys.entry().landing(request, lang, error);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redeemCode(@Context HttpServletRequest request, @Context HttpHeaders headers,
            MultivaluedMap<String, String> form) {
        return journeys.entry().redeemCode(request, headers, form);
    }

    @GET
    @Path("l/{token}")
    public Response link(@PathParam("token") String token, @Context HttpServletRequest request) {
        return journeys.entry().link(token, request);
    }

    @GET
    @Path("l")
    public Response linkPage(@Context HttpServletRequest request, @QueryParam("lang") String lang) {
        return journeys.entry().linkPage(request, lang);
    }

    @POST
    @Path("l")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redeemLink(@Context HttpServletRequest request, @Context HttpHeaders headers,
            MultivaluedMap<String, String> form) {
        return journeys.entry().redeemLink(request, headers, form);
    }

    @GET
    @Path("bye")
    public Response bye(@Context HttpServletRequest request, @QueryParam("lang") String lang) {
        return journeys.entry().bye(request, lang);
    }

    // ---- answering ----

    @GET
    @Path("intro")
    public Response intro(@Context HttpServletRequest request, @QueryParam("lang") String lang) {
        Journeys j = journeys;
        return j.requests().withPlace(request, lang, j.questions()::intro);
    }

    @GET
    @Path("q/{linkId}")
    public Response question(@Context HttpServletRequest request, @PathParam("linkId") String linkId,
            @QueryParam("lang") String lang, @QueryParam("from") String from, @QueryParam("n") String notice) {
        Journeys j = journeys;
        return j.requests().withPlace(request, lang, place -> j.questions().question(place, linkId,
                "review".equals(from), notice));
    }

    @POST
    @Path("q/{linkId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@Context HttpServletRequest request, @Context HttpHeaders headers,
            @PathParam("linkId") String linkId, MultivaluedMap<String, String> form) {
        return journeys.questions().answer(request, headers, linkId, form);
    }

    @GET
    @Path("help/{linkId}")
    public Response help(@Context HttpServletRequest request, @PathParam("linkId") String linkId,
            @QueryParam("lang") String lang, @QueryParam("from") String from) {
        Journeys j = journeys;
        return j.requests().withPlace(request, lang, place -> j.questions().help(place, linkId, "review".equals(from)));
    }

    // ---- review and send ----

    @GET
    @Path("review")
    public Response review(@Context HttpServletRequest request, @QueryParam("lang") String lang,
            @QueryParam("e") String error) {
        Journeys j = journeys;
        return j.requests().withPlace(request, lang, place -> j.review().review(place, error));
    }

    @POST
    @Path("send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@Context HttpServletRequest request, @Context HttpHeaders headers,
            MultivaluedMap<String, String> form) {
        return journeys.review().send(request, headers, form);
    }

    @GET
    @Path("thanks")
    public Response thanks(@Context HttpServletRequest request, @QueryParam("lang") String lang) {
        return journeys.review().thanks(request, lang);
    }
}
