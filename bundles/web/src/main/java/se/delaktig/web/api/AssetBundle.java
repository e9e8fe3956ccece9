package se.delaktig.web.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bundle's static files, contributed to the web bundle as a whiteboard service: register a
 * component of this type and its {@link StaticAssets} are served below
 * {@link StaticAssets#BASE_PATH}{@code /<name>/}, fingerprinted, immutable, gzip-compressed when
 * the client accepts it, with ETags and the plugin's security headers.
 *
 * <pre>{@code
 * @Component(service = AssetBundle.class)
 * public class PanelAssets implements AssetBundle {
 *     static final StaticAssets ASSETS = StaticAssets.builder("invitations", PanelAssets.class.getClassLoader())
 *             .add("panel.css", "se/delaktig/invitation/panel/static/invitations.css").build();
 *
 *     public StaticAssets assets() { return ASSETS; }
 * }
 * // in the panel: ASSETS.url("panel.css") -> /delaktig/static/invitations/panel-3f9a0c12b4de.css
 * }</pre>
 *
 * <p>The URL is known from the content alone, so a panel may hand it out before the web bundle has
 * seen the service. Two services with the same {@link StaticAssets#name()}: the first one seen is
 * served, the other is logged and ignored.
 */
@ConsumerType
public interface AssetBundle {

    /** @return the files to serve; the same instance for the service's lifetime */
    StaticAssets assets();
}
