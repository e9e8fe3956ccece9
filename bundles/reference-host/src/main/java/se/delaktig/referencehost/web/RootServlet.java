package se.delaktig.referencehost.web;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** Sends the site root to the host; anything else not served by another servlet is a plain 404. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
public class RootServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostServlet.securityHeaders(response);
        response.setHeader("Cache-Control", "no-store");
        String path = request.getRequestURI();
        if ("/".equals(path) && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            response.setStatus(302);
            response.setHeader("Location", "/host/");
            return;
        }
        response.setStatus(404);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("404 Not Found");
    }
}
