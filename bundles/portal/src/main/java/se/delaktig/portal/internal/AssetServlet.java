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
 * The portal's static files through the HTTP whiteboard (they never pass Jersey's filters, so
 * the security headers are set here, pitfall 13): the fingerprinted style, script and faces, and
 * the pictures and recordings a questionnaire version names ({@code q/<id>/<version>/<file>}),
 * immutable because versions are. Everything cacheable for a year; nothing else is served.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + AssetContext.NAME + ")")
@HttpWhiteboardServletPattern("/*")
public class AssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String CACHE = "public, max-age=31536000, immutable";

    private final transient QuestionnaireCatalog catalog;
    private final transient Assets assets = new Assets(AssetServlet.class.getClassLoader());

    @Activate
    public AssetServlet(@Reference QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        headers(response);
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.startsWith("/q/")) {
            picture(path.substring(3), response);
            return;
        }
        Assets.Asset asset = assets.get(path.startsWith("/") ? path.substring(1) : path);
        if (asset == null) {
            notFound(response);
            return;
        }
        response.setHeader("Cache-Control", CACHE);
        response.setContentType(asset.type());
        response.setContentLength(asset.bytes().length);
        response.getOutputStream().write(asset.bytes());
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
        response.setContentType(Assets.type(parts[2]));
        try (InputStream in = url.get().openStream()) {
            in.transferTo(response.getOutputStream());
        }
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
