package se.delaktig.caseworker.internal.panel;

import org.osgi.service.component.annotations.Component;
import se.delaktig.web.api.AssetBundle;
import se.delaktig.web.api.StaticAssets;

/**
 * The result stylesheet (screen and print), served by the web bundle (this is its
 * {@link AssetBundle}) under its content hash: {@code /delaktig/static/results/results-<hash>.css}.
 */
@Component(service = AssetBundle.class)
public final class Stylesheet implements AssetBundle {
    static final StaticAssets ASSETS = StaticAssets.builder("results", Stylesheet.class.getClassLoader())
            .add("results.css", "se/delaktig/caseworker/static/results.css").build();

    /** @return the stylesheet's fingerprinted URL */
    public static String url() {
        return ASSETS.url("results.css");
    }

    @Override
    public StaticAssets assets() {
        return ASSETS;
    }
}
