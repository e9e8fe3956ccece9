package se.delaktig.caseworker.internal.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.questionnaire.QuestionnaireEngine;
import se.delaktig.api.response.ResponseRepository;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.api.response.SubmittedResponse;
import se.delaktig.api.result.ResultRepository;
import se.delaktig.caseworker.internal.filing.CaseFiling;
import se.delaktig.caseworker.internal.panel.ResultViews;
import se.delaktig.caseworker.internal.panel.Views;
import se.delaktig.caseworker.internal.result.FollowUpForm;
import se.delaktig.host.api.HostLinks;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;
import se.delaktig.web.api.CsrfTokens;
import se.delaktig.web.api.DelaktigApplications;
import se.delaktig.web.api.StaffAccess;
import se.delaktig.web.api.WebError;

/**
 * The caseworker's follow-up form of a case, {@code /delaktig/api/cases/{caseId}/followup}: the
 * form (GET) and sending it (POST, form with CSRF, checked by the staff form guard). Caseworkers
 * only; the host is asked first (401/404). A sent form is stored as a response linked to the case
 * ({@link ResultRepository#linkStaffResponse}), shown in the panel and charted like the child's, and
 * its summary is filed on the case record.
 */
@Component(service = FollowUpResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("delaktig.caseworker.followup")
@JakartarsApplicationSelect(DelaktigApplications.SELECT_API)
@Path("cases/{caseId}/followup")
public class FollowUpResource {

    private final StaffAccess access;
    private final ResultViews views;
    private final QuestionnaireCatalog catalog;
    private final QuestionnaireEngine engine;
    private final ResponseRepository responses;
    private final ResultRepository store;
    private final CsrfTokens tokens;
    private final CaseFiling filing;
    private volatile HostLinks links;

    @Activate
    public FollowUpResource(@Reference StaffAccess access, @Reference ResultViews views,
            @Reference QuestionnaireCatalog catalog, @Reference QuestionnaireEngine engine,
            @Reference ResponseRepository responses, @Reference ResultRepository store, @Reference CsrfTokens tokens,
            @Reference CaseFiling filing) {
        this.access = access;
        this.views = views;
        this.catalog = catalog;
        this.engine = engine;
        this.responses = responses;
        this.store = store;
        this.tokens = tokens;
        this.filing = filing;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setLinks(HostLinks hostLinks) {
        this.links = hostLinks;
    }

    void unsetLinks(HostLinks hostLinks) {
        if (this.links == hostLinks) {
            this.links = null;
        }
    }

    /** The empty form. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public String form(@PathParam("caseId") String caseId, @QueryParam("lang") String lang,
            @Context HttpServletRequest request) {
        Staff staff = caseworker(request, caseId);
        String language = views.views().language(lang, Collections.list(request.getLocales()));
        Questionnaire q = questionnaire();
        return render(caseId, language, staff, q, FollowUpForm.empty(q, language), 0);
    }

    /** Sends the form: 303 back to the case, or the form again with what is missing (422). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response send(@PathParam("caseId") String caseId, @QueryParam("lang") String lang,
            MultivaluedMap<String, String> form, @Context HttpServletRequest request) {
        Staff staff = caseworker(request, caseId);
        String language = views.views().language(lang, Collections.list(request.getLocales()));
        Questionnaire q = questionnaire();
        Map<String, List<String>> posted = new HashMap<>(form);
        FollowUpForm.Result result = FollowUpForm.read(q, engine, language, posted);
        if (result.errors() > 0) {
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE)
                    .entity(render(caseId, language, staff, q, result.sections(), result.errors())).build();
        }
        Instant now = Instant.now();
        String pseudoInvitation = "staff:" + UUID.randomUUID();
        StoredResponse r = responses.startOrFind(pseudoInvitation, q.id(), q.version().toString(), now);
        for (Answer a : result.answers()) {
            responses.saveAnswer(r.id(), a, now);
        }
        responses.markSubmitted(r.id(), now);
        store.linkStaffResponse(r.id(), caseId, staff.id(), now);
        filing.submitted(new SubmittedResponse(r.id(), pseudoInvitation, q.id(), q.version().toString(), now,
                false, false));
        HostLinks l = links;
        String back = l == null ? null : l.returnUrl(caseId);
        return Response.seeOther(URI.create(back == null ? Views.casePath(caseId) + "/results/history" : back))
                .build();
    }

    private Staff caseworker(HttpServletRequest request, String caseId) {
        Staff staff = access.requireCase(request, caseId);
        if (!staff.hasRole(StaffRole.CASEWORKER)) {
            throw new WebError(404, "not_found", null);
        }
        return staff;
    }

    private Questionnaire questionnaire() {
        return catalog.entries().stream()
                .filter(e -> e.id().equals(FollowUpForm.QUESTIONNAIRE) && e.active())
                .map(CatalogEntry::questionnaire)
                .max(Comparator.comparing(Questionnaire::version))
                .orElseThrow(() -> new WebError(503, "unavailable", null)); // the form is not installed
    }

    private String render(String caseId, String language, Staff staff, Questionnaire q,
            List<FollowUpForm.Section> sections, int errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("action", Views.casePath(caseId) + "/followup?lang=" + language);
        model.put("csrf", tokens.issue(staff.id()));
        model.put("sections", sections);
        model.put("errors", errors);
        model.put("title", q.title().get(language, q.defaultLanguage()));
        model.put("version", q.version().toString());
        HostLinks l = links;
        String back = l == null ? null : l.returnUrl(caseId);
        return views.views().page(language, views.views().texts(language).get("followup.title"), back,
                views.views().render("followup.vm", language, model), false);
    }
}
