package se.delaktig.invitation.internal.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import se.delaktig.api.invitation.InvitationException;
import se.delaktig.api.invitation.InvitationOptions;
import se.delaktig.api.invitation.InvitationService;
import se.delaktig.api.invitation.InvitationView;
import se.delaktig.api.invitation.NewInvitation;
import se.delaktig.api.invitation.SendResult;
import se.delaktig.host.api.HostLinks;
import se.delaktig.host.api.Staff;
import se.delaktig.invitation.internal.panel.PanelConfiguration;
import se.delaktig.invitation.internal.panel.PanelLinks;
import se.delaktig.invitation.internal.panel.PanelNotices;
import se.delaktig.invitation.internal.panel.PanelRenderer;
import se.delaktig.invitation.internal.panel.Stylesheet;
import se.delaktig.web.api.DelaktigApplications;
import se.delaktig.web.api.StaffAccess;
import se.delaktig.web.api.WebError;

/**
 * {@code /delaktig/api/cases/{caseId}/invitations}: the invitations of a case as JSON, and the same
 * operations for the panel's form posts (form-urlencoded, answered with 303 back to the case page,
 * or with the one-time hand-over page). Every call starts with {@code StaffAccess.requireCase}.
 * JSON calls act at once; the panel's revoke and resend forms ask first (see {@code PanelForms}).
 * The CSRF token and origin of form posts are checked before this by the web bundle's guard.
 */
@Component(service = CaseInvitationsResource.class, configurationPid = PanelConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@JakartarsResource
@JakartarsName("delaktig.invitations")
@JakartarsApplicationSelect(DelaktigApplications.SELECT_API)
@Path("cases/{caseId}/invitations")
public class CaseInvitationsResource {

    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED;
    private static final String JSON = MediaType.APPLICATION_JSON;

    private final StaffAccess access;
    private final InvitationService invitations;
    private final PanelForms forms;

    @Activate
    public CaseInvitationsResource(@Reference StaffAccess access, @Reference InvitationService invitations,
            @Reference HostLinks links, @Reference PanelNotices notices, PanelConfiguration config) {
        this(access, invitations, new PanelForms(invitations, links, notices, new PanelRenderer(
                ZoneId.of(config.time_zone()), config.extend_days(), Stylesheet.load().url(), config.default_channel()),
                Duration.ofDays(config.extend_days()), ZoneId.of(config.time_zone())));
    }

    CaseInvitationsResource(StaffAccess access, InvitationService invitations, PanelForms forms) {
        this.access = access;
        this.invitations = invitations;
        this.forms = forms;
    }

    @GET
    @Produces(JSON)
    public InvitationJson.Listing list(@PathParam("caseId") String caseId, @Context HttpServletRequest request) {
        Staff staff = access.requireCase(request, caseId);
        try {
            return new InvitationJson.Listing(caseId, invitations.list(staff, caseId));
        } catch (InvitationException e) {
            throw Failures.json(e);
        }
    }

    @GET
    @Path("options")
    @Produces(JSON)
    public InvitationOptions options(@PathParam("caseId") String caseId, @QueryParam("language") String language,
            @Context HttpServletRequest request) {
        Staff staff = access.requireCase(request, caseId);
        try {
            return invitations.options(staff, caseId, language == null || language.isBlank() ? "sv" : language);
        } catch (InvitationException e) {
            throw Failures.json(e);
        }
    }

    @GET
    @Path("{id}")
    @Produces(JSON)
    public InvitationView get(@PathParam("caseId") String caseId, @PathParam("id") String id,
            @Context HttpServletRequest request) {
        return ofCase(access.requireCase(request, caseId), caseId, id);
    }

    /** 201 with the invitation (and the hand-over, once) when created; 200 when the key was used before. */
    @POST
    @Consumes(JSON)
    @Produces(JSON)
    public Response create(@PathParam("caseId") String caseId, @HeaderParam("Idempotency-Key") String keyHeader,
            InvitationJson.Create body, @Context HttpServletRequest request) {
        Staff staff = access.requireCase(request, caseId);
        if (body == null || body.channelId() == null || body.channelId().isBlank()) {
            throw new WebError(400, "invalid_request", "channelId is required");
        }
        String key = body.idempotencyKey() != null ? body.idempotencyKey() : keyHeader;
        if (key == null) {
            throw new WebError(400, "invalid_request", "idempotencyKey (or the Idempotency-Key header) is required");
        }
        try {
            SendResult result = invitations.create(staff, new NewInvitation(caseId, body.questionnaireId(),
                    body.questionnaireVersion(), body.channelId(), body.address(), body.language(), key,
                    Boolean.TRUE.equals(body.confirmProtectedIdentity())));
            if (!result.created()) {
                return Response.ok(result).build();
            }
            return Response.created(URI.create(PanelLinks.invitation(caseId, result.invitation().id()))).entity(result).build();
        } catch (InvitationException e) {
            throw Failures.json(e);
        }
    }

    @POST
    @Consumes(FORM)
    @Produces(MediaType.TEXT_HTML)
    public Response createForm(@PathParam("caseId") String caseId, @FormParam("questionnaire") String questionnaire,
            @FormParam("channel") String channel, @FormParam("address") String address,
            @FormParam("language") String language, @FormParam("idempotency_key") String key,
            @FormParam("confirm_protected") String confirm, @FormParam("ui") String ui,
            @Context HttpServletRequest request) {
        Staff staff = access.requireCase(request, caseId);
        return forms.create(staff, caseId, new PanelForms.CreateForm(questionnaire, channel, address, language, key,
                "yes".equals(confirm)), ui);
    }

    @POST
    @Path("{id}/resend")
    @Consumes(JSON)
    @Produces(JSON)
    public SendResult resend(@PathParam("caseId") String caseId, @PathParam("id") String id,
            @Context HttpServletRequest request) {
        Staff staff = access.requireCase(request, caseId);
        ofCase(staff, caseId, id);
        try {
            return invitations.resend(staff, id);
        } catch (InvitationException e) {
            throw Failures.json(e);
        }
    }

    @POST
    @Path("{id}/resend")
    @Consumes(FORM)
    @Produces(MediaType.TEXT_HTML)
    public Response resendForm(@PathParam("caseId") String caseId, @PathParam("id") String id,
            @FormParam("confirm") String confirm, @FormParam("send_count") String sendCount,
            @FormParam("ui") String ui, @Context HttpServletRequest request) {
        Staff staff = access.requireCase(request, caseId);
        return forms.resend(staff, caseId, ofCase(staff, caseId, id), confirm, sendCount, ui);
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(JSON)
    @Produces(JSON)
    public InvitationView revoke(@PathParam("caseId") String caseId, @PathParam("id") String id,
            @Context HttpServletRequest request) {
        Staff staff = access.requireCase(request, caseId);
        ofCase(staff, caseId, id);
        try {
            return invitations.revoke(staff, id);
        } catch (InvitationException e) {
            throw Failures.json(e);
        }
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(FORM)
    @Produces(MediaType.TEXT_HTML)
    public Response revokeForm(@PathParam("caseId") String caseId, @PathParam("id") String id,
            @FormParam("confirm") String confirm, @Context HttpServletRequest request) {
        Staff staff = access.requireCase(request, caseId);
        return forms.revoke(staff, caseId, ofCase(staff, caseId, id), confirm);
    }

    @POST
    @Path("{id}/extend")
    @Consumes(JSON)
    @Produces(JSON)
    public InvitationView extend(@PathParam("caseId") String caseId, @PathParam("id") String id,
            InvitationJson.Extend body, @Context HttpServletRequest request) {
        Staff staff = access.requireCase(request, caseId);
        InvitationView current = ofCase(staff, caseId, id);
        Instant expiry;
        if (body != null && body.expiresAt() != null) {
            try {
                expiry = Instant.parse(body.expiresAt());
            } catch (DateTimeParseException e) {
                throw new WebError(400, "invalid_request", "expiresAt must be an ISO-8601 instant such as 2026-12-24T23:59:00Z");
            }
        } else if (body != null && body.days() != null && body.days() > 0 && body.days() <= 366) {
            expiry = current.expiresAt().plus(Duration.ofDays(body.days()));
        } else {
            throw new WebError(400, "invalid_request", "give expiresAt or days (1-366)");
        }
        try {
            return invitations.extend(staff, id, expiry);
        } catch (InvitationException e) {
            throw Failures.json(e);
        }
    }

    @POST
    @Path("{id}/extend")
    @Consumes(FORM)
    @Produces(MediaType.TEXT_HTML)
    public Response extendForm(@PathParam("caseId") String caseId, @PathParam("id") String id,
            @Context HttpServletRequest request) {
        Staff staff = access.requireCase(request, caseId);
        return forms.extend(staff, caseId, ofCase(staff, caseId, id));
    }

    /** The invitation, when it exists, the person may see it, and it belongs to this case; 404 otherwise. */
    private InvitationView ofCase(Staff staff, String caseId, String id) {
        return invitations.find(staff, id).filter(v -> v.caseId().equals(caseId)).orElseThrow(Failures::notFound);
    }
}
