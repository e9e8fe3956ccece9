package se.delaktig.web.internal.status;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import se.delaktig.host.api.StaffRole;
import se.delaktig.web.api.DelaktigApplications;
import se.delaktig.web.api.HealthCheck;
import se.delaktig.web.api.StaffAccess;

/**
 * {@code GET /delaktig/api/status}: the plugin's health, for signed-in administrators only; JSON by
 * default, an HTML page for a browser ({@code Accept: text/html}).
 */
@Component(service = StatusResource.class)
@JakartarsResource
@JakartarsName("delaktig.status")
@JakartarsApplicationSelect(DelaktigApplications.SELECT_API)
@Path("status")
public class StatusResource {

    private final StaffAccess access;
    private final PluginInventory inventory;
    private final Clock clock;
    private final HealthRunner runner;
    private final StatusPage page = new StatusPage();
    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();

    @Activate
    public StatusResource(@Reference StaffAccess access, @Reference ServiceComponentRuntime scr,
            BundleContext context) {
        this(access, new OsgiPluginInventory(context, scr), Clock.systemUTC(), new HealthRunner(HealthRunner.LIMIT));
    }

    StatusResource(StaffAccess access, PluginInventory inventory, Clock clock, HealthRunner runner) {
        this.access = access;
        this.inventory = inventory;
        this.clock = clock;
        this.runner = runner;
    }

    @Reference(service = HealthCheck.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addCheck(HealthCheck check) {
        checks.add(check);
    }

    void removeCheck(HealthCheck check) {
        checks.remove(check);
    }

    @Deactivate
    void stop() {
        runner.close();
    }

    /** @return the health checks registered now */
    List<HealthCheck> checks() {
        return Collections.unmodifiableList(checks);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public StatusReport status(@Context HttpServletRequest request) {
        access.requireRole(request, StaffRole.ADMINISTRATOR);
        return report();
    }

    /** The same report as a page; {@code qs} keeps JSON the answer for clients that accept anything. */
    @GET
    @Produces(MediaType.TEXT_HTML + ";qs=0.5")
    public String page(@QueryParam("lang") String lang, @Context HttpServletRequest request) {
        access.requireRole(request, StaffRole.ADMINISTRATOR);
        List<HealthRunner.Outcome> outcomes = runner.run(List.copyOf(checks));
        return page.render(StatusReport.of(inventory, outcomes, clock), outcomes, StatusPage.texts(lang, request));
    }

    StatusReport report() {
        return StatusReport.of(inventory, runner.run(List.copyOf(checks)), clock);
    }
}
