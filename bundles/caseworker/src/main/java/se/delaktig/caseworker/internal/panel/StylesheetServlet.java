package se.delaktig.caseworker.internal.panel;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves the result stylesheet (screen and print) under its content hash, in the Jakarta REST
 * whiteboard's {@code /delaktig} servlet context (the only way to be reached below that path), with
 * its own security headers: static resources never pass the Jakarta REST filters.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.path=" + Views.CONTEXT_PATH + ")")
@HttpWhiteboardServletPattern("/static/results/*")
public class StylesheetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Views views = new Views(ZoneId.of("UTC"));

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        String wanted = request.getPathInfo();
        if (wanted == null || !wanted.equals("/" + views.stylesheetName())) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = views.stylesheet();
        response.setContentType("text/css;charset=utf-8");
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
