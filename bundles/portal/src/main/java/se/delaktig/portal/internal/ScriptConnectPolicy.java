package se.delaktig.portal.internal;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import se.delaktig.web.api.DelaktigApplications;

/**
 * Lets the portal's own script post answers to its own origin: adds {@code connect-src 'self'} to
 * the page policy the web bundle sets on every HTML page ({@code default-src 'none'} otherwise
 * forbids {@code fetch}). A writer interceptor runs after every response filter, so the order of
 * filters does not matter; pages of the other applications keep the strict policy.
 */
@Component(service = WriterInterceptor.class)
@JakartarsExtension
@JakartarsName("delaktig.portal.connect-src")
@JakartarsApplicationSelect(DelaktigApplications.SELECT_PORTAL)
public class ScriptConnectPolicy implements WriterInterceptor {

    static final String CSP = "Content-Security-Policy";

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        widen(context.getHeaders());
        context.proceed();
    }

    static void widen(MultivaluedMap<String, Object> headers) {
        Object policy = headers.getFirst(CSP);
        if (policy != null && policy.toString().contains("script-src") && !policy.toString().contains("connect-src")) {
            headers.putSingle(CSP, policy + "; connect-src 'self'");
        }
    }
}
