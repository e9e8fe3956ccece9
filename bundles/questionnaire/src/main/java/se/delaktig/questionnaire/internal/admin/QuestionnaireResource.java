package se.delaktig.questionnaire.internal.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.questionnaire.ArchiveConflictException;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.InvalidDefinitionException;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.questionnaire.QuestionnaireEngine;
import se.delaktig.host.api.AuditEvent;
import se.delaktig.host.api.AuditTrail;
import se.delaktig.host.api.HostException;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;
import se.delaktig.web.api.DelaktigApplications;
import se.delaktig.web.api.StaffAccess;
import se.delaktig.web.api.WebError;

/**
 * {@code /delaktig/api/questionnaires}: the catalog for administrators, import, (de)activation.
 * Every change is audited first and refused when the audit trail refuses (fail closed).
 */
@Component(service = QuestionnaireResource.class)
@JakartarsResource
@JakartarsName("delaktig.questionnaires")
@JakartarsApplicationSelect(DelaktigApplications.SELECT_API)
@Path("questionnaires")
public class QuestionnaireResource {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionnaireResource.class);

    private final StaffAccess access;
    private final QuestionnaireCatalog catalog;
    private final QuestionnaireEngine engine;
    private final AuditTrail audit;
    private final Clock clock;

    @Activate
    public QuestionnaireResource(@Reference StaffAccess access, @Reference QuestionnaireCatalog catalog,
            @Reference QuestionnaireEngine engine, @Reference AuditTrail audit) {
        this(access, catalog, engine, audit, Clock.systemUTC());
    }

    QuestionnaireResource(StaffAccess access, QuestionnaireCatalog catalog, QuestionnaireEngine engine,
            AuditTrail audit, Clock clock) {
        this.access = access;
        this.catalog = catalog;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Summary.Listing list(@Context HttpServletRequest request) {
        access.requireRole(request, StaffRole.ADMINISTRATOR);
        return Summary.listing(catalog.entries(), catalog.rejected());
    }

    @GET
    @Path("{id}/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    public String definition(@PathParam("id") String id, @PathParam("version") String version,
            @Context HttpServletRequest request) {
        access.requireRole(request, StaffRole.ADMINISTRATOR);
        return entry(id, version).json();
    }

    @GET
    @Path("{id}/{version}/fhir")
    @Produces({"application/fhir+json", MediaType.APPLICATION_JSON})
    public String fhir(@PathParam("id") String id, @PathParam("version") String version,
            @Context HttpServletRequest request) {
        access.requireRole(request, StaffRole.ADMINISTRATOR);
        return engine.toFhirQuestionnaire(entry(id, version).questionnaire());
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importDefinition(String body, @Context HttpServletRequest request) {
        Staff staff = access.requireRole(request, StaffRole.ADMINISTRATOR);
        List<Problem> problems = catalog.validate(body);
        if (!problems.isEmpty()) {
            RefusedImports.log("REST", problems);
            return refusal(400, "invalid_definition", "The definition has " + problems.size() + " fault(s).", problems);
        }
        record(staff, "questionnaire.import", "rest POST /delaktig/api/questionnaires");
        try {
            CatalogEntry entry = catalog.importDefinition(body, staff.id());
            return Response.created(URI.create("questionnaires/" + entry.id() + "/" + entry.version()))
                    .entity(Summary.Version.of(entry)).build();
        } catch (InvalidDefinitionException e) {
            RefusedImports.log("REST", e.problems());
            return refusal(400, "invalid_definition", "The definition has " + e.problems().size() + " fault(s).",
                    e.problems());
        } catch (ArchiveConflictException e) {
            return refusal(409, "version_conflict", e.getMessage(), List.of(new Problem("version", e.getMessage())));
        }
    }

    @POST
    @Path("{id}/{version}/activate")
    @Produces(MediaType.APPLICATION_JSON)
    public Summary.Version activate(@PathParam("id") String id, @PathParam("version") String version,
            @Context HttpServletRequest request) {
        return setActive(id, version, true, request);
    }

    @POST
    @Path("{id}/{version}/deactivate")
    @Produces(MediaType.APPLICATION_JSON)
    public Summary.Version deactivate(@PathParam("id") String id, @PathParam("version") String version,
            @Context HttpServletRequest request) {
        return setActive(id, version, false, request);
    }

    private Summary.Version setActive(String id, String version, boolean active, HttpServletRequest request) {
        Staff staff = access.requireRole(request, StaffRole.ADMINISTRATOR);
        entry(id, version);
        String verb = active ? "activate" : "deactivate";
        record(staff, "questionnaire." + verb, "rest POST /delaktig/api/questionnaires/" + id + "/" + version + "/" + verb);
        if (!catalog.setActive(id, version, active)) {
            throw new WebError(404, "not_found", null);
        }
        return Summary.Version.of(entry(id, version));
    }

    private CatalogEntry entry(String id, String version) {
        return catalog.find(id, version).orElseThrow(() -> new WebError(404, "not_found", null));
    }

    private void record(Staff staff, String action, String view) {
        try {
            audit.record(new AuditEvent(staff.id(), null, action, view, clock.instant()));
        } catch (HostException | RuntimeException e) {
            LOG.error("Audit trail refused {}; nothing was changed", action, e);
            throw new WebError(503, "audit_unavailable", "The audit trail is unavailable; nothing was changed.");
        }
    }

    private static Response refusal(int status, String error, String message, List<Problem> problems) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new Summary.Refusal(status, error, message, problems)).build();
    }
}
