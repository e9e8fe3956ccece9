package se.delaktig.web.internal;

import jakarta.ws.rs.core.Application;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationBase;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import se.delaktig.web.api.DelaktigApplications;

/**
 * The staff API application at {@code /delaktig/api}. It is empty on purpose: resources and
 * extensions join it from the whiteboard by selecting {@link DelaktigApplications#SELECT_API}.
 */
@Component(service = Application.class)
@JakartarsApplicationBase(DelaktigApplications.API_BASE)
@JakartarsName(DelaktigApplications.API_NAME)
public class ApiApplication extends Application {
}
