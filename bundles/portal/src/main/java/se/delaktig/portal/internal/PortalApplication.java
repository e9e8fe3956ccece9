package se.delaktig.portal.internal;

import jakarta.ws.rs.core.Application;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationBase;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import se.delaktig.web.api.DelaktigApplications;

/**
 * The child portal application at {@code /delaktig/portal}; the web bundle's extensions (security
 * headers, no-store, errors, size limit) join it by its {@code delaktig.*} name.
 */
@Component(service = Application.class)
@JakartarsApplicationBase(DelaktigApplications.PORTAL_BASE)
@JakartarsName(DelaktigApplications.PORTAL_NAME)
public class PortalApplication extends Application {
}
