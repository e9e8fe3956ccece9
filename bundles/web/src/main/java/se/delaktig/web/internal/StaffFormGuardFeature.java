package se.delaktig.web.internal;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import se.delaktig.host.api.StaffContext;
import se.delaktig.web.api.CsrfTokens;
import se.delaktig.web.api.DelaktigApplications;

/**
 * Puts {@link StaffFormGuard} on the staff application. Registered from a Feature (not as a
 * whiteboard filter) so that Jersey injects the servlet request, which host-api needs to know who
 * is signed in; osgitech.rest's extension proxies receive no {@code @Context}.
 */
@Component(service = Feature.class)
@JakartarsExtension
@JakartarsName("delaktig.staff-form-guard")
@JakartarsApplicationSelect(DelaktigApplications.SELECT_API)
public class StaffFormGuardFeature implements Feature {

    private final StaffContext staffContext;
    private final CsrfTokens tokens;

    @Activate
    public StaffFormGuardFeature(@Reference StaffContext staffContext, @Reference CsrfTokens tokens) {
        this.staffContext = staffContext;
        this.tokens = tokens;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new StaffFormGuard(staffContext, tokens));
        return true;
    }
}
