package se.delaktig.caseworker.internal.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import se.delaktig.api.invitation.InvitationException;
import se.delaktig.api.invitation.InvitationService;
import se.delaktig.api.invitation.NewInvitation;
import se.delaktig.api.invitation.SendResult;
import se.delaktig.api.questionnaire.Domain;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.QuestionnaireEngine;
import se.delaktig.api.result.ResultRepository;
import se.delaktig.caseworker.internal.panel.ResultViews;
import se.delaktig.caseworker.internal.panel.Views;
import se.delaktig.caseworker.internal.result.AnswerRow;
import se.delaktig.caseworker.internal.result.CaseResults;
import se.delaktig.caseworker.internal.result.Chart;
import se.delaktig.caseworker.internal.result.Comparison;
import se.delaktig.caseworker.internal.result.Intervention;
import se.delaktig.caseworker.internal.result.ResponseResult;
import se.delaktig.host.api.HostLinks;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;
import se.delaktig.web.api.DelaktigApplications;
import se.delaktig.web.api.StaffAccess;
import se.delaktig.web.api.WebError;
import se.delaktig.web.render.Messages;
import se.delaktig.web.render.TrustedHtml;

/**
 * The result endpoints of a case, in the staff application: {@code /delaktig/api/cases/{caseId}/results}.
 * Every endpoint asks the host first ({@link StaffAccess#requireCase}: 401, or 404 for a case the
 * person may not see or that does not exist) and every view of answers writes exactly one audit
 * event before reading them (fails closed: 503 without data). Response ids of another case are 404.
 */
@Component(service = ResultResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("delaktig.caseworker.results")
@JakartarsApplicationSelect(DelaktigApplications.SELECT_API)
@Path("cases/{caseId}/results")
public class ResultResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StaffAccess access;
    private final CaseResults results;
    private final ResultViews views;
    private final QuestionnaireEngine engine;
    private final ResultRepository store;
    private volatile InvitationService invitations;
    private volatile HostLinks links;

    @Activate
    public ResultResource(@Reference StaffAccess access, @Reference CaseResults results, @Reference ResultViews views,
            @Reference QuestionnaireEngine engine, @Reference ResultRepository store) {
        this.access = access;
        this.results = results;
        this.views = views;
        this.engine = engine;
        this.store = store;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setInvitations(InvitationService service) {
        this.invitations = service;
    }

    void unsetInvitations(InvitationService service) {
        if (this.invitations == service) {
            this.invitations = null;
        }
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

    /** JSON: every sent response with its rows, what matters first. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> json(@PathParam("caseId") String caseId, @QueryParam("lang") String lang,
            @Context HttpServletRequest request) {
        Staff staff = access.requireCase(request, caseId);
        String language = views.views().language(lang, Collections.list(request.getLocales()));
        audited(staff, caseId, "rest");
        List<Map<String, Object>> out = new ArrayList<>();
        for (ResponseResult r : results.all(caseId, language)) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("id", r.id());
            one.put("questionnaireId", r.response().questionnaireId());
            one.put("questionnaireVersion", r.version());
            one.put("title", r.title());
            one.put("respondent", r.respondent().code());
            one.put("submittedAt", r.submittedAt().toString());
            one.put("answeredTogether", r.response().answeredTogether());
            one.put("signalsDanger", r.signalsDanger());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (AnswerRow row : r.rows()) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("linkId", row.linkId());
                a.put("question", row.question());
                a.put("group", row.groupName());
                a.put("domain", row.domain() == null ? null : row.domain().code());
                a.put("declined", row.declined());
                a.put("answer", row.answer());
                a.put("tellMore", row.ownWords());
                a.put("attention", row.attention().code());
                rows.add(a);
            }
            one.put("answers", rows);
            out.add(one);
        }
        return out;
    }

    /** Over time: a chart per domain (the child's, then the follow-up forms') with a data table, interventions marked. */
    @GET
    @Path("history")
    @Produces(MediaType.TEXT_HTML)
    public String history(@PathParam("caseId") String caseId, @QueryParam("lang") String lang,
            @Context HttpServletRequest request) {
        Staff staff = access.requireCase(request, caseId);
        String language = views.views().language(lang, Collections.list(request.getLocales()));
        audited(staff, caseId, "history");
        List<ResponseResult> all = results.all(caseId, language);
        List<Intervention> interventions = results.interventions(caseId);
        List<Chart> charts = new ArrayList<>();
        for (boolean byChild : new boolean[] {true, false}) {
            List<ResponseResult> theirs = all.stream().filter(r -> r.byChild() == byChild).toList();
            for (Domain d : Domain.values()) {
                Chart c = Chart.of(d, theirs, byChild, interventions, views.views().zone());
                if (!c.empty()) {
                    charts.add(c);
                }
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("charts", charts);
        model.put("responses", all);
        return page(caseId, language, "history.title", views.views().render("history.vm", language, model), false);
    }

    /** Before/after: two responses of the case side by side (defaults: the last two), with the interventions between. */
    @GET
    @Path("compare")
    @Produces(MediaType.TEXT_HTML)
    public String compare(@PathParam("caseId") String caseId, @QueryParam("before") String beforeId,
            @QueryParam("after") String afterId, @QueryParam("lang") String lang, @Context HttpServletRequest request) {
        Staff staff = access.requireCase(request, caseId);
        String language = views.views().language(lang, Collections.list(request.getLocales()));
        List<String> ids = store.submittedForCase(caseId).stream().map(r -> r.id()).toList();
        if ((beforeId != null && !ids.contains(beforeId)) || (afterId != null && !ids.contains(afterId))) {
            throw new WebError(404, "not_found", null); // another case's response, or a tampered id
        }
        audited(staff, caseId, "compare");
        List<ResponseResult> all = results.all(caseId, language);
        Optional<ResponseResult> before = pick(all, beforeId, all.size() - 2);
        Optional<ResponseResult> after = pick(all, afterId, all.size() - 1);
        Map<String, Object> model = new HashMap<>();
        model.put("action", Views.casePath(caseId) + "/results/compare");
        model.put("responses", all);
        model.put("beforeId", before.map(ResponseResult::id).orElse(""));
        model.put("afterId", after.map(ResponseResult::id).orElse(""));
        boolean pairs = before.isPresent() && after.isPresent() && !before.get().id().equals(after.get().id());
        model.put("hasPairs", pairs);
        if (pairs) {
            ResponseResult b = before.get();
            ResponseResult a = after.get();
            if (!Comparison.inOrder(b, a)) {
                ResponseResult swap = b;
                b = a;
                a = swap;
            }
            model.put("before", b);
            model.put("after", a);
            model.put("pairs", Comparison.pairs(b, a));
            model.put("interventions", Comparison.interventionsBetween(b, a, results.interventions(caseId)));
        }
        return page(caseId, language, "compare.title", views.views().render("compare.vm", language, model), false);
    }

    /** The meeting view: the child's latest answers, laid out for paper. */
    @GET
    @Path("print")
    @Produces(MediaType.TEXT_HTML)
    public String print(@PathParam("caseId") String caseId, @QueryParam("lang") String lang,
            @Context HttpServletRequest request) {
        Staff staff = access.requireCase(request, caseId);
        String language = views.views().language(lang, Collections.list(request.getLocales()));
        audited(staff, caseId, "print");
        List<ResponseResult> all = results.all(caseId, language);
        Optional<ResponseResult> latest = Optional.empty();
        for (ResponseResult r : all) {
            if (r.byChild()) {
                latest = Optional.of(r);
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("danger", latest.map(ResponseResult::signalsDanger).orElse(false));
        model.put("answers", latest.map(r -> (Object) views.views().answers(r, language, "h2")).orElse(""));
        return page(caseId, language, "print.title", views.views().render("print.vm", language, model), true);
    }

    /** Every answer of the case as a FHIR R4 Bundle of QuestionnaireResponses (right of access, moving data). */
    @GET
    @Path("export")
    @Produces({"application/fhir+json", MediaType.APPLICATION_JSON})
    public Response export(@PathParam("caseId") String caseId, @Context HttpServletRequest request) {
        Staff staff = access.requireCase(request, caseId);
        audited(staff, caseId, "export");
        ObjectNode bundle = JSON.createObjectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "collection");
        ArrayNode entries = bundle.putArray("entry");
        try {
            for (var stored : store.submittedForCase(caseId)) {
                Optional<Questionnaire> q = results.questionnaire(stored);
                if (q.isEmpty()) {
                    continue;
                }
                ObjectNode resource = (ObjectNode) JSON.readTree(engine.toFhirResponse(q.get(),
                        results.answers(stored.id()), true));
                resource.put("id", stored.id());
                resource.put("authored", stored.submittedAt().toString());
                entries.addObject().set("resource", resource);
            }
            return Response.ok(JSON.writeValueAsString(bundle), "application/fhir+json")
                    .header("Content-Disposition", "attachment; filename=\"answers.fhir.json\"").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Answer together: an in-person invitation (print channel, no code sent anywhere) whose link is
     * opened at once in this browser, handing the device to the child; its response is marked
     * answered together when sent.
     */
    @POST
    @Path("together")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response together(@PathParam("caseId") String caseId, @Context HttpServletRequest request) {
        Staff staff = access.requireCase(request, caseId);
        if (!staff.hasRole(StaffRole.CASEWORKER)) {
            throw new WebError(404, "not_found", null);
        }
        InvitationService service = invitations;
        if (service == null) {
            throw new WebError(503, "unavailable", null);
        }
        String language = views.views().language(null, Collections.list(request.getLocales()));
        try {
            SendResult sent = service.create(staff, new NewInvitation(caseId, null, null, "print", null, language,
                    UUID.randomUUID().toString(), false));
            store.markTogether(sent.invitation().id(), staff.id(), java.time.Instant.now());
            String link = sent.handOverOnce().orElseThrow(() -> new WebError(503, "unavailable", null)).link();
            return Response.seeOther(URI.create(link)).build();
        } catch (InvitationException e) {
            Messages t = views.views().texts(language);
            throw new WebError(409, "conflict", t.get("together.failed", e.reason().name()));
        }
    }

    private void audited(Staff staff, String caseId, String view) {
        if (!results.audit(staff, caseId, view)) {
            throw new WebError(503, "audit_unavailable", null);
        }
    }

    private String page(String caseId, String language, String titleKey, TrustedHtml body, boolean print) {
        HostLinks l = links;
        String back = l == null ? null : l.returnUrl(caseId);
        return views.views().page(language, views.views().texts(language).get(titleKey), back, body, print);
    }

    private static Optional<ResponseResult> pick(List<ResponseResult> all, String id, int fallback) {
        if (id != null) {
            return all.stream().filter(r -> r.id().equals(id)).findFirst();
        }
        return fallback >= 0 && fallback < all.size() ? Optional.of(all.get(fallback)) : Optional.empty();
    }

}
