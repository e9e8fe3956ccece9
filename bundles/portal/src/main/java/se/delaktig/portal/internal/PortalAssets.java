package se.delaktig.portal.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import se.delaktig.web.api.AssetBundle;
import se.delaktig.web.api.StaticAssets;

/**
 * The portal's fixed files (style, script, the faces), served by the web bundle (this is their
 * {@link AssetBundle}) at {@code /delaktig/static/portal/<stem>-<hash>.<ext>}: fingerprinted,
 * immutable, gzip when the browser accepts it, ETag and 304. Same origin, so the pages' CSP
 * ({@code style-src 'self'; script-src 'self'; img-src 'self'}) allows them. The pictures and
 * recordings of a questionnaire version are not here: {@link AssetServlet} finds them at request time.
 */
@Component(service = AssetBundle.class)
public final class PortalAssets implements AssetBundle {
    static final String NAME = "portal";
    static final List<String> FILES = List.of("portal.css", "portal.js", "face-very-sad.svg", "face-sad.svg",
            "face-neutral.svg", "face-happy.svg", "face-very-happy.svg");
    static final StaticAssets ASSETS = build(PortalAssets.class.getClassLoader());

    static StaticAssets build(ClassLoader loader) {
        StaticAssets.Builder builder = StaticAssets.builder(NAME, loader);
        FILES.forEach(file -> builder.add(file, "assets/" + file));
        return builder.build();
    }

    /** @param file e.g. {@code portal.css} or {@code face-sad.svg} @return its fingerprinted path on this site */
    static String url(String file) {
        return ASSETS.url(file);
    }

    @Override
    public StaticAssets assets() {
        return ASSETS;
    }
}
