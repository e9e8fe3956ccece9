package se.delaktig.web.internal.assets;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.web.api.AssetBundle;
import se.delaktig.web.api.StaticAssets;

/**
 * Serves every {@link AssetBundle}'s files at {@code /delaktig/static/<name>/<fingerprinted file>}
 * through the HTTP whiteboard; static files never pass the Jakarta REST filters, so the security
 * headers are set here (stack.md pitfall 13).
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + AssetContext.NAME + ")")
@HttpWhiteboardServletPattern("/*")
public class AssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AssetServlet.class);

    private final transient Map<String, StaticAssets> bundles = new ConcurrentHashMap<>();
    private final transient AssetResponder responder = new AssetResponder(bundles::get);

    /** A bundle's files; the first one seen of a name wins. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addAssets(AssetBundle bundle, ServiceReference<AssetBundle> reference) {
        StaticAssets assets = bundle.assets();
        StaticAssets before = bundles.putIfAbsent(assets.name(), assets);
        if (before != null && before != assets) {
            LOG.warn("Static files named '{}' from bundle {} ignored: that name is already served",
                    assets.name(), reference.getBundle().getSymbolicName());
        }
    }

    void removeAssets(AssetBundle bundle) {
        StaticAssets assets = bundle.assets();
        bundles.remove(assets.name(), assets);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        AssetResponder.Answer answer = responder.answer(request.getPathInfo(), request.getHeader("Accept-Encoding"),
                request.getHeader("If-None-Match"));
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        if (!body || answer.status() == 304) {
            return;
        }
        if (answer.status() == 200) {
            answer.asset().writeTo(response.getOutputStream(), answer.gzip());
        } else {
            response.getOutputStream().write("404 Not Found".getBytes(StandardCharsets.UTF_8));
        }
    }
}
