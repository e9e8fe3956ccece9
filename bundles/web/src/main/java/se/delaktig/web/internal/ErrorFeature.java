package se.delaktig.web.internal;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import se.delaktig.web.api.DelaktigApplications;

/**
 * Error mapping for every Delaktig application. osgitech.rest wraps whiteboard extensions in a
 * generated proxy, which would never receive {@code @Context} fields; registering the mapper by
 * class lets Jersey create it with the request's headers (for the answer's format and language).
 */
@Component(service = Feature.class)
@JakartarsExtension
@JakartarsName("delaktig.errors")
@JakartarsApplicationSelect(DelaktigApplications.SELECT_ALL)
public class ErrorFeature implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        context.register(ErrorMapper.class);
        return true;
    }
}
