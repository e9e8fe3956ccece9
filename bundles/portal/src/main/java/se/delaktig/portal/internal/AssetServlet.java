package se.delaktig.portal.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;

/**
 * The pictures and recordings a questionnaire version names ({@code q/<id>/<version>/<file>}),
 * looked up in the {@link QuestionnaireCatalog} at request time, through the HTTP whiteboard (they
 * never pass Jersey's filters, so the security headers are set here, pitfall 13); immutable because
 * versions are, so cacheable for a year. Nothing else is served here: the portal's fixed style,
 * script and faces are {@link PortalAssets}, served by the web bundle.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + AssetContext.NAME + ")")
@HttpWhiteboardServletPattern("/*")
public class AssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String CACHE = "public, max-age=31536000, immutable";

    private final transient QuestionnaireCatalog catalog;

    @Activate
    public AssetServlet(@Reference QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        headers(response);
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.startsWith("/q/")) {
            notFound(response);
            return;
        }
        picture(path.substring(3), response);
    }

    private void picture(String rest, HttpServletResponse response) throws IOException {
        String[] parts = rest.split("/", 3);
        if (parts.length < 3 || parts[2].contains("..")) {
            notFound(response);
            return;
        }
        Optional<URL> url = catalog.resource(parts[0], parts[1], parts[2]);
        if (url.isEmpty()) {
            notFound(response);
            return;
        }
        response.setHeader("Cache-Control", CACHE);
        response.setContentType(type(parts[2]));
        try (InputStream in = url.get().openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    static String type(String file) {
        if (file.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (file.endsWith(".png")) {
            return "image/png";
        }
        if (file.endsWith(".jpg") || file.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (file.endsWith(".webp")) {
            return "image/webp";
        }
        if (file.endsWith(".mp3")) {
            return "audio/mpeg";
        }
        if (file.endsWith(".ogg") || file.endsWith(".opus")) {
            return "audio/ogg";
        }
        if (file.endsWith(".m4a")) {
            return "audio/mp4";
        }
        if (file.endsWith(".webm")) {
            return "audio/webm";
        }
        return "application/octet-stream";
    }

    static void headers(HttpServletResponse response) {
        // An SVG opened on its own is a document: no scripts, no styles from elsewhere.
        response.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(404);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("404 Not Found");
    }
}
