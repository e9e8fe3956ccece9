package se.delaktig.statistics.web;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves the page's fingerprinted stylesheet through the HTTP whiteboard with its own security
 * headers (static resources never pass the Jakarta REST filters); any other name is 404. It joins the
 * Jakarta REST whiteboard's {@code /delaktig} servlet context: below that path a servlet of the default
 * context is not reached once the REST whiteboard serves.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.path=" + Stylesheet.CONTEXT_PATH + ")")
@HttpWhiteboardServletPattern(Stylesheet.SERVLET_PATH + "/*")
public class StylesheetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Stylesheet stylesheet = Stylesheet.load();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
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
}
