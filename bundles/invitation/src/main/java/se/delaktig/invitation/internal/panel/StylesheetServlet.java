package se.delaktig.invitation.internal.panel;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves the panel's fingerprinted stylesheet through the HTTP whiteboard, with its own security
 * headers (static resources never pass the Jakarta REST filters): only the current hash is served,
 * anything else under the path is 404.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(StylesheetServlet.CONTEXTS)
@HttpWhiteboardServletPattern(StylesheetServlet.PATTERN)
public class StylesheetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /**
     * The Jakarta REST whiteboard (osgitech.rest) serves its default application in a servlet context
     * of its own at {@code /delaktig}, which takes every request below that path, so a servlet in the
     * default context would never be reached there: this one joins that context, where its longer
     * pattern wins over Jersey's {@code /*}.
     */
    static final String CONTEXTS = "(osgi.http.whiteboard.context.path=" + Stylesheet.CONTEXT_PATH + ")";
    static final String PATTERN = "/static/invitations/*";

    private final transient Stylesheet stylesheet = Stylesheet.load();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        securityHeaders(response);
        String wanted = request.getPathInfo();
        if (wanted == null || !wanted.equals("/" + stylesheet.name())) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = stylesheet.content();
        response.setContentType("text/css;charset=utf-8");
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    static void securityHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    }
}
