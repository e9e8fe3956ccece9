package se.delaktig.web.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import se.delaktig.web.api.DelaktigApplications;

/**
 * Security headers on every response of the Delaktig applications, errors included. These
 * applications serve dynamic content only (static assets go through the HTTP whiteboard), so
 * nothing here may be cached and HTML pages may load only our own styles, scripts and media.
 * The referrer policy depends on the application: see {@link ReferrerPolicy}.
 */
@Component(service = ContainerResponseFilter.class)
@JakartarsExtension
@JakartarsName("delaktig.security-headers")
@JakartarsApplicationSelect(DelaktigApplications.SELECT_ALL)
public class SecurityHeadersFilter implements ContainerResponseFilter {

    static final String CSP_BASE =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    static final String CSP_HTML =
            CSP_BASE + "; style-src 'self'; img-src 'self' data:; media-src 'self'; script-src 'self'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", isHtml(response.getMediaType()) ? CSP_HTML : CSP_BASE);
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", ReferrerPolicy.forApplication(request.getUriInfo().getBaseUri()));
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Cache-Control", "no-store");
    }

    static boolean isHtml(MediaType type) {
        return type != null && (type.isCompatible(MediaType.TEXT_HTML_TYPE)
                || type.isCompatible(MediaType.APPLICATION_XHTML_XML_TYPE));
    }
}
