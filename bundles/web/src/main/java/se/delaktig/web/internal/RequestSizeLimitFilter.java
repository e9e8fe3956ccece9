package se.delaktig.web.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import se.delaktig.web.api.DelaktigApplications;
import se.delaktig.web.api.WebError;

/**
 * Refuses request bodies above a configured size with 413, before anything reads them: by their
 * Content-Length, and for chunked bodies by counting while they are read.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = RequestSizeLimitFilter.PID)
@Designate(ocd = RequestSizeLimitFilter.Config.class)
@JakartarsExtension
@JakartarsName("delaktig.request-size-limit")
@JakartarsApplicationSelect(DelaktigApplications.SELECT_ALL)
@PreMatching
public class RequestSizeLimitFilter implements ContainerRequestFilter {

    static final String PID = "se.delaktig.web.limits";

    @ObjectClassDefinition(name = "Delaktig web: request limits",
            description = "Limits on what a request to the Delaktig web applications may send.")
    @interface Config {
        @AttributeDefinition(name = "Largest request body (bytes)", min = "1",
                description = "Bodies larger than this are refused with 413. Answers and forms are small.")
        // two underscores make the property key "max_request_bytes" (one would become a dot)
        long max__request__bytes() default 65536;
    }

    private volatile long maxBytes = 65536; // replaced by the configuration on activation

    @Activate
    @Modified
    void configure(Config config) {
        if (config.max__request__bytes() < 1) {
            throw new IllegalArgumentException("max_request_bytes must be positive");
        }
        maxBytes = config.max__request__bytes();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = maxBytes;
        if (request.getLength() > limit) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
        }
    }

    static WebError tooLarge() {
        return new WebError(413, "payload_too_large", null);
    }
}
