package se.delaktig.invitation.internal.panel;

import org.osgi.service.component.annotations.Component;
import se.delaktig.web.api.AssetBundle;
import se.delaktig.web.api.StaticAssets;

/**
 * The panel's stylesheet, served by the web bundle (this is its {@link AssetBundle}) under its
 * content hash: {@code /delaktig/static/invitations/panel-<hash>.css}, immutable, gzip when accepted.
 */
@Component(service = AssetBundle.class)
public final class Stylesheet implements AssetBundle {
    static final String RESOURCE = "se/delaktig/invitation/panel/static/invitations.css";
    static final StaticAssets ASSETS = StaticAssets.builder("invitations", Stylesheet.class.getClassLoader())
            .add("panel.css", RESOURCE).build();

    /** @return the stylesheet of this bundle */
    public static Stylesheet load() {
        return new Stylesheet();
    }

    /** @return the absolute path on this site, for {@code PanelContent.stylesheetUrls} and {@code <link>} */
    public String url() {
        return ASSETS.url("panel.css");
    }

    @Override
    public StaticAssets assets() {
        return ASSETS;
    }
}
