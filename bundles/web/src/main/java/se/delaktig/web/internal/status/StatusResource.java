package se.delaktig.web.internal.status;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import se.delaktig.host.api.StaffRole;
import se.delaktig.web.api.DelaktigApplications;
import se.delaktig.web.api.StaffAccess;

/** {@code GET /delaktig/api/status}: the plugin's health, for signed-in administrators only. */
@Component(service = StatusResource.class)
@JakartarsResource
@JakartarsName("delaktig.status")
@JakartarsApplicationSelect(DelaktigApplications.SELECT_API)
@Path("status")
public class StatusResource {

    private final StaffAccess access;
    private final PluginInventory inventory;
    private final Clock clock;

    @Activate
    public StatusResource(@Reference StaffAccess access, @Reference ServiceComponentRuntime scr,
            BundleContext context) {
        this(access, new OsgiPluginInventory(context, scr), Clock.systemUTC());
    }

    StatusResource(StaffAccess access, PluginInventory inventory, Clock clock) {
        this.access = access;
        this.inventory = inventory;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public StatusReport status(@Context HttpServletRequest request) {
        access.requireRole(request, StaffRole.ADMINISTRATOR);
        return StatusReport.of(inventory, clock);
    }
}
