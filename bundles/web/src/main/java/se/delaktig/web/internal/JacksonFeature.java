package se.delaktig.web.internal;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import se.delaktig.web.api.DelaktigApplications;

/**
 * JSON for every Delaktig application. A Feature rather than the provider itself: osgitech.rest
 * 1.2.2 proxies the provider's generic types badly and every request then answers 500.
 */
@Component(service = Feature.class)
@JakartarsExtension
@JakartarsName("delaktig.jackson")
@JakartarsApplicationSelect(DelaktigApplications.SELECT_ALL)
public class JacksonFeature implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new JacksonJsonProvider(JsonMapper.create()));
        return true;
    }
}
